/**
 * Races over one register, each decided by the database rather than by a check made before the
 * write: a publish against a delete, a slug change against the first publish, twenty creates with
 * one slug, and a publish that loses its version number to another. Here in one Strapi process
 * (on every database); the same races over two processes on PostgreSQL are in
 * multi-instance.test.ts.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, type AdminClient } from './helpers/admin';
import { composedRegister, create, publish, unique } from './helpers/fixtures';
import { buildSnapshot, snapshotHash } from '../../server/src/domain/snapshot';
import { pluginConfig } from '../../server/src/config/access';
import type { NoticeSnapshot } from '../../server/src/domain/types';

const VERSION_UID = 'plugin::privacy-notices.notice-version';
const REGISTER_UID = 'plugin::privacy-notices.register';
const ROUNDS = 10;

let strapi: Core.Strapi;
let admin: AdminClient;
let base: Awaited<ReturnType<typeof composedRegister>>;

beforeAll(async () => {
  strapi = await startStrapi();
  admin = await adminClient(strapi);
  base = await composedRegister(admin);
});
afterAll(() => stopStrapi(strapi));

/** A fresh draft register using the same library entries as `base`. */
const draft = (slug = unique('kilpa')) =>
  create(admin, 'registers', {
    slug,
    title: { fi: 'Kilpailurekisteri' },
    controller: base.controller.documentId,
    purposes: [base.purpose.documentId],
    retention: { fi: 'Vuoden.' },
  });

const versionsOf = async (registerDocumentId: string) =>
  (await strapi.db.query(VERSION_UID).findMany({
    where: { registerDocumentId },
    select: ['version', 'snapshot', 'contentHash'],
    orderBy: [{ version: 'asc' }],
  })) as { version: number; snapshot: NoticeSnapshot; contentHash: string }[];

const expectStrapiError = (body: { data: unknown; error: { status: number; message: string } }, status: number) =>
  expect(body).toMatchObject({ data: null, error: { status, message: expect.any(String) } });

describe('a publish racing a delete of the same register', () => {
  it(`never lets both succeed, and never leaves a version without its register (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const register = await draft();
      const [deleted, published] = await Promise.all([
        admin.delete(`/privacy-notices/registers/${register.documentId}`),
        publish(admin, register.documentId, { changeSummary: { fi: `Kierros ${round}` } }),
      ]);
      // Exactly one of them wins; the loser gets Strapi's error shape, never a 500.
      expect([`${deleted.status}/${published.status}`]).toEqual([expect.stringMatching(/^(200\/(404|409)|409\/201)$/)]);
      if (deleted.status !== 200) expectStrapiError(deleted.body, 409);
      if (published.status !== 201) expectStrapiError(published.body, published.status);

      const registerLeft = await strapi.db.query(REGISTER_UID).count({ where: { documentId: register.documentId } });
      const versions = await versionsOf(register.documentId);
      expect({ registerLeft, versions: versions.length }).toEqual(deleted.status === 200 ? { registerLeft: 0, versions: 0 } : { registerLeft: 1, versions: 1 });
    }
    // Whichever won each round, the record as a whole holds: no version is left of a deleted
    // register, and every register's chain verifies.
    const report = (await admin.get('/privacy-notices/verify').expect(200)).body.data;
    expect(report).toMatchObject({ intact: true, registers: [] });
  });
});

describe('twenty concurrent creates with one slug', () => {
  it('lets exactly one win; the others get a 400 or 409 naming the slug, never a 500', async () => {
    const slug = unique('sama-osoite');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => admin.post('/privacy-notices/registers', { data: { slug, title: { fi: `Rekisteri ${i}` } } })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const response of responses.filter((r) => r.status !== 201)) {
      expect([400, 409]).toContain(response.status);
      expectStrapiError(response.body, response.status);
      expect(response.body.error.details.errors?.[0]?.path ?? ['slug']).toEqual(['slug']);
    }
    expect(await strapi.db.query(REGISTER_UID).count({ where: { slug } })).toBe(1);

    // The one register is reachable and editable.
    const winner = responses.find((r) => r.status === 201)!.body.data;
    await admin.put(`/privacy-notices/registers/${winner.documentId}`, { data: { retention: { fi: 'Muokattu.' } } }).expect(200);
    await publish(admin, winner.documentId).expect(201);
    await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}`).expect(200);
  });
});

describe('a slug change racing the first publish', () => {
  it(`publishes version 1 under the slug the register keeps (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const register = await draft();
      const renamed = unique('uusi-osoite');
      const [changed, published] = await Promise.all([
        admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { slug: renamed } }),
        publish(admin, register.documentId),
      ]);
      expect(published.status).toBe(201);
      expect([200, 409]).toContain(changed.status);
      if (changed.status === 409) expectStrapiError(changed.body, 409);

      const stored = await strapi.db.query(REGISTER_UID).findOne({ where: { documentId: register.documentId } });
      expect(stored.slug).toBe(changed.status === 200 ? renamed : register.slug);
      const [v1] = await versionsOf(register.documentId);
      expect(v1.snapshot.slug).toBe(stored.slug);
      await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${stored.slug}`).expect(200);
    }
  });
});

describe('a publish that loses the version number to another', () => {
  /**
   * Lets another editor edit and publish the register at the worst moment: just after this
   * publish has read the latest version, before it stores its own.
   */
  function interleave(competitor: () => Promise<void>) {
    let armed = true;
    strapi.db.lifecycles.subscribe({
      models: [VERSION_UID],
      async afterFindOne() {
        if (!armed) return;
        armed = false;
        await competitor();
      },
    });
  }

  const library = () => strapi.plugin('privacy-notices').service('library');
  const publishing = () => strapi.plugin('privacy-notices').service('publishing');
  const retention = (registerId: string, text: string) => library().update('registers', registerId, { retention: { fi: text } });
  /** The snapshot the register would publish now. */
  const currentSnapshot = async (registerId: string) => buildSnapshot(await library().load('registers', registerId), pluginConfig(strapi));

  it('re-checks "no changes" against the register as it now is', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    await retention(register.documentId, 'Editorin A muutos.');
    interleave(async () => {
      await retention(register.documentId, 'Editorin B muutos.');
      await publishing().publish(register.documentId, { changeSummary: { fi: 'B' }, acceptGaps: true }, null);
    });

    const response = await publish(admin, register.documentId, { changeSummary: { fi: 'A' } });
    // B's publish already holds the register as it now is: nothing is left to publish.
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ message: 'No changes since version 2', details: { latestVersion: 2 } });
    const versions = await versionsOf(register.documentId);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1].snapshot.retention).toEqual({ fi: 'Editorin B muutos.' });
  });

  it('rebuilds the snapshot from the register as it now is when it retries', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    await retention(register.documentId, 'Ensimmäinen muutos.');
    interleave(async () => {
      await retention(register.documentId, 'Toinen muutos.');
      await publishing().publish(register.documentId, { changeSummary: { fi: 'Toinen' }, acceptGaps: true }, null);
      await retention(register.documentId, 'Kolmas muutos.');
    });

    const response = await publish(admin, register.documentId).expect(201);
    expect(response.body.data.version).toBe(3);
    const versions = await versionsOf(register.documentId);
    expect(versions.map((v) => v.snapshot.retention)).toEqual([
      { fi: 'Tietoja säilytetään asiakkuuden ajan.', sv: 'Uppgifterna sparas under kundrelationen.' },
      { fi: 'Toinen muutos.' },
      { fi: 'Kolmas muutos.' },
    ]);
    // Each version is the register as it was when that number was taken, and differs from the one before.
    expect(snapshotHash(versions[2].snapshot)).toBe(snapshotHash(await currentSnapshot(register.documentId)));
    expect(new Set(versions.map((v) => v.contentHash)).size).toBe(3);
  });
});
