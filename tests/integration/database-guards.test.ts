/**
 * The database's own guards, for plain SQL that goes around every Strapi API: triggers refuse
 * every UPDATE that changes a published version and every DELETE of one, deleting a register with versions, changing its
 * slug, moving its chain head other than forward and deleting a library entry in use; a unique
 * index keeps one register per slug. The triggers come back at every start, and versions published
 * before the record was a hash chain get their record hashes once, at the first start with the
 * chain, without a word of them changed; never again, so a rewritten register stripped of its
 * hashes is left for verification to report.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { restartStrapi, startStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, type AdminClient } from './helpers/admin';
import { asDatabaseAdministrator } from './helpers/database';
import { dropGuards } from '../../server/src/database/guards';
import { composedRegister, create, publish, purposeBody, unique } from './helpers/fixtures';

const VERSIONS = 'privacy_notices_versions';
const REGISTERS = 'privacy_notices_registers';
const PURPOSES = 'privacy_notices_purposes';
const CORE_STORE = 'strapi_core_store_settings';
/** Where the plugin notes that the chain migration has run. */
const MIGRATION_NOTE = { key: 'plugin_privacy-notices_chainMigration' };
const REFUSED = {
  version: /privacy-notices: published versions are immutable/,
  register: /privacy-notices: a register with published versions cannot be deleted/,
  slug: /privacy-notices: the slug of a register with published versions cannot change/,
  head: /privacy-notices: a chain head only moves forward/,
  inUse: /privacy-notices: a library entry used by a register cannot be deleted/,
};

let strapi: Core.Strapi;
let admin: AdminClient;
let published: Awaited<ReturnType<typeof composedRegister>>;

const db = () => strapi.db.connection;
const versionRows = (registerDocumentId: string) => db()(VERSIONS).where({ register_document_id: registerDocumentId }).orderBy('version');
const registerRow = (documentId: string) => db()(REGISTERS).where({ document_id: documentId }).first();
const verify = async () => (await admin.get('/privacy-notices/verify').expect(200)).body.data;

/**
 * The message a refused statement fails with. (Not `rejects.toThrow`: the SQLite driver's error
 * class can come from another test file's module realm, which `toThrow` does not take for an error.)
 */
async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    return String((error as Error).message);
  }
  return 'not refused';
}

beforeAll(async () => {
  strapi = await startStrapi();
  admin = await adminClient(strapi);
  published = await composedRegister(admin);
  await publish(admin, published.register.documentId, { updatedOn: '2024-01-01', changeSummary: { fi: 'Ensimmäinen.' } }).expect(201);
  await admin.put(`/privacy-notices/registers/${published.register.documentId}`, { data: { retention: { fi: 'Toinen.' } } }).expect(200);
  await publish(admin, published.register.documentId, { updatedOn: '2024-02-01' }).expect(201);
});
afterAll(() => stopStrapi(strapi));

describe('plain SQL against the published record', () => {
  it('cannot change a version row in any column, nor delete it', async () => {
    const before = await versionRows(published.register.documentId);
    const where = { register_document_id: published.register.documentId, version: 1 };
    for (const change of [{ updated_on: '2024-01-02' }, { change_summary: JSON.stringify({ fi: 'Toisin.' }) }, { version: 7 }, { record_hash: 'f'.repeat(64) }, { snapshot: '{}' }]) {
      expect(await refusal(db()(VERSIONS).where(where).update(change))).toMatch(REFUSED.version);
    }
    // Writing a row as it is changes nothing, and passes: `strapi import` does it for every row it restores.
    await db()(VERSIONS).where(where).update({ document_id: db().ref('document_id'), snapshot: db().ref('snapshot') });
    expect(await refusal(db()(VERSIONS).where(where).delete())).toMatch(REFUSED.version);
    expect(await refusal(db()(VERSIONS).delete())).toMatch(REFUSED.version);
    if (strapi.db.dialect.client === 'postgres') expect(await refusal(db().raw(`TRUNCATE TABLE ${VERSIONS}`))).toMatch(REFUSED.version);
    expect(await versionRows(published.register.documentId)).toEqual(before);
  });

  it('cannot delete a register with versions, change its slug, or move its chain head but forward by one', async () => {
    const documentId = published.register.documentId;
    const before = await registerRow(documentId);
    expect(await refusal(db()(REGISTERS).where({ document_id: documentId }).delete())).toMatch(REFUSED.register);
    expect(await refusal(db()(REGISTERS).where({ document_id: documentId }).update({ slug: 'toinen-osoite' }))).toMatch(REFUSED.slug);
    for (const head of [{ head_version: 1 }, { head_version: 5 }, { head_version: null }, { head_record_hash: 'f'.repeat(64) }, { head_version: 0, head_record_hash: null }]) {
      expect(await refusal(db()(REGISTERS).where({ document_id: documentId }).update(head))).toMatch(REFUSED.head);
    }
    expect(await registerRow(documentId)).toEqual(before);
    // Everything else about the register stays editable, and a register without versions is free.
    await db()(REGISTERS).where({ document_id: documentId }).update({ archived: true });
    await db()(REGISTERS).where({ document_id: documentId }).update({ archived: false });
    const draft = await create(admin, 'registers', { slug: unique('luonnos'), title: { fi: 'Luonnos' } });
    await db()(REGISTERS).where({ document_id: draft.documentId }).update({ slug: unique('toinen-luonnos') });
    await db()(REGISTERS).where({ document_id: draft.documentId }).delete();
  });

  it('cannot delete a library entry a register uses; an unused one goes', async () => {
    expect(await refusal(db()(PURPOSES).where({ document_id: published.purpose.documentId }).delete())).toMatch(REFUSED.inUse);
    const unused = await create(admin, 'purposes', purposeBody());
    await db()(PURPOSES).where({ document_id: unused.documentId }).delete();
    expect(await db()(PURPOSES).where({ document_id: published.purpose.documentId }).first()).toBeTruthy();
  });

  it('cannot give a second register the same slug: a unique index', async () => {
    const { id: _id, document_id: _documentId, ...row } = await registerRow(published.register.documentId);
    expect(await refusal(db()(REGISTERS).insert({ ...row, document_id: unique('kopio'), head_version: null, head_record_hash: null }))).toMatch(/UNIQUE|duplicate/i);
  });
});

describe('at every start', () => {
  let legacy: Awaited<ReturnType<typeof composedRegister>>;
  let headless: Awaited<ReturnType<typeof composedRegister>>;
  let legacyRows: Record<string, unknown>[];
  let headlessRow: Record<string, unknown>;

  /** A version row without what a re-chaining may fill in, to compare what it says. */
  const whatItSays = ({ record_hash: _r, previous_record_hash: _p, ...row }: Record<string, unknown>) => row;

  beforeAll(async () => {
    legacy = await composedRegister(admin);
    headless = await composedRegister(admin);
    for (const { register } of [legacy, headless]) {
      await publish(admin, register.documentId, { updatedOn: '2023-05-24', effectiveFrom: '2023-05-24T09:30:15.123Z', changeSummary: { fi: 'Alku.', sv: 'Början.' }, material: true }).expect(201);
      await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: 'Muutettu.' } } }).expect(200);
      await publish(admin, register.documentId, { updatedOn: '2024-06-06' }).expect(201);
    }
    legacyRows = await versionRows(legacy.register.documentId);
    headlessRow = await registerRow(headless.register.documentId);

    await asDatabaseAdministrator(strapi, async (sql) => {
      // As the plugin's first release left its database: no note of the chain migration, and a
      // register with versions without record hashes and no chain head.
      await sql(CORE_STORE).where(MIGRATION_NOTE).delete();
      await sql(VERSIONS).where({ register_document_id: legacy.register.documentId }).update({ record_hash: null, previous_record_hash: null });
      await sql(REGISTERS).where({ document_id: legacy.register.documentId }).update({ head_version: null, head_record_hash: null });
      // Tampering that must not be taken for it: chained versions whose register lost its head.
      await sql(REGISTERS).where({ document_id: headless.register.documentId }).update({ head_version: null, head_record_hash: null });
    });
    // The triggers gone, as when SQLite rebuilds a table for a schema change: nothing refuses now.
    await dropGuards(strapi);
    const v1 = { register_document_id: published.register.documentId, version: 1 };
    const { change_summary: summary } = await db()(VERSIONS).where(v1).first();
    await db()(VERSIONS).where(v1).update({ change_summary: JSON.stringify({ fi: 'Hetken toisin.' }) });
    await db()(VERSIONS).where(v1).update({ change_summary: typeof summary === 'string' ? summary : JSON.stringify(summary) });

    strapi = await restartStrapi(strapi);
    admin = await adminClient(strapi);
  });

  it('puts the triggers back', async () => {
    expect(await refusal(db()(VERSIONS).where({ register_document_id: published.register.documentId, version: 1 }).update({ change_summary: JSON.stringify({ fi: 'Toisin.' }) }))).toMatch(REFUSED.version);
    expect(await refusal(db()(REGISTERS).where({ document_id: published.register.documentId }).delete())).toMatch(REFUSED.register);
  });

  it('chains the versions published before the chain, with the hashes publishing gives, and changes nothing they say', async () => {
    const chained = await versionRows(legacy.register.documentId);
    expect(chained.map(whatItSays)).toEqual(legacyRows.map(whatItSays));
    expect(chained.map((row) => [row.record_hash, row.previous_record_hash])).toEqual(legacyRows.map((row) => [row.record_hash, row.previous_record_hash]));
    const head = await registerRow(legacy.register.documentId);
    expect({ version: Number(head.head_version), recordHash: head.head_record_hash }).toEqual({ version: 2, recordHash: legacyRows[1].record_hash });

    const notice = (await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${legacy.register.slug}`).expect(200)).body.data;
    expect(notice).toMatchObject({ version: 2, recordHash: legacyRows[1].record_hash, chainHead: { version: 2, recordHash: legacyRows[1].record_hash } });
  });

  it('leaves a register that lost its chain head to verification, rather than chaining it again', async () => {
    expect(await registerRow(headless.register.documentId)).toEqual({ ...headlessRow, head_version: null, head_record_hash: null });
    const report = await verify();
    expect(report.registers).toEqual([
      expect.objectContaining({ registerDocumentId: headless.register.documentId, problems: [expect.objectContaining({ code: 'verification.head.missing' })] }),
    ]);
    await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${headless.register.slug}`).expect(404);
  });

  it('changes nothing the next time', async () => {
    const before = await db()(VERSIONS).orderBy('id');
    const heads = await db()(REGISTERS).orderBy('id');
    strapi = await restartStrapi(strapi);
    admin = await adminClient(strapi);
    expect(await db()(VERSIONS).orderBy('id')).toEqual(before);
    expect(await db()(REGISTERS).orderBy('id')).toEqual(heads);
  });
});

describe('after the first start with the chain', () => {
  let rewritten: Awaited<ReturnType<typeof composedRegister>>;

  beforeAll(async () => {
    rewritten = await composedRegister(admin);
    await publish(admin, rewritten.register.documentId, { updatedOn: '2024-03-01', changeSummary: { fi: 'Alkuperäinen.' } }).expect(201);
    await admin.put(`/privacy-notices/registers/${rewritten.register.documentId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
    await publish(admin, rewritten.register.documentId, { updatedOn: '2024-04-01' }).expect(201);
    // Someone with direct SQL access rewrites version 1 and strips the register of every hash, so
    // that it looks like one published before the chain; then Strapi restarts.
    await asDatabaseAdministrator(strapi, async (sql) => {
      await sql(VERSIONS).where({ register_document_id: rewritten.register.documentId, version: 1 }).update({ change_summary: JSON.stringify({ fi: 'Jälkikäteen kirjoitettu.' }) });
      await sql(VERSIONS).where({ register_document_id: rewritten.register.documentId }).update({ record_hash: null, previous_record_hash: null });
      await sql(REGISTERS).where({ document_id: rewritten.register.documentId }).update({ head_version: null, head_record_hash: null });
    });
    strapi = await restartStrapi(strapi);
    admin = await adminClient(strapi);
  });

  it('never chains a register again: one stripped of its hashes and head is reported, not made whole', async () => {
    const rows = await versionRows(rewritten.register.documentId);
    expect(rows.map((row) => [row.version, row.record_hash, row.previous_record_hash])).toEqual([
      [1, null, null],
      [2, null, null],
    ]);
    expect(await registerRow(rewritten.register.documentId)).toMatchObject({ head_version: null, head_record_hash: null });

    const report = await verify();
    expect(report.intact).toBe(false);
    const problems = report.registers.find((r: { registerDocumentId: string }) => r.registerDocumentId === rewritten.register.documentId)?.problems ?? [];
    expect(problems.map((p: { code: string; version: number | null }) => [p.code, p.version])).toEqual([
      ['verification.head.missing', null],
      ['verification.record.unchained', 1],
      ['verification.record.unchained', 2],
    ]);
    // Nor is the rewritten text served: without a head the register has no current version.
    await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${rewritten.register.slug}`).expect(404);
  });

  it('keeps the note that the migration has run', async () => {
    expect(await db()(CORE_STORE).where(MIGRATION_NOTE).first()).toBeTruthy();
  });
});
