/**
 * Two Strapi processes behind a load balancer, one PostgreSQL database, and every race the
 * database must decide between them: 48 edit-then-publish pairs of one register; a publish against
 * a delete of one register; a slug change against the first publish; twenty creates with one slug.
 * Every request succeeds or gets a clear 4xx (or a 503 with Retry-After), never a 500; the versions
 * are exactly 1..k, each the register as it was when its number was taken; both processes then
 * serve the same latest version and the record verifies.
 *
 * PostgreSQL only (SQLite is one file for one process): with any other DATABASE_CLIENT the
 * tests are reported as skipped. races.test.ts runs the same races in one process on every database.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { startInstance, stopInstance, type Instance } from './helpers/instances';
import type { AdminClient } from './helpers/admin';
import { composedRegister, unique } from './helpers/fixtures';
import { snapshotHash } from '../../server/src/domain/snapshot';
import type { NoticeSnapshot } from '../../server/src/domain/types';

const ON_POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const PAIRS = 48;
const ROUNDS = 10;

(ON_POSTGRES ? describe : describe.skip)('two Strapi processes on one PostgreSQL database', () => {
  let strapi: Core.Strapi;
  let admin: AdminClient;
  let instances: Instance[] = [];
  let registerId: string;
  let slug: string;

  const call = (instance: Instance, method: string, url: string, body?: object) =>
    fetch(instance.url + url, {
      method,
      headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });

  beforeAll(async () => {
    // This process creates the database, its schema and the register; the two instances then
    // start on it and take every request of the test.
    ({ strapi, admin } = await bootStrapi());
    const { register } = await composedRegister(admin);
    registerId = register.documentId;
    slug = register.slug as string;
    instances = await Promise.all([startInstance(), startInstance()]);
  });

  afterAll(async () => {
    await Promise.all(instances.map(stopInstance));
    await stopStrapi(strapi);
  });

  const json = async (response: Response) => ({ status: response.status, body: await response.json() });
  const draft = (instance: Instance) =>
    call(instance, 'POST', '/privacy-notices/registers', { data: { slug: unique('kilpa'), title: { fi: 'Kilpailurekisteri' }, retention: { fi: 'Vuoden.' } } }).then(json);
  const versionRows = async (registerDocumentId: string) =>
    (await strapi.db.query('plugin::privacy-notices.notice-version').findMany({
      where: { registerDocumentId },
      select: ['version', 'snapshot', 'contentHash'],
      orderBy: [{ version: 'asc' }],
    })) as { version: number; snapshot: NoticeSnapshot; contentHash: string }[];

  it(`gives ${PAIRS} edit-then-publish pairs over both instances dense versions, each the register as it was when its number was taken`, async () => {
    const texts = Array.from({ length: PAIRS }, (_, i) => `Säilytysaika ${i}.`);
    const outcomes = await Promise.all(
      texts.map(async (text, i) => {
        const instance = instances[i % 2];
        const edit = await call(instance, 'PUT', `/privacy-notices/registers/${registerId}`, { data: { retention: { fi: text } } });
        expect(edit.status).toBe(200);
        const response = await call(instance, 'POST', `/privacy-notices/registers/${registerId}/publish`, { data: { changeSummary: { fi: `Muutos ${i}` }, acceptGaps: true } });
        return { instance: i % 2, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
      }),
    );

    for (const outcome of outcomes) {
      if (outcome.status === 201) continue;
      if (outcome.status === 409) {
        expect(outcome.body.error).toMatchObject({ status: 409, message: expect.stringMatching(/^No changes since version \d+$/), details: { latestVersion: expect.any(Number) } });
      } else {
        expect(outcome).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
        expect(outcome.body.error).toMatchObject({ status: 503, details: { retryAfterSeconds: Number(outcome.retryAfter) } });
      }
    }

    const published = outcomes.filter((o) => o.status === 201);
    const numbers = published.map((o) => o.body.data.version as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    // Both processes took part (on a loaded machine one of them may lose every race of the burst).
    expect(new Set(outcomes.map((o) => o.instance))).toEqual(new Set([0, 1]));

    const stored = await versionRows(registerId);
    expect(stored.map((row) => row.version)).toEqual(numbers);
    // Each edit wrote a retention text of its own, so no register state ever came back: a version
    // equal to an earlier one was built from a state already superseded when it took its number.
    expect(new Set(stored.map((row) => row.contentHash)).size).toBe(stored.length);
    const { retention: _first, ...rest } = stored[0].snapshot;
    for (const row of stored) {
      expect(snapshotHash(row.snapshot)).toBe(row.contentHash);
      const { retention, ...others } = row.snapshot;
      expect({ version: row.version, others, known: texts.includes(retention?.fi ?? '') }).toEqual({ version: row.version, others: rest, known: true });
    }

    // Each process then continues the numbers the other wrote: the chain is shared through the database.
    for (const [turn, instance] of instances.entries()) {
      const text = `Säilytysaika lopuksi ${turn}.`;
      expect((await call(instance, 'PUT', `/privacy-notices/registers/${registerId}`, { data: { retention: { fi: text } } })).status).toBe(200);
      const next = await call(instance, 'POST', `/privacy-notices/registers/${registerId}/publish`, { data: { changeSummary: { fi: `Lopuksi ${turn}` }, acceptGaps: true } }).then(json);
      expect({ status: next.status, version: next.body.data?.version }).toEqual({ status: 201, version: numbers.length + turn + 1 });
    }
  });

  it(`lets a publish and a delete of one register, on different instances, never both succeed (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { body } = await draft(instances[0]);
      const id = body.data.documentId;
      const [deleted, published] = await Promise.all([
        call(instances[round % 2], 'DELETE', `/privacy-notices/registers/${id}`).then(json),
        call(instances[(round + 1) % 2], 'POST', `/privacy-notices/registers/${id}/publish`, { data: { acceptGaps: true } }).then(json),
      ]);
      expect([`${deleted.status}/${published.status}`]).toEqual([expect.stringMatching(/^(200\/(404|409)|409\/201)$/)]);
      const left = await strapi.db.query('plugin::privacy-notices.register').count({ where: { documentId: id } });
      expect({ left, versions: (await versionRows(id)).length }).toEqual(deleted.status === 200 ? { left: 0, versions: 0 } : { left: 1, versions: 1 });
    }
  });

  it(`publishes version 1 under the slug the register keeps when a slug change races it (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { body } = await draft(instances[0]);
      const id = body.data.documentId;
      const renamed = unique('uusi-osoite');
      const [changed, published] = await Promise.all([
        call(instances[round % 2], 'PUT', `/privacy-notices/registers/${id}`, { data: { slug: renamed } }).then(json),
        call(instances[(round + 1) % 2], 'POST', `/privacy-notices/registers/${id}/publish`, { data: { acceptGaps: true } }).then(json),
      ]);
      expect({ published: published.status, changed: [200, 409].includes(changed.status) }).toEqual({ published: 201, changed: true });
      const register = await strapi.db.query('plugin::privacy-notices.register').findOne({ where: { documentId: id } });
      expect(register.slug).toBe(changed.status === 200 ? renamed : body.data.slug);
      expect((await versionRows(id))[0].snapshot.slug).toBe(register.slug);
      // The public address is the slug the register keeps, on both instances; the other one answers nothing.
      const other = register.slug === renamed ? body.data.slug : renamed;
      for (const instance of instances) {
        const served = await call(instance, 'GET', `/api/privacy-notices/notices/${register.slug}`).then(json);
        expect({ round, status: served.status, version: served.body.data?.version }).toEqual({ round, status: 200, version: 1 });
        expect({ round, status: (await call(instance, 'GET', `/api/privacy-notices/notices/${other}`)).status }).toEqual({ round, status: 404 });
      }
    }
  });

  it('lets exactly one of twenty creates with one slug, over both instances, win', async () => {
    const slug = unique('sama-osoite');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(instances[i % 2], 'POST', '/privacy-notices/registers', { data: { slug, title: { fi: `R ${i}` } } }).then(json)),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.status !== 201)) {
      expect(refused).toMatchObject({ status: 400, body: { data: null, error: { status: 400, details: { errors: [{ path: ['slug'], code: 'validation.slug.taken' }] } } } });
    }
    expect(await strapi.db.query('plugin::privacy-notices.register').count({ where: { slug } })).toBe(1);
  });

  it('has both instances serve the same latest version, and the record verify intact', async () => {
    const latest = await strapi.db.query('plugin::privacy-notices.notice-version').count({ where: { registerDocumentId: registerId } });
    const served = await Promise.all(instances.map(async (instance) => (await (await call(instance, 'GET', `/api/privacy-notices/notices/${slug}`)).json()).data));
    expect(served[0]).toMatchObject({ version: latest, chainHead: { version: latest } });
    // The same notice from both; only its link to the full history names the process's own address.
    const atAnyAddress = (notice: { historyUrl: string }) => ({ ...notice, historyUrl: new URL(notice.historyUrl).pathname + new URL(notice.historyUrl).search });
    expect(atAnyAddress(served[1])).toEqual(atAnyAddress(served[0]));

    const report = await (await call(instances[1], 'GET', '/privacy-notices/verify')).json();
    expect(report.data).toMatchObject({ intact: true, registers: [] });
  });
});

if (!ON_POSTGRES) {
  console.warn(`SKIPPED the two-instance test: it runs only with DATABASE_CLIENT=postgres (this run: ${process.env.DATABASE_CLIENT ?? 'sqlite'}).`);
}
