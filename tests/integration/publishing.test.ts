/**
 * Publishing: numbered immutable versions, the päivitetty history, refusals, races.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';
import { helsinkiDate, onOneHelsinkiDay } from './helpers/helsinki';

const VERSION_UID = 'plugin::privacy-notices.notice-version';

let strapi: Core.Strapi;
let admin: AdminClient;
const api = () => request(strapi.server.httpServer);

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

const editRetention = (documentId: string, text: string) =>
  admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention: { fi: text } } }).expect(200);

describe('publishing versions', () => {
  it('gives three publishes the numbers 1, 2, 3 and a history with laadittu and päivitetty', async () => {
    const { register } = await composedRegister(admin);
    const v1 = await publish(admin, register.documentId, { changeSummary: { fi: 'Ensimmäinen versio.' }, material: true, updatedOn: '2018-05-24', effectiveFrom: '2018-05-24T00:00:00Z' });
    expect(v1.status).toBe(201);
    expect(v1.body.data).toMatchObject({ version: 1, updatedOn: '2018-05-24', material: true, publishedBy: admin.userId });
    expect(v1.body.data.contentHash).toMatch(/^[0-9a-f]{64}$/);

    await editRetention(register.documentId, 'Kaksi vuotta.');
    await publish(admin, register.documentId, { changeSummary: { fi: 'Säilytysaika.' }, updatedOn: '2018-06-06', effectiveFrom: '2018-06-06T00:00:00Z' }).expect(201);
    await editRetention(register.documentId, 'Kolme vuotta.');
    const v3 = await publish(admin, register.documentId, { changeSummary: { fi: 'Pidempi säilytys.', en: 'Longer retention.' }, updatedOn: '2020-01-15', effectiveFrom: '2020-01-15T00:00:00Z' });
    expect(v3.body.data.version).toBe(3);

    const notice = await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
    expect(notice.body.data).toMatchObject({ version: 3, createdOn: '2018-05-24', updatedOn: '2020-01-15', changeSummary: 'Pidempi säilytys.' });
    expect(notice.body.data.notice.retention).toBe('Kolme vuotta.');
    expect(notice.body.data.history.map((v: { version: number; updatedOn: string }) => [v.version, v.updatedOn])).toEqual([
      [3, '2020-01-15'],
      [2, '2018-06-06'],
      [1, '2018-05-24'],
    ]);

    const one = await admin.get(`/privacy-notices/registers/${register.documentId}`).expect(200);
    expect(one.body.data.status).toMatchObject({ versions: 3, latestVersion: 3, latestUpdatedOn: '2020-01-15', latestEffectiveFrom: expect.any(String), hasUnpublishedChanges: false });
    await editRetention(register.documentId, 'Neljä vuotta.');
    expect((await admin.get(`/privacy-notices/registers/${register.documentId}`)).body.data.status.hasUnpublishedChanges).toBe(true);

    const admins = await admin.get(`/privacy-notices/registers/${register.documentId}/versions`).expect(200);
    expect(admins.body.data.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(admins.body.data[0].publishedBy).toMatchObject({ id: admin.userId, firstname: 'Test' });
  });

  it('defaults päivitetty to today in Helsinki and effective-from to now', async () => {
    const { register } = await composedRegister(admin);
    const before = Date.now();
    const dayBefore = helsinkiDate();
    const v1 = await publish(admin, register.documentId).expect(201);
    // Either day if midnight passed meanwhile.
    expect([dayBefore, helsinkiDate()]).toContain(v1.body.data.updatedOn);
    expect(Date.parse(v1.body.data.effectiveFrom)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(v1.body.data.effectiveFrom)).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a publish with nothing changed: 409 "no changes since version N"', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    const again = await publish(admin, register.documentId);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      data: null,
      error: { status: 409, message: 'No changes since version 1', details: { latestVersion: 1, code: 'conflict.noChanges', params: { version: 1 } } },
    });
  });

  it('counts a change in a library entry the register uses as a change', async () => {
    const { register, purpose } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    await admin.put(`/privacy-notices/purposes/${purpose.documentId}`, { data: { description: { fi: 'Uusi kuvaus.' } } }).expect(200);
    const v2 = await publish(admin, register.documentId).expect(201);
    expect(v2.body.data.version).toBe(2);
    expect(v2.body.data.snapshot.purposes[0].description).toEqual({ fi: 'Uusi kuvaus.' });
  });

  it('stores the register fully resolved: every relation inlined, every language', async () => {
    const { register, controller } = await composedRegister(admin);
    const v1 = await publish(admin, register.documentId).expect(201);
    const { snapshot } = v1.body.data;
    expect(snapshot.controller).toMatchObject({ documentId: controller.documentId, name: 'Esimerkki Oy', businessId: '0737546-2' });
    expect(snapshot.title).toEqual({ fi: 'Asiakasrekisteri', sv: 'Kundregister', en: 'Customer register' });
    expect(snapshot.languages).toEqual(['fi', 'sv', 'en']);
    expect(snapshot.purposes[0]).toMatchObject({ legalBasis: 'contract', title: { fi: 'Asiakassuhteen hoitaminen' } });
    expect(snapshot.recipients[0]).toMatchObject({ role: 'processor', country: 'FI' });
  });

  it('refuses malformed publish bodies with the field named', async () => {
    const { register } = await composedRegister(admin);
    const cases: [object, string][] = [
      [{ updatedOn: '2024-02-30' }, 'updatedOn'],
      [{ updatedOn: '24.5.2018' }, 'updatedOn'],
      [{ effectiveFrom: 'tomorrow' }, 'effectiveFrom'],
      [{ material: 'yes' }, 'material'],
      [{ changeSummary: { xx: 'Hi' } }, 'changeSummary.xx'],
      [{ version: 7 }, 'version'],
    ];
    for (const [data, path] of cases) {
      const response = await publish(admin, register.documentId, data);
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path.join('.')).toBe(path);
    }
    expect((await admin.get(`/privacy-notices/registers/${register.documentId}/versions`)).body.data).toEqual([]);
  });

  it('refuses a päivitetty date earlier than the previous version', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { updatedOn: '2024-05-01' }).expect(201);
    await editRetention(register.documentId, 'Muutettu.');
    const response = await publish(admin, register.documentId, { updatedOn: '2024-04-30' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['updatedOn'], code: 'validation.updatedOn.beforePrevious', params: { previous: '2024-05-01', version: 1 } }),
    ]);
  });

  it('refuses a päivitetty date after today in the configured time zone, naming the field with a code', () => onOneHelsinkiDay(async (today) => {
    const { register } = await composedRegister(admin);
    const tomorrow = helsinkiDate(new Date(Date.now() + 24 * 3600 * 1000));
    for (const updatedOn of ['2099-12-31', tomorrow]) {
      const response = await publish(admin, register.documentId, { updatedOn });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(response.body.error.details.errors).toEqual([
        { path: ['updatedOn'], name: 'ValidationError', message: expect.stringContaining(today), code: 'validation.updatedOn.afterToday', params: { today } },
      ]);
    }
    expect((await admin.get(`/privacy-notices/registers/${register.documentId}/versions`)).body.data).toEqual([]);
    // Today itself is fine, and so is a later default publish.
    await publish(admin, register.documentId, { updatedOn: today }).expect(201);
    await editRetention(register.documentId, 'Muutettu.');
    await publish(admin, register.documentId).expect(201);
  }));

  it('refuses an effective-from moment earlier than the previous version\'s, and allows the same one', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { updatedOn: '2024-05-01', effectiveFrom: '2024-05-01T12:00:00.000Z' }).expect(201);
    await editRetention(register.documentId, 'Muutettu.');
    for (const effectiveFrom of ['2024-05-01T11:59:59.999Z', '2023-01-01T00:00:00Z']) {
      const response = await publish(admin, register.documentId, { updatedOn: '2024-05-02', effectiveFrom });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        {
          path: ['effectiveFrom'],
          name: 'ValidationError',
          message: expect.stringContaining('2024-05-01T12:00:00.000Z'),
          code: 'validation.effectiveFrom.beforePrevious',
          params: { previous: '2024-05-01T12:00:00.000Z', version: 1 },
        },
      ]);
    }
    await publish(admin, register.documentId, { updatedOn: '2024-05-01', effectiveFrom: '2024-05-01T12:00:00.000Z' }).expect(201);
    const history = (await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200)).body.data.history;
    expect(history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('answers 404 when publishing a register that does not exist', async () => {
    const response = await publish(admin, 'nosuchregister');
    expect(response.status).toBe(404);
  });

  it('marks a version effective in the future as upcoming and keeps serving the current one', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }).expect(201);
    await editRetention(register.documentId, 'Tuleva säilytysaika.');
    const future = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    await publish(admin, register.documentId, { changeSummary: { fi: 'Tulossa.' }, effectiveFrom: future }).expect(201);

    const notice = await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
    expect(notice.body.data.version).toBe(1);
    expect(notice.body.data.notice.retention).toBe('Tietoja säilytetään asiakkuuden ajan.');
    expect(notice.body.data.upcoming).toMatchObject({ version: 2, effectiveFrom: future, changeSummary: 'Tulossa.' });
    expect(notice.body.data.history.map((v: { version: number }) => v.version)).toEqual([1]);
    const explicit = await api().get(`/api/privacy-notices/notices/${register.slug}/versions/2`).expect(200);
    expect(explicit.body.data.notice.retention).toBe('Tuleva säilytysaika.');
  });
});

describe('legacy history', () => {
  it('serves the legacy laadittu date and lists legacy updates after version 1', async () => {
    const { register } = await composedRegister(admin, { legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06', '2018-10-04'] } });
    await publish(admin, register.documentId, { updatedOn: '2025-02-01', effectiveFrom: '2025-02-01T00:00:00Z' }).expect(201);
    const notice = await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
    expect(notice.body.data.createdOn).toBe('2018-05-24');
    expect(notice.body.data.history.map((v: { version: number | null; updatedOn: string }) => [v.version, v.updatedOn])).toEqual([
      [1, '2025-02-01'],
      [null, '2018-10-04'],
      [null, '2018-06-06'],
    ]);
  });

  it('refuses malformed legacy dates', async () => {
    const { register } = await composedRegister(admin);
    const response = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { legacyHistory: { createdOn: '24.5.2018', updates: [] } } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['legacyHistory', 'createdOn']);
  });
});

describe('concurrent publishing', () => {
  it('gives 10 concurrent publishes (each after its own edit) dense numbers without duplicates or 500s', async () => {
    const { register } = await composedRegister(admin);
    const responses = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        await editRetention(register.documentId, `Säilytysaika ${i}.`);
        return publish(admin, register.documentId, { changeSummary: { fi: `Muutos ${i}` } });
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const numbers = responses.filter((r) => r.status === 201).map((r) => r.body.data.version).sort((a, b) => a - b);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));

    const stored = await strapi.db.query(VERSION_UID).findMany({ where: { registerDocumentId: register.documentId }, select: ['version'] });
    expect(stored.map((v: { version: number }) => v.version).sort((a: number, b: number) => a - b)).toEqual(numbers);
  });

  it('lets the database refuse a second row with the same register and number', async () => {
    const { register } = await composedRegister(admin);
    const v1 = (await publish(admin, register.documentId).expect(201)).body.data;
    // Bypass every guard of the plugin: only the unique index stands in the way.
    const table = strapi.db.metadata.get(VERSION_UID).tableName;
    const row = await strapi.db.connection(table).where({ register_document_id: register.documentId, version: 1 }).first();
    const { id: _id, ...copy } = row;
    await expect(strapi.db.connection(table).insert({ ...copy, document_id: 'duplicate-row', content_hash: 'x' })).rejects.toMatchObject({ message: expect.stringMatching(/UNIQUE|duplicate/i) });
    expect(v1.version).toBe(1);
  });
});

describe('immutability of published versions', () => {
  let registerId: string;
  let versionDocumentId: string;
  let originalHash: string;

  beforeAll(async () => {
    const { register } = await composedRegister(admin);
    registerId = register.documentId;
    await publish(admin, registerId).expect(201);
    const [row] = await strapi.db.query(VERSION_UID).findMany({ where: { registerDocumentId: registerId } });
    versionDocumentId = row.documentId;
    originalHash = row.contentHash;
  });

  const storedVersion = () => strapi.db.query(VERSION_UID).findOne({ where: { documentId: versionDocumentId } });

  it('has no admin route that edits or deletes a version', async () => {
    for (const [method, path] of [
      ['put', `/privacy-notices/registers/${registerId}/versions/1`],
      ['delete', `/privacy-notices/registers/${registerId}/versions/1`],
      ['put', `/privacy-notices/notice-versions/${versionDocumentId}`],
      ['delete', `/privacy-notices/notice-versions/${versionDocumentId}`],
    ] as const) {
      const response = await admin[method](path);
      expect([404, 405]).toContain(response.status);
    }
    expect((await storedVersion()).contentHash).toBe(originalHash);
  });

  it('refuses updates and deletes through strapi.documents(...)', async () => {
    await expect(strapi.documents(VERSION_UID).update({ documentId: versionDocumentId, data: { material: true } } as never)).rejects.toThrow(/immutable/);
    await expect(strapi.documents(VERSION_UID).delete({ documentId: versionDocumentId })).rejects.toThrow(/immutable/);
    await expect(strapi.documents(VERSION_UID).create({ data: { registerDocumentId: registerId, version: 99 } } as never)).rejects.toThrow(/immutable/);
    const row = await storedVersion();
    expect(row).toMatchObject({ contentHash: originalHash, material: false, version: 1 });
  });

  it('refuses updates and deletes through strapi.db.query(...)', async () => {
    await expect(strapi.db.query(VERSION_UID).update({ where: { documentId: versionDocumentId }, data: { material: true } })).rejects.toThrow(/immutable/);
    await expect(strapi.db.query(VERSION_UID).delete({ where: { documentId: versionDocumentId } })).rejects.toThrow(/immutable/);
    await expect(strapi.db.query(VERSION_UID).deleteMany({ where: {} })).rejects.toThrow(/immutable/);
    expect(await strapi.db.query(VERSION_UID).count({ where: { registerDocumentId: registerId } })).toBe(1);
  });

  it('refuses to delete the register through strapi.documents(...)', async () => {
    await expect(strapi.documents('plugin::privacy-notices.register').delete({ documentId: registerId })).rejects.toThrow(/archive/);
  });

  it('refuses to change the slug once published', async () => {
    const response = await admin.put(`/privacy-notices/registers/${registerId}`, { data: { slug: 'uusi-osoite' } });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toMatchObject({ code: 'conflict.slugFrozen', params: { versions: 1, slug: expect.any(String) } });
    expect(response.body.error.details.params.slug).not.toBe('uusi-osoite');
  });
});
