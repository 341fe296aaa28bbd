/**
 * Two Strapi processes behind a load balancer, one PostgreSQL database: 40 publishes of one
 * register, each after its own edit, fired at both at once. Every request succeeds or gets a
 * clear 409 or 503 (with Retry-After); the versions are exactly 1..k; every snapshot matches its
 * contentHash; both processes then serve the same latest version.
 *
 * PostgreSQL only (SQLite is one file for one process): with any other DATABASE_CLIENT the
 * tests are reported as skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister } from './helpers/fixtures';
import { snapshotHash } from '../../server/src/domain/snapshot';
import type { NoticeSnapshot } from '../../server/src/domain/types';

const ON_POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const REPOSITORY = path.resolve(__dirname, '../..');
const PUBLISHES = 40;

interface Instance {
  url: string;
  process: ChildProcess;
}

/** A port nothing listens on yet. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/** The playground as its own OS process on 127.0.0.1, on the database this test created. */
async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const boot = `
    const { createStrapi } = require('@strapi/strapi');
    const app = ${JSON.stringify(path.join(REPOSITORY, 'playground'))};
    createStrapi({ appDir: app, distDir: app, autoReload: false, serveAdminPanel: false })
      .start()
      .then(() => console.log('INSTANCE READY'), (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', boot], {
    cwd: REPOSITORY,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on port ${port} did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('INSTANCE READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`instance on port ${port} exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}

async function stopInstance(instance: Instance | undefined) {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = once(instance.process, 'exit');
  instance.process.kill('SIGTERM');
  const timer = setTimeout(() => instance.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

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

  it(`gives ${PUBLISHES} concurrent publishes over both instances dense version numbers, or a clear 409/503`, async () => {
    const outcomes = await Promise.all(
      Array.from({ length: PUBLISHES }, async (_, i) => {
        const instance = instances[i % 2];
        const edit = await call(instance, 'PUT', `/privacy-notices/registers/${registerId}`, { data: { retention: { fi: `Säilytysaika ${i}.` } } });
        expect(edit.status).toBe(200);
        const response = await call(instance, 'POST', `/privacy-notices/registers/${registerId}/publish`, { data: { changeSummary: { fi: `Muutos ${i}` } } });
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
    // Both processes published: the numbers were decided between them, not inside one.
    expect(new Set(published.map((o) => o.instance))).toEqual(new Set([0, 1]));

    const stored = await strapi.db.query('plugin::privacy-notices.notice-version').findMany({
      where: { registerDocumentId: registerId },
      select: ['version', 'snapshot', 'contentHash'],
      orderBy: [{ version: 'asc' }],
    });
    expect(stored.map((row: { version: number }) => row.version)).toEqual(numbers);
    for (const row of stored as { version: number; snapshot: NoticeSnapshot; contentHash: string }[]) {
      expect({ version: row.version, hash: snapshotHash(row.snapshot) }).toEqual({ version: row.version, hash: row.contentHash });
    }
  });

  it('has both instances serve the same latest version, and verify every snapshot', async () => {
    const latest = await strapi.db.query('plugin::privacy-notices.notice-version').count({ where: { registerDocumentId: registerId } });
    const served = await Promise.all(instances.map(async (instance) => (await (await call(instance, 'GET', `/api/privacy-notices/notices/${slug}`)).json()).data));
    expect(served[0]).toMatchObject({ version: latest });
    expect(served[1]).toEqual(served[0]);

    const report = await (await call(instances[1], 'GET', '/privacy-notices/verify')).json();
    expect(report.data).toEqual({ checked: latest, mismatches: [], gaps: [] });
  });
});

if (!ON_POSTGRES) {
  console.warn(`SKIPPED the two-instance test: it runs only with DATABASE_CLIENT=postgres (this run: ${process.env.DATABASE_CLIENT ?? 'sqlite'}).`);
}
