/**
 * `strapi export`, `strapi import` and `strapi transfer` — the real command line — against the
 * published record. Strapi's import and transfer disable lifecycle hooks and delete every row before
 * writing the source's; the database's triggers make them fail on a database with published
 * versions, leaving them as they were. A backup restores into an empty database, and verification there reports any version the
 * backup carried altered.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { createDatabase, databaseOf, startStrapi, stopStrapi, type TestDatabase } from './helpers/strapi';
import { adminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';
import { strapiCommand } from './helpers/cli';

const VERSION_UID = 'plugin::privacy-notices.notice-version';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-notices-transfer-'));
const backup = path.join(work, 'backup');

let strapi: Core.Strapi | undefined;
let restored: TestDatabase | undefined;
let registerId: string;
let slug: string;
let notice: Record<string, unknown>;
let versionRows: unknown[];

const api = () => request(strapi!.server.httpServer);
const verify = async () => (await (await adminClient(strapi!)).get('/privacy-notices/verify').expect(200)).body.data;
const rows = () => strapi!.db.query(VERSION_UID).findMany({ orderBy: [{ registerDocumentId: 'asc' }, { version: 'asc' }] });

/** The backup with version 1's päivitetty date, change summary and title rewritten, as an edited or mistaken backup would carry them. */
function alteredBackup(): string {
  const dir = path.join(work, 'altered');
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xf', `${backup}.tar`, '-C', dir]);
  const entities = path.join(dir, 'entities');
  for (const file of fs.readdirSync(entities)) {
    const lines = fs.readFileSync(path.join(entities, file), 'utf8').split('\n');
    const edited = lines.map((line) => {
      if (!line.trim()) return line;
      const entity = JSON.parse(line);
      if (entity.type !== VERSION_UID || entity.data.registerDocumentId !== registerId || entity.data.version !== 1) return line;
      const snapshot = typeof entity.data.snapshot === 'string' ? JSON.parse(entity.data.snapshot) : entity.data.snapshot;
      entity.data = {
        ...entity.data,
        updatedOn: '2017-01-01',
        changeSummary: { fi: 'Kirjoitettu uudelleen.' },
        snapshot: { ...snapshot, title: { ...snapshot.title, fi: 'Toinen nimi' } },
      };
      return JSON.stringify(entity);
    });
    fs.writeFileSync(path.join(entities, file), edited.join('\n'));
  }
  const file = path.join(work, 'altered.tar');
  execFileSync('tar', ['-cf', file, '-C', dir, ...fs.readdirSync(dir)]);
  return file;
}

beforeAll(async () => {
  strapi = await startStrapi();
  const admin = await adminClient(strapi);
  const { register } = await composedRegister(admin);
  registerId = register.documentId;
  slug = register.slug as string;
  await publish(admin, registerId, { updatedOn: '2024-01-10', changeSummary: { fi: 'Ensimmäinen versio.' } }).expect(201);
  await admin.put(`/privacy-notices/registers/${registerId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
  await publish(admin, registerId, { updatedOn: '2024-02-10', changeSummary: { fi: 'Säilytysaika.' } }).expect(201);
  notice = (await api().get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data;
  versionRows = await rows();
});

afterAll(async () => {
  await stopStrapi(strapi);
  await restored?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The test's database, which this process keeps using while the command line runs on it too. */
const database = () => databaseOf(strapi!);

it('exports the database with its published versions', async () => {
  const exported = await strapiCommand(['export', '--no-encrypt', '--no-compress', '-f', backup], database());
  expect({ code: exported.code, output: exported.output }).toEqual({ code: 0, output: expect.stringContaining('Export process has been completed successfully') });
  expect(fs.existsSync(`${backup}.tar`)).toBe(true);
});

it('fails to import over a database that has published versions, and changes nothing', async () => {
  const imported = await strapiCommand(['import', '-f', alteredBackup(), '--force'], database());
  expect(imported.code).not.toBe(0);
  expect(imported.output).toMatch(/privacy-notices: /);

  expect(await rows()).toEqual(versionRows);
  // The same notice; only its links name the address this Strapi answers at now (another port after the restart).
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  const after = (await api().get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data;
  expect({ ...after, historyUrl: pathOf(after.historyUrl) }).toEqual({ ...notice, historyUrl: pathOf(notice.historyUrl as string) });
  expect(await verify()).toMatchObject({ intact: true, registers: [] });
});

it('fails to transfer from another app into a database that has published versions, and changes nothing', async () => {
  // This Strapi is the destination, listening for the transfer with a push token, as an app receiving `strapi transfer --to` does.
  const { accessKey } = await strapi!.service('admin::transfer').token.create({ name: 'siirto', description: '', permissions: ['push'], lifespan: null });
  const server = strapi!.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const source = await createDatabase();
  // Strapi moves the destination's uploads aside before clearing its database and leaves them there
  // when the restore fails (see the README). This destination gets a public folder of its own, so
  // that the playground's, which other tests use meanwhile, is never renamed.
  const sharedPublic = strapi!.dirs.static.public;
  const sharedBefore = fs.readdirSync(sharedPublic).sort();
  const ownPublic = path.join(work, 'public');
  fs.mkdirSync(path.join(ownPublic, 'uploads'), { recursive: true });
  strapi!.config.set('dirs.static.public', ownPublic);
  expect(strapi!.dirs.static.public).toBe(ownPublic);
  try {
    const transferred = await strapiCommand(['transfer', '--to', `http://127.0.0.1:${port}/admin`, '--to-token', accessKey, '--force'], source);
    expect(transferred.code).not.toBe(0);
    // The destination's database refused to clear the record: Strapi ends the transfer there, with the trigger's word.
    expect(transferred.output).toMatch(/Transfer process failed/);
    expect(transferred.output).toMatch(/restore failed .*privacy-notices: /);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await source.drop();
    strapi!.config.set('dirs.static.public', sharedPublic);
  }
  expect(fs.readdirSync(sharedPublic).sort()).toEqual(sharedBefore);

  expect(await rows()).toEqual(versionRows);
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  const after = (await api().get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data;
  expect({ ...after, historyUrl: pathOf(after.historyUrl) }).toEqual({ ...notice, historyUrl: pathOf(notice.historyUrl as string) });
  expect(await verify()).toMatchObject({ intact: true, registers: [] });
});

it('restores a backup into an empty database, and verification there reports what the backup altered', async () => {
  await stopStrapi(strapi);
  strapi = undefined;
  restored = await createDatabase();
  const imported = await strapiCommand(['import', '-f', alteredBackup(), '--force'], restored);
  expect({ code: imported.code, output: imported.output }).toEqual({ code: 0, output: expect.stringContaining('Import process has been completed successfully') });

  strapi = await startStrapi({}, restored);
  const report = await verify();
  expect(report.intact).toBe(false);
  expect(report.registers).toEqual([
    expect.objectContaining({
      registerDocumentId: registerId,
      slug,
      problems: [expect.objectContaining({ code: 'verification.snapshot.altered', version: 1 }), expect.objectContaining({ code: 'verification.record.altered', version: 1 })],
    }),
  ]);

  // The restored record carries the same chain head as the original: whoever kept it sees the
  // rewritten version 1 no longer matches the record hash published for it.
  const served = (await api().get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data;
  expect(served.chainHead).toEqual(notice.chainHead);
  const history = served.history as { version: number; updatedOn: string; recordHash: string }[];
  expect(history[1]).toMatchObject({ version: 1, updatedOn: '2017-01-01', recordHash: (notice.history as { recordHash: string }[])[1].recordHash });
});
