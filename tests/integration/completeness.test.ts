/**
 * The completeness check through the admin API: every Art 13/14 item on registers
 * built for it, the admin's language, RBAC, published versions, the score in the registers list,
 * and publishing an incomplete notice (allowed, with warnings, the report stored with the version).
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, controllerBody, create, dataCategoryBody, publish, purposeBody, recipientBody, unique } from './helpers/fixtures';
import fi from '../../locales/completeness/fi.json';
import sv from '../../locales/completeness/sv.json';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

interface Item {
  id: string;
  article: string;
  status: 'present' | 'missing' | 'not-applicable';
  fields: string[];
  label: string;
  explanation: string;
  problems?: Array<{ field: string; message: string }>;
}

const check = async (documentId: string, query = '') =>
  (await admin.get(`/privacy-notices/registers/${documentId}/check${query}`).expect(200)).body.data as {
    score: { present: number; required: number };
    complete: boolean;
    items: Item[];
  };

/**
 * A register built from the given parts, complete for Art 13 unless the parts say otherwise:
 * a controller with contact details, one purpose on contract, one recipient in Finland, retention
 * and the statutory-requirement statement.
 */
async function registerWith(parts: {
  controller?: object | null;
  purposes?: object[];
  recipients?: object[];
  dataCategories?: object[];
  fields?: object;
}) {
  const controller = parts.controller === null ? null : await create(admin, 'controllers', controllerBody(parts.controller ?? {}));
  const ids = async (kind: string, bodies: object[]) => Promise.all(bodies.map(async (body) => (await create(admin, kind, body)).documentId));
  const register = await create(admin, 'registers', {
    slug: unique('rekisteri'),
    title: { fi: 'Asiakasrekisteri' },
    controller: controller?.documentId ?? null,
    purposes: await ids('purposes', parts.purposes ?? [purposeBody()]),
    recipients: await ids('recipients', parts.recipients ?? [recipientBody()]),
    dataCategories: await ids('data-categories', parts.dataCategories ?? []),
    retention: { fi: 'Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä.' },
    statutoryRequirement: { fi: 'Tietojen antaminen on sopimuksen edellytys.' },
    ...parts.fields,
  });
  return register.documentId;
}

const itemOf = async (documentId: string, id: string) => (await check(documentId)).items.find((item) => item.id === id) as Item;

describe('every Art 13/14 item, on registers built for it', () => {
  const US = { country: 'US', transferSafeguard: 'standard-contractual-clauses' };
  const cases: Array<[string, string, Parameters<typeof registerWith>[0], Partial<Item>]> = [
    ['controller', 'present with contact details', {}, { status: 'present', fields: ['controller.name', 'controller.email', 'controller.phone', 'controller.streetAddress', 'controller.city'] }],
    ['controller', 'missing without a controller', { controller: null }, { status: 'missing', problems: [{ field: 'controller', message: 'No controller is chosen.' }] }],
    [
      'controller',
      'missing with a name only',
      { controller: { email: null, phone: null, streetAddress: null, city: null, postalCode: null } },
      { status: 'missing', problems: [{ field: 'controller.email', message: "Give the controller's email, phone or postal address (street and city)." }] },
    ],
    [
      'controller',
      'missing the EU representative of a controller outside the EU/EEA',
      { controller: { country: 'US', businessId: null } },
      { status: 'missing', problems: [{ field: 'controller.representative', message: 'The controller is established outside the EU/EEA (US): name its EU representative.' }] },
    ],
    ['dpo', 'not applicable without a DPO', {}, { status: 'not-applicable' }],
    ['dpo', 'missing with a DPO name only', { controller: { dpo: { name: 'Tiina Tietosuoja' } } }, { status: 'missing', problems: [{ field: 'controller.dpo.email', message: 'The data protection officer has no email or phone.' }] }],
    ['dpo', 'present with the DPO email', { controller: { dpo: { name: 'Tiina', email: 'dpo@esimerkki.example' } } }, { status: 'present', fields: ['controller.dpo.email'] }],
    ['purposes', 'present with a purpose and its basis', {}, { status: 'present', fields: ['purposes[0].title', 'purposes[0].legalBasis'] }],
    ['purposes', 'missing without purposes', { purposes: [] }, { status: 'missing', problems: [{ field: 'purposes', message: 'Add at least one purpose.' }] }],
    ['legitimateInterests', 'not applicable without legitimate interests', {}, { status: 'not-applicable' }],
    [
      'legitimateInterests',
      'present when the interest is named',
      { purposes: [purposeBody({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Asiakasviestintä' } })] },
      { status: 'present', fields: ['purposes[0].legitimateInterest'] },
    ],
    ['recipients', 'present with a recipient', {}, { status: 'present', fields: ['recipients'] }],
    ['recipients', 'present with the regular disclosures text only', { recipients: [], fields: { regularDisclosures: { fi: 'Tietoja ei luovuteta.' } } }, { status: 'present', fields: ['regularDisclosures'] }],
    ['recipients', 'missing with neither', { recipients: [] }, { status: 'missing', problems: [{ field: 'recipients', message: 'Add recipients or describe the regular disclosures (or say that data is not disclosed).' }] }],
    ['transfers', 'not applicable with recipients in the EU/EEA', {}, { status: 'not-applicable' }],
    [
      'transfers',
      'missing where to get the clauses',
      { recipients: [recipientBody(US)] },
      { status: 'missing', problems: [{ field: 'recipients[0].safeguardDetails', message: 'Recipient “Accounting firm”: say how a copy of the safeguards can be obtained or where they are available.' }] },
    ],
    [
      'transfers',
      'present with the safeguard and its details',
      { recipients: [recipientBody({ ...US, safeguardDetails: { fi: 'Kopio pyynnöstä.' } })] },
      { status: 'present', fields: ['recipients[0].transferSafeguard', 'recipients[0].safeguardDetails'] },
    ],
    ['retention', 'present with a retention text', {}, { status: 'present', fields: ['retention'] }],
    ['retention', 'missing without one', { fields: { retention: null } }, { status: 'missing', fields: ['retention'] }],
    ['rights', 'present as the standard text when empty', {}, { status: 'present', fields: ['rights (standard text)'] }],
    ['rights', 'present as the notice’s own text', { fields: { rights: { fi: 'Oikeutesi.' } } }, { status: 'present', fields: ['rights'] }],
    ['consentWithdrawal', 'not applicable without consent', {}, { status: 'not-applicable' }],
    ['consentWithdrawal', 'present (rendered) with a purpose on consent', { purposes: [purposeBody({ legalBasis: 'consent' })] }, { status: 'present' }],
    ['complaint', 'present: rendered from the plugin settings', {}, { status: 'present', fields: ['supervisory authority (plugin config)'] }],
    ['statutoryRequirement', 'present with its statement', {}, { status: 'present', fields: ['statutoryRequirement'] }],
    ['statutoryRequirement', 'missing in an Art 13 notice without one', { fields: { statutoryRequirement: null } }, { status: 'missing' }],
    ['statutoryRequirement', 'not applicable to an Art 14 notice', { fields: { noticeKind: 'art14', statutoryRequirement: null, sources: { fi: 'Väestörekisteri.' } } }, { status: 'not-applicable' }],
    ['automatedDecisions', 'present as "none" when empty', {}, { status: 'present', fields: ['automatedDecisions (empty: none)'] }],
    ['dataCategories', 'not applicable to an Art 13 notice', {}, { status: 'not-applicable' }],
    ['dataCategories', 'missing in an Art 14 notice without categories', { fields: { noticeKind: 'art14' } }, { status: 'missing', problems: [{ field: 'dataCategories', message: 'Add at least one category of personal data.' }] }],
    ['dataCategories', 'present in an Art 14 notice with a category', { dataCategories: [dataCategoryBody()], fields: { noticeKind: 'both' } }, { status: 'present', article: '14(1)(d)' }],
    [
      'sources',
      'missing when the only source is the data subject',
      { fields: { noticeKind: 'art14', sourceKinds: ['data-subject'] } },
      { status: 'missing', problems: [{ field: 'sources', message: 'The only source given is the data subject; name the other sources.' }] },
    ],
    ['sources', 'present with another kind of source', { fields: { noticeKind: 'art14', sourceKinds: ['data-subject', 'public'] } }, { status: 'present', fields: ['sourceKinds'] }],
    ['sources', 'not applicable to an Art 13 notice', {}, { status: 'not-applicable' }],
  ];

  it.each(cases)('%s: %s', async (id, _name, parts, expected) => {
    const item = await itemOf(await registerWith(parts), id);
    expect(item).toMatchObject(expected);
    expect(item.label).not.toBe('');
    expect(item.explanation).not.toBe('');
    expect(item.article).toMatch(/^1[34]\(\d\)\([a-f]\)/);
  });

  it('covers every item of the report', () => {
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(Object.keys(fi.items)));
  });

  it('reports every item in order, with a score over the items that apply', async () => {
    const report = await check(await registerWith({}));
    expect(report.items.map((item) => item.id)).toEqual(Object.keys(fi.items));
    expect(report).toMatchObject({ score: { present: 8, required: 8 }, complete: true });
    const incomplete = await check(await registerWith({ fields: { retention: null, noticeKind: 'both' } }));
    expect(incomplete).toMatchObject({ score: { present: 7, required: 10 }, complete: false });
    expect(incomplete.items.find((item) => item.id === 'retention')?.article).toBe('13(2)(a), 14(2)(a)');
  });
});

describe('GET /privacy-notices/registers/:documentId/check', () => {
  it('answers in the admin language: en by default, fi and sv when asked, English for others', async () => {
    const documentId = await registerWith({ fields: { retention: null } });
    const label = async (query: string) => (await check(documentId, query)).items.find((item) => item.id === 'retention')?.label;
    expect(await label('')).toBe('Retention period');
    expect(await label('?locale=fi')).toBe(fi.items.retention.label);
    expect(await label('?locale=sv')).toBe(sv.items.retention.label);
    expect(await label('?locale=de')).toBe('Retention period');
    const finnish = await check(documentId, '?locale=fi');
    expect(finnish.items.find((item) => item.id === 'dpo')?.explanation).toBe(fi.items.dpo.notApplicable);
  });

  it('refuses a malformed locale (400) and an unknown register (404)', async () => {
    const documentId = await registerWith({});
    const bad = await admin.get(`/privacy-notices/registers/${documentId}/check?locale=f1!`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['locale']);
    const unknown = await admin.get('/privacy-notices/registers/no-such-register/check');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ data: null, error: { status: 404 } });
  });

  it('needs an admin login and the read permission', async () => {
    const documentId = await registerWith({});
    await request(strapi.server.httpServer).get(`/privacy-notices/registers/${documentId}/check`).expect(401);
    const nothing = await adminClient(strapi, await roleWith(strapi, ['settings']));
    await nothing.get(`/privacy-notices/registers/${documentId}/check`).expect(403);
    await nothing.get(`/privacy-notices/registers/${documentId}/versions/1/check`).expect(403);
    const reader = await adminClient(strapi, await roleWith(strapi, ['read']));
    const response = await reader.get(`/privacy-notices/registers/${documentId}/check`).expect(200);
    expect(response.body.data.complete).toBe(true);
  });

  it('puts the same score in the registers list', async () => {
    const documentId = await registerWith({ fields: { retention: null, statutoryRequirement: null } });
    const { score } = await check(documentId);
    expect(score).toEqual({ present: 6, required: 8 });
    const list = await admin.get(`/privacy-notices/registers?pageSize=100`).expect(200);
    const row = list.body.data.find((register: { documentId: string }) => register.documentId === documentId);
    expect(row.status.completeness).toEqual(score);
  });
});

describe('publishing and the check of published versions', () => {
  it('publishes an incomplete notice with warnings, stores the report, and checks each version as published', async () => {
    const documentId = await registerWith({ fields: { retention: null } });
    const v1 = await publish(admin, documentId, { changeSummary: { fi: 'Ensimmäinen versio.' } });
    expect(v1.status).toBe(201);
    expect(v1.body.data.version).toBe(1);
    expect(v1.body.data.warnings).toEqual(['Missing: Retention period (GDPR 13(2)(a)).']);
    expect(v1.body.data.completeness).toMatchObject({ score: { present: 7, required: 8 }, complete: false });
    // Stored in the notice's default language with the version, beside (not inside) its snapshot.
    expect(v1.body.data.completeness.items.find((item: Item) => item.id === 'retention').label).toBe(fi.items.retention.label);
    expect(v1.body.data.snapshot).not.toHaveProperty('completeness');
    const row = await strapi.db.query('plugin::privacy-notices.notice-version').findOne({ where: { registerDocumentId: documentId, version: 1 } });
    expect(row.completeness).toEqual(v1.body.data.completeness);

    await admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
    expect((await check(documentId)).complete).toBe(true);
    const first = await admin.get(`/privacy-notices/registers/${documentId}/versions/1/check?locale=fi`).expect(200);
    expect(first.body.data).toMatchObject({ version: 1, complete: false, atPublish: { score: { present: 7, required: 8 }, complete: false } });
    expect(first.body.data.items.find((item: Item) => item.id === 'retention')).toMatchObject({ status: 'missing', label: fi.items.retention.label });

    const v2 = await publish(admin, documentId, { changeSummary: { fi: 'Säilytysaika lisätty.' } }).expect(201);
    expect(v2.body.data.warnings).toEqual([]);
    const second = await admin.get(`/privacy-notices/registers/${documentId}/versions/2/check`).expect(200);
    expect(second.body.data).toMatchObject({ version: 2, complete: true, atPublish: { complete: true } });
  });

  it('answers 404 for a version the register does not have and 400 for one that is no number', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    await admin.get(`/privacy-notices/registers/${register.documentId}/versions/2/check`).expect(404);
    const zero = await admin.get(`/privacy-notices/registers/${register.documentId}/versions/0/check`);
    expect(zero.status).toBe(400);
    await admin.get(`/privacy-notices/registers/${register.documentId}/versions/abc/check`).expect(400);
  });

  it('keeps the report out of the public API', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    const notice = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
    expect(JSON.stringify(notice.body)).not.toMatch(/completeness|Retention period/);
  });
});
