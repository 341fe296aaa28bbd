/**
 * Verification of the published record: every kind of tampering someone with direct SQL access
 * can do — with the plugin's triggers dropped first, as a database administrator could — is
 * reported per register, through the admin route and the command; a forged version is not served.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { asDatabaseAdministrator } from './helpers/database';
import { unique, composedRegister } from './helpers/fixtures';

const VERIFY_COMMAND = path.resolve(__dirname, '../../scripts/verify.js');
const VERSIONS = 'privacy_notices_versions';
const REGISTERS = 'privacy_notices_registers';

let strapi: Core.Strapi;
let admin: AdminClient;
let library: Awaited<ReturnType<typeof composedRegister>>;

interface Problem {
  code: string;
  version: number | null;
  message: string;
  params: Record<string, unknown>;
}
interface RegisterReport {
  registerDocumentId: string;
  slug: string | null;
  problems: Problem[];
}

const verify = async () => (await admin.get('/privacy-notices/verify').expect(200)).body.data as {
  intact: boolean;
  checked: { registers: number; versions: number };
  registers: RegisterReport[];
};

/** A Node process that boots Strapi can take minutes on a loaded machine. */
const COMMAND_TIMEOUT_MS = 240_000;

/** Runs `npm run verify:versions` against the test's database; resolves with its exit code and output. */
async function runCommand(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [VERIFY_COMMAND], { env: process.env, timeout: COMMAND_TIMEOUT_MS });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number | null; killed?: boolean; signal?: string | null; stdout: string; stderr: string };
    if (failed.killed) throw new Error(`verify:versions did not finish within ${COMMAND_TIMEOUT_MS / 1000} s (stopped with ${failed.signal}); its output so far:\n${failed.stdout}${failed.stderr}`);
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

/**
 * A register with three published versions, each with its own dates and change summary; made
 * through the plugin's services (the admin API's own path, without HTTP) to keep the setup short.
 */
async function publishedRegister(): Promise<{ documentId: string; slug: string }> {
  const plugin = strapi.plugin('privacy-notices');
  const register = await plugin.service('library').create('registers', {
    slug: unique('tarkastettava'),
    title: { fi: 'Tarkastettava rekisteri' },
    controller: library.controller.documentId,
    purposes: [library.purpose.documentId],
    retention: { fi: 'Yksi vuosi.' },
  });
  for (const n of [1, 2, 3]) {
    if (n > 1) await plugin.service('library').update('registers', register.documentId, { retention: { fi: `${n} vuotta.` } });
    await plugin.service('publishing').publish(
      register.documentId,
      { updatedOn: `2024-0${n}-01`, effectiveFrom: `2024-0${n}-01T00:00:00.000Z`, changeSummary: { fi: `Versio ${n}.` }, material: n === 2, acceptGaps: true },
      null,
    );
  }
  return { documentId: register.documentId, slug: register.slug as string };
}

const row = (registerDocumentId: string, version: number) => ({ register_document_id: registerDocumentId, version });

/** Problems as [code, version] pairs, sorted, for one register of a report. */
const problemsOf = (report: { registers: RegisterReport[] }, registerDocumentId: string) =>
  (report.registers.find((r) => r.registerDocumentId === registerDocumentId)?.problems ?? [])
    .map((p) => [p.code, p.version] as const)
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

const tampered: Record<string, { documentId: string; slug: string }> = {};
let untouched: { documentId: string; slug: string };

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  library = await composedRegister(admin);
  untouched = await publishedRegister();
  for (const kind of ['updatedOn', 'changeSummary', 'effectiveFrom', 'material', 'snapshot', 'newest', 'middle', 'all', 'forged', 'moved', 'register', 'unchained']) {
    tampered[kind] = await publishedRegister();
  }
});
afterAll(() => stopStrapi(strapi));

describe('verification of the published record', () => {
  it('finds every chain intact while nothing was altered', async () => {
    const report = await verify();
    expect(report).toEqual({ intact: true, checked: { registers: 14, versions: 39 }, registers: [] });
  });

  it('needs the settings permission', async () => {
    const editor = await adminClient(strapi, await roleWith(strapi, ['read', 'compose', 'publish']));
    const response = await editor.get('/privacy-notices/verify');
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
  });

  it('the command prints the report and exits 0 when everything is intact', async () => {
    const { code, stdout } = await runCommand();
    expect(stdout).toContain('Checked 39 published version(s) of 14 register(s).');
    expect(stdout).toContain('Every chain is intact.');
    expect(code).toBe(0);
  });

  it('reports each kind of tampering done with direct SQL, on its own register', async () => {
    const t = tampered;
    const v3 = await strapi.db.connection(VERSIONS).where(row(t.forged.documentId, 3)).first();
    await asDatabaseAdministrator(strapi, async (db) => {
      await db(VERSIONS).where(row(t.updatedOn.documentId, 2)).update({ updated_on: '2024-02-15' });
      await db(VERSIONS).where(row(t.changeSummary.documentId, 1)).update({ change_summary: JSON.stringify({ fi: 'Toisin sanottu.' }) });
      await db(VERSIONS).where(row(t.effectiveFrom.documentId, 2)).update({ effective_from: new Date('2024-01-15T00:00:00.000Z') });
      await db(VERSIONS).where(row(t.material.documentId, 3)).update({ material: true });
      const snapshotRow = await db(VERSIONS).where(row(t.snapshot.documentId, 2)).first();
      const snapshot = typeof snapshotRow.snapshot === 'string' ? JSON.parse(snapshotRow.snapshot) : snapshotRow.snapshot;
      await db(VERSIONS).where(row(t.snapshot.documentId, 2)).update({ snapshot: JSON.stringify({ ...snapshot, retention: { fi: 'Ikuisesti.' } }) });
      await db(VERSIONS).where(row(t.newest.documentId, 3)).delete();
      await db(VERSIONS).where(row(t.middle.documentId, 2)).delete();
      await db(VERSIONS).where({ register_document_id: t.all.documentId }).delete();
      // A copy of version 3 inserted as version 4.
      const { id: _id, document_id: _documentId, ...copy } = v3;
      await db(VERSIONS).insert({ ...copy, document_id: unique('forged'), version: 4 });
      // Versions 2 and 3 swap places.
      await db(VERSIONS).where(row(t.moved.documentId, 2)).update({ version: 99 });
      await db(VERSIONS).where(row(t.moved.documentId, 3)).update({ version: 2 });
      await db(VERSIONS).where(row(t.moved.documentId, 99)).update({ version: 3 });
      await db(REGISTERS).where({ document_id: t.register.documentId }).delete();
      // A row as `strapi import` of an old backup, or any write around the plugin, would leave it: no record hash.
      await db(VERSIONS).insert({ ...copy, register_document_id: t.unchained.documentId, document_id: unique('imported'), version: 4, record_hash: null, previous_record_hash: null });
    });

    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.checked).toEqual({ registers: 14, versions: 36 });
    expect(problemsOf(report, untouched.documentId)).toEqual([]);
    expect(problemsOf(report, t.updatedOn.documentId)).toEqual([['verification.record.altered', 2]]);
    expect(problemsOf(report, t.changeSummary.documentId)).toEqual([['verification.record.altered', 1]]);
    expect(problemsOf(report, t.effectiveFrom.documentId)).toEqual([['verification.record.altered', 2]]);
    expect(problemsOf(report, t.material.documentId)).toEqual([['verification.record.altered', 3]]);
    expect(problemsOf(report, t.snapshot.documentId)).toEqual([['verification.snapshot.altered', 2]]);
    expect(problemsOf(report, t.newest.documentId)).toEqual([['verification.version.missing', 3]]);
    expect(problemsOf(report, t.middle.documentId)).toEqual([['verification.version.missing', 2]]);
    expect(problemsOf(report, t.all.documentId)).toEqual([1, 2, 3].map((v) => ['verification.version.missing', v]));
    expect(problemsOf(report, t.forged.documentId)).toEqual([
      ['verification.chain.broken', 4],
      ['verification.record.altered', 4],
      ['verification.version.beyondHead', 4],
    ]);
    expect(problemsOf(report, t.moved.documentId)).toEqual([
      ['verification.chain.broken', 2],
      ['verification.chain.broken', 3],
      ['verification.head.mismatch', 3],
      ['verification.record.altered', 2],
      ['verification.record.altered', 3],
    ]);
    expect(problemsOf(report, t.register.documentId)).toEqual([['verification.register.missing', null]]);
    expect(problemsOf(report, t.unchained.documentId)).toEqual([
      ['verification.record.unchained', 4],
      ['verification.version.beyondHead', 4],
    ]);

    // Every problem names itself in English and with a code and parameters.
    const altered = report.registers.find((r) => r.registerDocumentId === t.snapshot.documentId)!;
    expect(altered).toMatchObject({ slug: t.snapshot.slug });
    expect(altered.problems[0]).toEqual({
      code: 'verification.snapshot.altered',
      version: 2,
      message: expect.stringContaining('version 2'),
      params: { version: 2, storedHash: expect.stringMatching(/^[0-9a-f]{64}$/), actualHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(report.registers.find((r) => r.registerDocumentId === t.register.documentId)).toMatchObject({ slug: null });
  });

  it('serves neither the forged version nor the unchained one as current', async () => {
    const api = () => request(strapi.server.httpServer);
    for (const kind of ['forged', 'unchained']) {
      const { slug } = tampered[kind];
      const notice = (await api().get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data;
      expect(notice).toMatchObject({ version: 3, chainHead: { version: 3, recordHash: notice.recordHash } });
      expect(notice.history.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
      await api().get(`/api/privacy-notices/notices/${slug}/versions/4`).expect(404);
      const versions = (await api().get(`/api/privacy-notices/notices/${slug}/versions`).expect(200)).body;
      expect(versions.data.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    }
  });

  it('the command names each register and problem and exits 1', async () => {
    const { code, stdout } = await runCommand();
    expect(stdout).toContain('Checked 36 published version(s) of 14 register(s).');
    expect(stdout).toContain(`register ${tampered.forged.documentId} (${tampered.forged.slug})`);
    expect(stdout).toMatch(/verification\.version\.beyondHead.*version 4/);
    expect(stdout).toContain(`register ${tampered.register.documentId} (register deleted)`);
    expect(stdout).not.toContain(untouched.documentId);
    expect(code).toBe(1);
  });
});
