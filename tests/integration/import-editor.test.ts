/**
 * The editor in the loop, through POST /privacy-notices/import: the dry run proposes, the editor
 * corrects (a legal basis, the notice kind, where a section starts) and sees the plan again, and
 * the create applies exactly the corrections. Entries already in the library are used, not
 * copied, and a register title that exists already is named.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

const importText = (data: object) => admin.post('/privacy-notices/import', { data });
const registerOf = async (documentId: string) => (await admin.get(`/privacy-notices/registers/${documentId}`).expect(200)).body.data;
const codes = (warnings: Array<{ code: string }>) => warnings.map((warning) => warning.code);

const NOTICE = [
  'Rekisteri- ja tietosuojaseloste', // 1
  '', // 2
  '1. Rekisterin nimi', // 3
  'Kerhon jäsenrekisteri', // 4
  '', // 5
  '2. Rekisterinpitäjä', // 6
  'Kerho ry (Y-tunnus 2345678-0), Kerhotie 2, 33100 Tampere, kerho@kerho.example', // 7
  '', // 8
  '3. Mihin käytämme henkilötietojasi?', // 9
  '- jäsenyyden hoitaminen', // 10
  '- tiedotteet', // 11
  '', // 12
  '4. Kuinka kauan tietoja säilytetään?', // 13
  'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.', // 14
  'Tiedot on tallennettu salasanalla suojattuun järjestelmään.', // 15
  '', // 16
  'Päivitetty viimeksi: 12.7.2020', // 17
].join('\n');

describe('a notice with only "Päivitetty viimeksi"', () => {
  it('is created (201), without a laadittu date', async () => {
    const response = await importText({ text: NOTICE, locale: 'fi' });
    expect(response.status).toBe(201);
    const register = await registerOf(response.body.data.registers[0].documentId);
    expect(register.legacyHistory).toEqual({ createdOn: null, updates: ['2020-07-12'] });
    expect(register.controller).toMatchObject({ name: 'Kerho ry', businessId: '2345678-0', city: 'Tampere', email: 'kerho@kerho.example' });
  });
});

describe('the dry run proposes, the editor corrects, the create applies', () => {
  it('picks the legal basis of listed purposes, moves a block, confirms the notice kind', async () => {
    // 1. The proposal: two purposes without a basis, the security sentence inside retention, Art 13 only.
    const proposal = (await importText({ text: NOTICE, locale: 'fi', dryRun: true }).expect(200)).body.data;
    const [draft] = proposal.registers;
    expect(draft.purposes.map((purpose: { legalBasis: string | null; create: boolean }) => [purpose.legalBasis, purpose.create])).toEqual([
      [null, false],
      [null, false],
    ]);
    expect(draft.register.retention.fi).toContain('salasanalla suojattuun');
    expect([draft.register.noticeKind, draft.noticeKindFrom]).toEqual(['art13', 'text']);
    expect(codes(proposal.warnings)).toEqual(expect.arrayContaining(['purposeNoBasis', 'sectionKept']));

    // 2. The editor's corrections, shown as the plan again before anything is created.
    const corrections = {
      legalBases: [[{ legalBasis: 'contract' }, { legalBasis: 'legitimate-interests', legitimateInterest: 'Jäsenten tiedottaminen' }]],
      sections: [{ line: 15, target: 'security' }],
      noticeKinds: ['both'],
    };
    const corrected = (await importText({ text: NOTICE, locale: 'fi', dryRun: true, ...corrections }).expect(200)).body.data;
    const [plan] = corrected.registers;
    expect(plan.register).toMatchObject({
      retention: { fi: 'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.' },
      security: { fi: 'Tiedot on tallennettu salasanalla suojattuun järjestelmään.' },
      noticeKind: 'both',
    });
    expect(plan.noticeKindFrom).toBe('editor');
    expect(plan.purposes.map((purpose: { legalBasis: string; legalBasisFrom: string; create: boolean }) => [purpose.legalBasis, purpose.legalBasisFrom, purpose.create])).toEqual([
      ['contract', 'editor', true],
      ['legitimate-interests', 'editor', true],
    ]);
    expect(corrected.lines.find((line: { line: number }) => line.line === 15)).toMatchObject({ field: 'security' });
    expect(codes(corrected.warnings)).not.toContain('purposeNoBasis');

    // 3. The create applies exactly those corrections.
    const created = (await importText({ text: NOTICE, locale: 'fi', ...corrections }).expect(201)).body.data;
    const register = await registerOf(created.registers[0].documentId);
    expect(register.noticeKind).toBe('both');
    expect(register.security).toEqual({ fi: 'Tiedot on tallennettu salasanalla suojattuun järjestelmään.' });
    expect(register.purposes.map((purpose: { title: { fi: string }; legalBasis: string }) => [purpose.title.fi, purpose.legalBasis])).toEqual([
      ['Jäsenyyden hoitaminen', 'contract'],
      ['Tiedotteet', 'legitimate-interests'],
    ]);
  });

  it('marks a line as the heading of a section the importer did not know', async () => {
    const text = 'Rekisterin nimi\nKerhon tapahtumarekisteri\n\nKeitä tämä koskee\nTapahtumiin ilmoittautuneet.';
    const plain = (await importText({ text, locale: 'fi', dryRun: true }).expect(200)).body.data;
    expect(plain.registers[0].register.dataSubjects).toBeUndefined();
    const marked = (await importText({ text, locale: 'fi', dryRun: true, sections: [{ line: 4, target: 'dataSubjects', heading: true }] }).expect(200)).body.data;
    expect(marked.registers[0].register.dataSubjects).toEqual({ fi: 'Tapahtumiin ilmoittautuneet.' });
    expect(marked.registers[0].register.extraSections).toEqual([]);
  });
});

describe('suggested moves', () => {
  it('moves a retention paragraph from another section once the editor accepts the suggestion', async () => {
    const text = readFileSync(path.resolve(__dirname, '../fixtures/notices/three-registers-with-dates.txt'), 'utf8');
    const preview = (await importText({ text, locale: 'fi', dryRun: true }).expect(200)).body.data;
    const suggestions = preview.registers.map((register: { suggestedSections: Array<{ field: string; line: number }> }) =>
      register.suggestedSections.map(({ field, line }) => [field, line]),
    );
    // The first register's retention sentence sits in its data content, the third's in its security text.
    expect(suggestions).toEqual([[['retention', 34]], [], [['retention', 162]]]);
    const sections = preview.registers.flatMap((register: { suggestedSections: Array<{ sections: object[] }> }) =>
      register.suggestedSections.flatMap((suggestion) => suggestion.sections),
    );
    const created = (await importText({ text, locale: 'fi', sections }).expect(201)).body.data;
    const check = async (documentId: string) => (await admin.get(`/privacy-notices/registers/${documentId}/check`).expect(200)).body.data;
    const retention = await Promise.all(
      created.registers.map(async ({ documentId }: { documentId: string }) => (await check(documentId)).items.find((item: { id: string }) => item.id === 'retention').status),
    );
    expect(retention).toEqual(['present', 'missing', 'present']);
    expect((await registerOf(created.registers[0].documentId)).retention.fi).toBe(
      'Tietoja säilytetään asiakkuuden ajan. Tietoja säilytetään markkinointitarkoituksiin korkeintaan viiden (5) vuoden ajan.',
    );
  });
});

describe('the library and the registers already there', () => {
  const LISTED = [
    'Rekisterin nimi',
    'Yhdistyksen asiakasrekisteri',
    '',
    'Käsittelyn tarkoitus',
    '- Asiakassuhteen hoitaminen: sopimus',
    '',
    'Rekisterin tietosisältö',
    '- Yhteystiedot',
    '- Laskutustiedot',
  ].join('\n');

  it('uses an equal purpose and data category instead of a copy, and names a register title that exists', async () => {
    const first = (await importText({ text: LISTED, locale: 'fi' }).expect(201)).body.data;
    const before = await registerOf(first.registers[0].documentId);
    const preview = (await importText({ text: LISTED, locale: 'fi', dryRun: true }).expect(200)).body.data;
    expect(preview.registers[0].purposes[0].existing).toBe(before.purposes[0].documentId);
    expect(preview.registers[0].dataCategories.map((category: { existing: string }) => category.existing)).toEqual(
      before.dataCategories.map((category: { documentId: string }) => category.documentId),
    );
    expect(preview.warnings).toEqual(
      expect.arrayContaining([
        { code: 'purposeReused', params: { title: 'Asiakassuhteen hoitaminen' } },
        { code: 'dataCategoryReused', params: { name: 'Yhteystiedot' } },
        { code: 'registerTitleExists', params: { title: 'Yhdistyksen asiakasrekisteri' } },
      ]),
    );
    const second = (await importText({ text: LISTED, locale: 'fi' }).expect(201)).body.data;
    const after = await registerOf(second.registers[0].documentId);
    expect(after.purposes.map((purpose: { documentId: string }) => purpose.documentId)).toEqual([before.purposes[0].documentId]);
    const purposes = (await admin.get('/privacy-notices/purposes?q=Asiakassuhteen').expect(200)).body.data;
    expect(purposes).toHaveLength(1);
    // A purpose with the same title but another basis is another purpose.
    const other = (await importText({ text: LISTED.replace(': sopimus', ': suostumus'), locale: 'fi', dryRun: true }).expect(200)).body.data;
    expect(other.registers[0].purposes[0].existing).toBeNull();
  });
});

describe('stated answers', () => {
  /** A notice that states both answers: data may leave the EU/EEA, no automated decisions. */
  const stating = (name: string) =>
    [
      'Rekisterin nimi',
      name,
      '',
      'Tietojen siirto EU:n tai ETA:n ulkopuolelle',
      'Tietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle komission vakiosopimuslausekkeiden perusteella.',
      '',
      'Automaattinen päätöksenteko',
      'Automaattisia päätöksiä ei tehdä.',
    ].join('\n');

  it('proposes the transfers and automated-decision answers with the sentences, and applies none', async () => {
    const text = stating('Verkkokaupan asiakasrekisteri');
    const created = (await importText({ text, locale: 'fi' }).expect(201)).body.data;
    expect(created.registers[0].proposedAnswers).toEqual({
      transfersOutsideEea: {
        answer: 'yes',
        evidence: [{ line: 5, text: 'Tietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle komission vakiosopimuslausekkeiden perusteella.' }],
      },
      automatedDecisionMaking: { answer: 'none', evidence: [{ line: 8, text: 'Automaattisia päätöksiä ei tehdä.' }] },
    });
    const silent = (await importText({ text: 'Rekisterin nimi\nHiljainen rekisteri\n\nSäilytysaika\nVuosi.', locale: 'fi', dryRun: true }).expect(200)).body.data;
    expect(silent.registers[0].proposedAnswers).toEqual({});
  });

  it('puts only the answers the editor confirmed into the register, and leaves the others unanswered', async () => {
    const text = stating('Matkatoimiston asiakasrekisteri');
    // Not confirmed: both questions stay open, whatever the text stated.
    const unconfirmed = (await importText({ text, locale: 'fi' }).expect(201)).body.data.registers[0];
    expect(await registerOf(unconfirmed.documentId)).toMatchObject({ transfersOutsideEea: null, automatedDecisionMaking: null });

    // The editor confirms the transfers answer and answers the other question differently from the text.
    const confirmed = (await importText({ text, locale: 'fi', answers: [{ transfersOutsideEea: 'yes', automatedDecisionMaking: 'yes' }] }).expect(201)).body.data.registers[0];
    expect(await registerOf(confirmed.documentId)).toMatchObject({ transfersOutsideEea: 'yes', automatedDecisionMaking: 'yes' });
    // The check now asks for what a "yes" needs (a safeguard), no longer for the answer itself.
    const check = (await admin.get(`/privacy-notices/registers/${confirmed.documentId}/check`).expect(200)).body.data;
    const problemCodes = check.items.flatMap((item: { problems?: Array<{ code: string }> }) => (item.problems ?? []).map((problem) => problem.code));
    expect(problemCodes).not.toContain('transfersUnanswered');
    expect(problemCodes).not.toContain('automatedDecisionsUnanswered');

    // One confirmed, one left open (null).
    const partly = (await importText({ text, locale: 'fi', answers: [{ transfersOutsideEea: null, automatedDecisionMaking: 'none' }] }).expect(201)).body.data.registers[0];
    expect(await registerOf(partly.documentId)).toMatchObject({ transfersOutsideEea: null, automatedDecisionMaking: 'none' });
  });

  it.each([
    [[{ transfersOutsideEea: 'maybe' }]],
    [[{ automatedDecisionMaking: 'no' }]],
    [[{ transfers: 'yes' }]],
    ['yes'],
  ])('refuses the answers %j with 400 and creates nothing', async (answers) => {
    const before = (await admin.get('/privacy-notices/registers?pageSize=100').expect(200)).body.meta.pagination.total;
    const response = await importText({ text: 'Rekisterin nimi\nKielletty\n\nSäilytysaika\nVuosi.', locale: 'fi', answers });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect((await admin.get('/privacy-notices/registers?pageSize=100').expect(200)).body.meta.pagination.total).toBe(before);
  });
});

describe('the editor picks library entries instead of new ones', () => {
  const MEMBERS = [
    'Rekisterin nimi', // 1
    'Seuran jäsenrekisteri', // 2
    '', // 3
    'Rekisterinpitäjä', // 4
    'Seura ry (Y-tunnus 3456789-1), Seuratie 3, 40100 Jyväskylä, seura@seura.example', // 5
    '', // 6
    'Käsittelyn tarkoitus', // 7
    '- harrastusryhmien hallinnointi', // 8
    '- seuran tiedotteet', // 9
    '', // 10
    'Rekisterin tietosisältö', // 11
    '- Harrastajan yhteystiedot', // 12
    '- Jäsenmaksutiedot', // 13
  ].join('\n');
  const entry = async (kind: string, data: object) => (await admin.post(`/privacy-notices/${kind}`, { data }).expect(201)).body.data.documentId as string;
  const found = async (kind: string, q: string) => (await admin.get(`/privacy-notices/${kind}?q=${encodeURIComponent(q)}`).expect(200)).body.data as Array<{ documentId: string }>;
  const total = async (kind: string) => (await admin.get(`/privacy-notices/${kind}?pageSize=1`).expect(200)).body.meta.pagination.total as number;
  const totals = () => Promise.all(['registers', 'controllers', 'purposes', 'data-categories'].map(total));

  it('suggests similar entries, uses the picked controller, purpose and data category, and creates no duplicate', async () => {
    const controller = await entry('controllers', { name: 'Seura ry, Jyväskylä' });
    const purpose = await entry('purposes', { title: { fi: 'Harrastusryhmien hallinta' }, legalBasis: 'contract' });
    const category = await entry('data-categories', { name: { fi: 'Harrastajien yhteystiedot' } });

    // The plan names the similar entries first, and picks nothing by itself: they differ from the planned ones.
    const proposal = (await importText({ text: MEMBERS, locale: 'fi', dryRun: true }).expect(200)).body.data.registers[0];
    expect(proposal.purposes[0]).toMatchObject({ existing: null, existingFrom: null, create: false });
    expect(proposal.purposes[0].matches).toEqual([{ documentId: purpose, name: 'Harrastusryhmien hallinta' }]);
    expect(proposal.dataCategories[0].matches).toEqual([{ documentId: category, name: 'Harrastajien yhteystiedot' }]);
    expect(proposal.controllerReuse.matches).toEqual(expect.arrayContaining([{ documentId: controller, name: 'Seura ry, Jyväskylä' }]));

    // The editor's picks, keyed by the planned entry's title or name; the dry run shows them.
    const reuse = [{ controller, purposes: [{ title: 'Harrastusryhmien hallinnointi', documentId: purpose }], dataCategories: [{ name: 'Harrastajan yhteystiedot', documentId: category }] }];
    const picked = (await importText({ text: MEMBERS, locale: 'fi', dryRun: true, reuse }).expect(200)).body.data;
    const [plan] = picked.registers;
    expect(plan.controller.existing).toBe(controller);
    expect(plan.purposes[0]).toMatchObject({ existing: purpose, existingFrom: 'editor', existingName: 'Harrastusryhmien hallinta' });
    expect(plan.dataCategories[0]).toMatchObject({ existing: category, existingFrom: 'editor', existingName: 'Harrastajien yhteystiedot' });
    // The library entry has its basis: the plan no longer asks for one for that purpose, only for the other.
    expect(picked.warnings).not.toContainEqual({ code: 'purposeNoBasis', params: { title: 'Harrastusryhmien hallinnointi' } });
    expect(picked.warnings).toContainEqual({ code: 'purposeNoBasis', params: { title: 'Seuran tiedotteet' } });

    const created = (await importText({ text: MEMBERS, locale: 'fi', reuse }).expect(201)).body.data;
    const register = await registerOf(created.registers[0].documentId);
    expect(register.controller.documentId).toBe(controller);
    expect(register.purposes.map((p: { documentId: string }) => p.documentId)).toEqual([purpose]);
    expect(register.dataCategories.map((c: { documentId: string }) => c.documentId)).toEqual([category, expect.any(String)]);
    expect(register.dataCategories[1].name).toEqual({ fi: 'Jäsenmaksutiedot' });
    // Nothing was created for the picked ones.
    expect(await found('controllers', 'Seura ry')).toHaveLength(1);
    expect(await found('purposes', 'Harrastusryhmien hallinnointi')).toHaveLength(0);
    expect(await found('data-categories', 'Harrastajan yhteystiedot')).toHaveLength(0);
  });

  it('picks by list position with a plain documentId, also for a purpose whose basis the text names', async () => {
    const purpose = await entry('purposes', { title: { fi: 'Tiedottaminen jäsenille' }, legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Seuran toiminta' } });
    const text = MEMBERS.replace('- seuran tiedotteet', '- seuran tiedotteet: suostumus');
    const created = (await importText({ text, locale: 'fi', reuse: [{ purposes: [null, purpose] }] }).expect(201)).body.data;
    const register = await registerOf(created.registers[0].documentId);
    expect(register.purposes.map((p: { documentId: string }) => p.documentId)).toEqual([purpose]);
    expect(await found('purposes', 'Seuran tiedotteet')).toHaveLength(0);
  });

  it.each([
    ['a purpose', (id: string) => [{ purposes: [{ title: 'Jäsenyyden hoitaminen', documentId: id }] }], ['reuse', '0', 'purposes', '0', 'documentId'], 'purposes'],
    ['a data category', (id: string) => [{ dataCategories: [null, id] }], ['reuse', '0', 'dataCategories', '1'], 'dataCategories'],
    ['a controller', (id: string) => [{ controller: id }], ['reuse', '0', 'controller'], 'controllers'],
  ])('refuses %s that is not in the library with a coded 400 and creates nothing', async (_what, reuse, path, kind) => {
    const before = await totals();
    const response = await importText({ text: MEMBERS, locale: 'fi', reuse: reuse('nosuchdocumentid0000000') });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path, code: 'import.reuse.notFound', params: { kind } })]);
    // The dry run refuses it the same way.
    expect((await importText({ text: MEMBERS, locale: 'fi', dryRun: true, reuse: reuse('nosuchdocumentid0000000') })).status).toBe(400);
    expect(await totals()).toEqual(before);
  });

  it('refuses a pick that is not a documentId or a keyed pick', async () => {
    const response = await importText({ text: MEMBERS, locale: 'fi', dryRun: true, reuse: [{ purposes: [{ documentId: 'x' }] }] });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['reuse', '0', 'purposes', '0']);
  });
});

describe('choices keyed by the purpose survive a section move', () => {
  const TWO = [
    'Rekisterin nimi', // 1
    'Kuoron jäsenrekisteri', // 2
    '', // 3
    'Käsittelyn tarkoitus', // 4
    '- jäsenyyden hoitaminen', // 5
    '- kuoron tiedotteet', // 6
  ].join('\n');
  // Line 5 goes to an extra section and line 6 starts the purposes again: the first purpose is gone.
  const moved = [
    { line: 5, target: null },
    { line: 6, target: 'purposes' },
  ];

  it('keeps the legal basis and the picked entry on their own purpose, and drops the gone purpose\'s', async () => {
    const legalBases = [[{ title: 'Jäsenyyden hoitaminen', legalBasis: 'contract' }, { title: 'Kuoron tiedotteet', legalBasis: 'consent' }]];
    const before = (await importText({ text: TWO, locale: 'fi', dryRun: true, legalBases }).expect(200)).body.data.registers[0];
    expect(before.purposes.map((p: { legalBasis: string }) => p.legalBasis)).toEqual(['contract', 'consent']);

    const after = (await importText({ text: TWO, locale: 'fi', dryRun: true, legalBases, sections: moved }).expect(200)).body.data.registers[0];
    expect(after.purposes.map((p: { title: { fi: string }; legalBasis: string }) => [p.title.fi, p.legalBasis])).toEqual([['Kuoron tiedotteet', 'consent']]);
    // By position, the same list would have given the remaining purpose the gone one's basis.
    const positional = (await importText({ text: TWO, locale: 'fi', dryRun: true, legalBases: [[{ legalBasis: 'contract' }]], sections: moved }).expect(200)).body.data;
    expect(positional.registers[0].purposes[0].legalBasis).toBe('contract');

    const purpose = (await admin.post('/privacy-notices/purposes', { data: { title: { fi: 'Kuoron tiedotus' }, legalBasis: 'consent' } }).expect(201)).body.data.documentId;
    const reuse = [{ purposes: [{ title: 'Jäsenyyden hoitaminen', documentId: null }, { title: 'Kuoron tiedotteet', documentId: purpose }] }];
    const created = (await importText({ text: TWO, locale: 'fi', legalBases, reuse, sections: moved }).expect(201)).body.data;
    const register = await registerOf(created.registers[0].documentId);
    expect(register.purposes.map((p: { documentId: string }) => p.documentId)).toEqual([purpose]);
  });
});
