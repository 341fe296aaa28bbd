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

interface FieldRef {
  scope: string;
  name: string;
  position?: number;
}

interface Item {
  id: string;
  articles: string[];
  article: string;
  status: 'present' | 'missing' | 'not-applicable';
  fields: FieldRef[];
  label: string;
  explanation: string;
  problems?: Array<{ code: string; params: Record<string, string>; field: FieldRef; message: string }>;
}

/** How the report names fields: by the admin's label key, never by an internal path. */
const reg = (name: string) => ({ scope: 'register', name });
const ctl = (name: string) => ({ scope: 'controller', name });
const nth = (scope: string, name: string, position: number) => ({ scope, name, position });
const notice = (name: string) => ({ scope: 'notice', name });
/** A problem as the server sends it: a code with its values, the field to fix, and the text for API clients. */
const problem = (code: string, field: FieldRef, message: string, params: Record<string, string> = {}) => ({ code, params, field, message });

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
    transfersOutsideEea: 'no',
    automatedDecisionMaking: 'none',
    ...parts.fields,
  });
  return register.documentId;
}

const itemOf = async (documentId: string, id: string) => (await check(documentId)).items.find((item) => item.id === id) as Item;

describe('every Art 13/14 item, on registers built for it', () => {
  const US = { country: 'US', transferSafeguard: 'standard-contractual-clauses' };
  const yes = { transfersOutsideEea: 'yes' };
  const health = (overrides: object = {}) => dataCategoryBody({ name: { fi: 'Terveystiedot', en: 'Health data' }, special: 'art9', ...overrides });
  const criminal = (overrides: object = {}) => dataCategoryBody({ name: { fi: 'Rikostaustaote', en: 'Criminal record extract' }, special: 'art10', ...overrides });
  const cases: Array<[string, string, Parameters<typeof registerWith>[0], Partial<Item>]> = [
    ['controller', 'present with contact details', {}, { status: 'present', fields: [ctl('name'), ctl('email'), ctl('phone'), ctl('streetAddress'), ctl('city')] }],
    ['controller', 'missing without a controller', { controller: null }, { status: 'missing', problems: [problem('controllerMissing', reg('controller'), 'No controller is chosen.')] }],
    [
      'controller',
      'missing with a name only',
      { controller: { email: null, phone: null, streetAddress: null, city: null, postalCode: null } },
      { status: 'missing', problems: [problem('controllerContact', ctl('email'), "Give the controller's email, phone or postal address (street and city).")] },
    ],
    [
      'controller',
      'missing the EU representative of a controller outside the EU/EEA',
      { controller: { country: 'US', businessId: null } },
      { status: 'missing', problems: [problem('controllerRepresentative', ctl('representative'), 'The controller is established outside the EU/EEA (US): name its EU representative.', { country: 'US' })] },
    ],
    ['dpo', 'not applicable without a DPO', {}, { status: 'not-applicable' }],
    ['dpo', 'missing with a DPO name only', { controller: { dpo: { name: 'Tiina Tietosuoja' } } }, { status: 'missing', problems: [problem('dpoContact', ctl('dpo.email'), 'The data protection officer has no email or phone.')] }],
    ['dpo', 'present with the DPO email', { controller: { dpo: { name: 'Tiina', email: 'dpo@esimerkki.example' } } }, { status: 'present', fields: [ctl('dpo.email')] }],
    ['purposes', 'present with a purpose and its basis', {}, { status: 'present', fields: [nth('purpose', 'title', 1), nth('purpose', 'legalBasis', 1)] }],
    ['purposes', 'missing without purposes', { purposes: [] }, { status: 'missing', problems: [problem('noPurposes', reg('purposes'), 'Add at least one purpose.')] }],
    ['legitimateInterests', 'not applicable without legitimate interests', {}, { status: 'not-applicable' }],
    [
      'legitimateInterests',
      'present when the interest is named',
      { purposes: [purposeBody({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Asiakasviestintä' } })] },
      { status: 'present', fields: [nth('purpose', 'legitimateInterest', 1)] },
    ],
    ['recipients', 'present with a recipient', {}, { status: 'present', fields: [reg('recipients')] }],
    ['recipients', 'present with the regular disclosures text only', { recipients: [], fields: { regularDisclosures: { fi: 'Tietoja ei luovuteta.' } } }, { status: 'present', fields: [reg('regularDisclosures')] }],
    ['recipients', 'missing with neither', { recipients: [] }, { status: 'missing', problems: [problem('noRecipients', reg('recipients'), 'Add recipients or describe the regular disclosures (or say that data is not disclosed).')] }],
    ['transfers', 'present with "no" and recipients in the EU/EEA', {}, { status: 'present', fields: [reg('transfersOutsideEea')] }],
    [
      'transfers',
      'missing without an answer',
      { fields: { transfersOutsideEea: null } },
      { status: 'missing', problems: [problem('transfersUnanswered', reg('transfersOutsideEea'), 'Answer whether personal data is transferred outside the EU/EEA.')] },
    ],
    [
      'transfers',
      'missing with "yes" and nothing described',
      { fields: yes },
      { status: 'missing', problems: [problem('transfersNotDescribed', reg('transfersText'), expect.stringContaining('describe the transfers'))] },
    ],
    ['transfers', 'present with "yes" and the transfers text', { fields: { ...yes, transfersText: { fi: 'Palvelin on Kanadassa (riittävyyspäätös).' } } }, { status: 'present' }],
    [
      'transfers',
      'missing with "no" contradicted by a recipient outside the EU/EEA',
      { recipients: [recipientBody(US)] },
      { status: 'missing', problems: [problem('transfersContradicted', reg('transfersOutsideEea'), expect.stringContaining('Accounting firm'), { recipient: 'Accounting firm', country: 'US' })] },
    ],
    [
      'transfers',
      'missing the derogation of an Art 49 transfer',
      { recipients: [recipientBody({ country: 'JP', transferSafeguard: 'derogation-art49' })], fields: yes },
      { status: 'missing', problems: [problem('art49Derogation', nth('recipient', 'art49Derogation', 1), expect.stringContaining('Art 49(1)(a)–(g)'), { recipient: 'Accounting firm', country: 'JP' })] },
    ],
    ['transfers', 'present with "yes" and the safeguard', { recipients: [recipientBody(US)], fields: yes }, { status: 'present', fields: [reg('transfersOutsideEea'), nth('recipient', 'transferSafeguard', 1)] }],
    ['retention', 'present with a retention text', {}, { status: 'present', fields: [reg('retention')] }],
    ['retention', 'missing without one', { fields: { retention: null } }, { status: 'missing', fields: [reg('retention')] }],
    ['rights', 'present as the rights the legal bases give', {}, { status: 'present', fields: [notice('derivedRights')] }],
    ['rights', 'present with the notice’s own text added', { fields: { rights: { fi: 'Oikeutesi.' } } }, { status: 'present', fields: [notice('derivedRights'), reg('rights')] }],
    ['consentWithdrawal', 'not applicable without consent', {}, { status: 'not-applicable' }],
    ['consentWithdrawal', 'present (rendered) with a purpose on consent', { purposes: [purposeBody({ legalBasis: 'consent' })] }, { status: 'present' }],
    ['consentWithdrawal', 'present (rendered) with a special category on explicit consent', { dataCategories: [health({ art9Ground: 'a' })] }, { status: 'present' }],
    ['complaint', 'present: rendered from the plugin settings', {}, { status: 'present', fields: [notice('supervisoryAuthority')] }],
    ['statutoryRequirement', 'present with its statement', {}, { status: 'present', fields: [reg('statutoryRequirement')] }],
    ['statutoryRequirement', 'missing in an Art 13 notice without one', { fields: { statutoryRequirement: null } }, { status: 'missing' }],
    ['statutoryRequirement', 'not applicable to an Art 14 notice', { fields: { noticeKind: 'art14', statutoryRequirement: null, sources: { fi: 'Väestörekisteri.' } } }, { status: 'not-applicable' }],
    ['automatedDecisions', 'present with the answer "none"', {}, { status: 'present', fields: [reg('automatedDecisionMaking')] }],
    [
      'automatedDecisions',
      'missing without an answer, also with a text',
      { fields: { automatedDecisionMaking: null, automatedDecisions: { fi: 'Profilointia suoramarkkinointiin.' } } },
      { status: 'missing', problems: [problem('automatedDecisionsUnanswered', reg('automatedDecisionMaking'), expect.stringContaining('Answer whether decisions'))] },
    ],
    [
      'automatedDecisions',
      'missing the significance and consequences of "yes"',
      { fields: { automatedDecisionMaking: 'yes', automatedDecisions: { fi: 'Luottopisteytys maksuhistorian perusteella.' } } },
      { status: 'missing', problems: [problem('automatedDecisionsConsequences', reg('automatedDecisionsConsequences'), expect.stringContaining('significance'))] },
    ],
    [
      'automatedDecisions',
      'present with "yes", the logic and the consequences',
      { fields: { automatedDecisionMaking: 'yes', automatedDecisions: { fi: 'Luottopisteytys.' }, automatedDecisionsConsequences: { fi: 'Tilaus voidaan hylätä.' } } },
      { status: 'present' },
    ],
    ['specialCategories', 'not applicable without special categories', { dataCategories: [dataCategoryBody()] }, { status: 'not-applicable' }],
    [
      'specialCategories',
      'missing the Art 9(2) condition of a special category',
      { dataCategories: [dataCategoryBody(), health()] },
      { status: 'missing', articles: ['9(2)', '10'], problems: [problem('art9Ground', nth('dataCategory', 'art9Ground', 2), expect.stringContaining('Health data'), { category: 'Health data' })] },
    ],
    [
      'specialCategories',
      'missing the legal authority of criminal data',
      { dataCategories: [criminal()] },
      { status: 'missing', problems: [problem('art10Authority', nth('dataCategory', 'art10Authority', 1), expect.stringContaining('Criminal record extract'), { category: 'Criminal record extract' })] },
    ],
    [
      'specialCategories',
      'present with the condition and the authority',
      { dataCategories: [health({ art9Ground: 'h' }), criminal({ art10Authority: { fi: 'Laki lasten kanssa työskentelevien rikostaustan selvittämisestä.' } })] },
      { status: 'present', fields: [nth('dataCategory', 'art9Ground', 1), nth('dataCategory', 'art10Authority', 2)] },
    ],
    ['dataCategories', 'not applicable to an Art 13 notice', {}, { status: 'not-applicable' }],
    ['dataCategories', 'missing in an Art 14 notice without categories', { fields: { noticeKind: 'art14' } }, { status: 'missing', problems: [problem('noDataCategories', reg('dataCategories'), 'Add at least one category of personal data.')] }],
    ['dataCategories', 'present in an Art 14 notice with a category', { dataCategories: [dataCategoryBody()], fields: { noticeKind: 'both' } }, { status: 'present', articles: ['14(1)(d)'] }],
    [
      'sources',
      'missing when the only source is the data subject',
      { fields: { noticeKind: 'art14', sourceKinds: ['data-subject'] } },
      { status: 'missing', problems: [problem('sourcesOnlyDataSubject', reg('sources'), 'The only source given is the data subject; name the other sources.')] },
    ],
    ['sources', 'present with another kind of source', { fields: { noticeKind: 'art14', sourceKinds: ['data-subject', 'public'] } }, { status: 'present', fields: [reg('sourceKinds')] }],
    ['sources', 'not applicable to an Art 13 notice', {}, { status: 'not-applicable' }],
  ];

  it.each(cases)('%s: %s', async (id, _name, parts, expected) => {
    const item = await itemOf(await registerWith(parts), id);
    expect(item).toMatchObject(expected);
    expect(item.label).not.toBe('');
    expect(item.explanation).not.toBe('');
    expect(item.article).toMatch(/^Article \d+(\(\d\))?(\([a-g]\))? GDPR/);
    // Fields and problems name no internal path.
    expect(JSON.stringify(item)).not.toMatch(/\w\[\d*\]\.|"controller\.|standard text|plugin config/);
  });

  it('covers every item of the report', () => {
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(Object.keys(fi.items)));
  });

  it('reports every item in order, with a score over the items that apply', async () => {
    const report = await check(await registerWith({}));
    expect(report.items.map((item) => item.id)).toEqual(Object.keys(fi.items));
    expect(report).toMatchObject({ score: { present: 9, required: 9 }, complete: true });
    const incomplete = await check(await registerWith({ fields: { retention: null, noticeKind: 'both' } }));
    expect(incomplete).toMatchObject({ score: { present: 8, required: 11 }, complete: false });
    expect(incomplete.items.find((item) => item.id === 'retention')).toMatchObject({
      articles: ['13(2)(a)', '14(2)(a)'],
      article: 'Article 13(2)(a) GDPR and Article 14(2)(a) GDPR',
    });
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
    // Articles cited as the notice in that language cites them.
    expect(finnish.items.find((item) => item.id === 'retention')?.article).toBe('tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta');
    expect((await check(documentId, '?locale=sv')).items.find((item) => item.id === 'retention')?.article).toBe('artikel 13.2 a i dataskyddsförordningen');
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
    expect(score).toEqual({ present: 7, required: 9 });
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
    expect(v1.body.data.warnings).toEqual(['Missing: Retention period (Article 13(2)(a) GDPR).']);
    expect(v1.body.data.completeness).toMatchObject({ score: { present: 8, required: 9 }, complete: false });
    // Stored in the notice's default language with the version, beside (not inside) its snapshot.
    expect(v1.body.data.completeness.items.find((item: Item) => item.id === 'retention').label).toBe(fi.items.retention.label);
    expect(v1.body.data.snapshot).not.toHaveProperty('completeness');
    const row = await strapi.db.query('plugin::privacy-notices.notice-version').findOne({ where: { registerDocumentId: documentId, version: 1 } });
    expect(row.completeness).toEqual(v1.body.data.completeness);

    await admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
    expect((await check(documentId)).complete).toBe(true);
    const first = await admin.get(`/privacy-notices/registers/${documentId}/versions/1/check?locale=fi`).expect(200);
    expect(first.body.data).toMatchObject({ version: 1, complete: false, atPublish: { score: { present: 8, required: 9 }, complete: false } });
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

describe('publishing with gaps', () => {
  const raw = (documentId: string, data: object) => admin.post(`/privacy-notices/registers/${documentId}/publish`, { data });

  it('refuses a notice with gaps without the confirmation, naming the gaps, and publishes nothing', async () => {
    const documentId = await registerWith({ fields: { retention: null, transfersOutsideEea: null } });
    for (const data of [{}, { acceptGaps: false }]) {
      const refused = await raw(documentId, { changeSummary: { fi: 'Ensimmäinen versio.' }, ...data });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors).toEqual([
        expect.objectContaining({ path: ['acceptGaps'], code: 'validation.publish.gapsNotAccepted', params: { count: '2', items: 'transfers, retention' } }),
      ]);
    }
    await admin.get(`/privacy-notices/registers/${documentId}/versions`).expect(200, { data: [] });
  });

  it('publishes a complete notice without the confirmation, and records no accepted gaps', async () => {
    const documentId = await registerWith({});
    await raw(documentId, { changeSummary: { fi: 'Valmis.' } }).expect(201);
    const [version] = (await admin.get(`/privacy-notices/registers/${documentId}/versions`).expect(200)).body.data;
    expect(version.acceptedGaps).toBeNull();
  });

  it('records which gaps were accepted and by whom, for the admin only, outside the snapshot and the record hash', async () => {
    const documentId = await registerWith({ fields: { automatedDecisionMaking: null } });
    const published = await raw(documentId, { changeSummary: { fi: 'Puutteineen.' }, acceptGaps: true }).expect(201);
    expect(published.body.data.snapshot).not.toHaveProperty('acceptedGaps');

    const [version] = (await admin.get(`/privacy-notices/registers/${documentId}/versions`).expect(200)).body.data;
    expect(version.acceptedGaps).toEqual({
      gaps: [{ item: 'automatedDecisions', problems: [{ code: 'automatedDecisionsUnanswered', params: {} }] }],
      acceptedBy: expect.objectContaining({ email: expect.stringContaining('@') }),
      acceptedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(version.acceptedGaps.acceptedBy).toEqual(version.publishedBy);

    // Readers never see it; the chain still verifies (the record hash does not cover it).
    const register = (await admin.get(`/privacy-notices/registers/${documentId}`).expect(200)).body.data;
    const api = request(strapi.server.httpServer);
    for (const path of [`/api/privacy-notices/notices/${register.slug}`, `/api/privacy-notices/notices/${register.slug}/versions`]) {
      expect(JSON.stringify((await api.get(path).expect(200)).body)).not.toMatch(/acceptedGaps|automatedDecisionsUnanswered/);
    }
    const verified = await admin.get('/privacy-notices/verify');
    if (verified.status === 200) expect(verified.body.data.registers.map((r: { registerDocumentId: string }) => r.registerDocumentId)).not.toContain(documentId);
  });
});
