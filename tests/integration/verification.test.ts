/**
 * Verification: every stored snapshot re-hashed and compared with its contentHash, through the
 * admin route and the command; a snapshot altered with raw SQL (around every guard) is reported.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';
import { snapshotHash } from '../../server/src/domain/snapshot';

const VERSION_UID = 'plugin::privacy-notices.notice-version';
const VERIFY_COMMAND = path.resolve(__dirname, '../../scripts/verify.js');

let strapi: Core.Strapi;
let admin: AdminClient;
let tampered: string;
let untouched: string;

const table = () => strapi.db.metadata.get(VERSION_UID).tableName;
const verify = () => admin.get('/privacy-notices/verify');

/** Runs `npm run verify:versions` against the test's database; resolves with its exit code and output. */
async function runCommand(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [VERIFY_COMMAND], { env: process.env, timeout: 60_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const first = (await composedRegister(admin)).register;
  const second = (await composedRegister(admin)).register;
  tampered = first.documentId;
  untouched = second.documentId;
  await publish(admin, tampered, { updatedOn: '2024-01-01' }).expect(201);
  for (const text of ['Kaksi vuotta.', 'Kolme vuotta.']) {
    await admin.put(`/privacy-notices/registers/${tampered}`, { data: { retention: { fi: text } } }).expect(200);
    await publish(admin, tampered).expect(201);
  }
  await publish(admin, untouched).expect(201);
});
afterAll(() => stopStrapi(strapi));

describe('verification of stored snapshots', () => {
  it('reports every version as matching while nothing was altered', async () => {
    const response = await verify().expect(200);
    expect(response.body.data).toEqual({ checked: 4, mismatches: [], gaps: [] });
  });

  it('needs the settings permission', async () => {
    const editor = await adminClient(strapi, await roleWith(strapi, ['read', 'compose', 'publish']));
    const response = await editor.get('/privacy-notices/verify');
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
  });

  it('the command prints the report and exits 0 when everything matches', async () => {
    const { code, stdout } = await runCommand();
    expect(stdout).toContain('Checked 4 published version(s).');
    expect(stdout).toContain('Every snapshot matches its contentHash.');
    expect(code).toBe(0);
  });

  it('reports a snapshot altered with raw SQL, with the stored and the actual hash', async () => {
    const where = { register_document_id: tampered, version: 2 };
    const row = await strapi.db.connection(table()).where(where).first();
    const snapshot = typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot;
    const altered = { ...snapshot, retention: { fi: 'Tietoja säilytetään ikuisesti.' } };
    await strapi.db.connection(table()).where(where).update({ snapshot: JSON.stringify(altered) });

    const response = await verify().expect(200);
    expect(response.body.data).toEqual({
      checked: 4,
      mismatches: [{ registerDocumentId: tampered, version: 2, storedHash: row.content_hash, actualHash: snapshotHash(altered) }],
      gaps: [],
    });
    expect(snapshotHash(altered)).not.toBe(row.content_hash);
  });

  it('reports a version row deleted with raw SQL as a gap in the numbering', async () => {
    await strapi.db.connection(table()).where({ register_document_id: tampered, version: 1 }).delete();
    const report = (await verify().expect(200)).body.data;
    expect(report.checked).toBe(3);
    expect(report.gaps).toEqual([{ registerDocumentId: tampered, version: 1 }]);
  });

  it('the command names the mismatch and the gap and exits 1', async () => {
    const { code, stdout } = await runCommand();
    expect(stdout).toContain('Checked 3 published version(s).');
    expect(stdout).toContain(`MISMATCH register ${tampered} version 2`);
    expect(stdout).toContain(`MISSING register ${tampered} version 1`);
    expect(stdout).not.toContain(untouched);
    expect(code).toBe(1);
  });
});
