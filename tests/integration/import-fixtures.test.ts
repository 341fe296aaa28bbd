/**
 * Importing the real legacy notices in tests/fixtures/notices through POST /privacy-notices/import:
 * the registers found, their controller and dates, every input line in the rendered notice, and
 * what the completeness check says is missing from each.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { mapValues } from 'lodash';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { publish } from './helpers/fixtures';
import { currentSnapshot, missingLines, type ImportLine } from './helpers/rendered';

const FIXTURES = path.resolve(__dirname, '../fixtures/notices');
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

interface Imported {
  registers: Array<{
    documentId: string;
    slug: string;
    title: Record<string, string>;
    completeness: { present: number; required: number };
    proposedAnswers: { transfersOutsideEea?: { answer: string }; automatedDecisionMaking?: { answer: string } };
  }>;
  warnings: Array<{ code: string; params: Record<string, unknown>; register?: number }>;
  lines: ImportLine[];
}

/** The dry run's proposals, per register. */
interface Preview {
  registers: Array<{
    proposedAnswers: Record<string, { answer: string } | undefined>;
    suggestedSections: Array<{ sections: Array<{ line: number; target: string | null }> }>;
  }>;
}

/** The language a fixture is written in. */
const localeOf = (file: string) => (/swedish/.test(file) ? 'sv' : /english/.test(file) ? 'en' : 'fi');

async function importFile(file: string): Promise<Imported> {
  const response = await admin.post('/privacy-notices/import', { data: { text: read(file), locale: localeOf(file) } });
  expect(response.status).toBe(201);
  return response.body.data;
}

const registerOf = async (documentId: string) => (await admin.get(`/privacy-notices/registers/${documentId}`).expect(200)).body.data;
const checkOf = async (documentId: string) => (await admin.get(`/privacy-notices/registers/${documentId}/check`).expect(200)).body.data;
const missingItems = (report: { items: Array<{ id: string; status: string }> }) =>
  report.items.filter((item) => item.status === 'missing').map((item) => item.id);

const TEXT_FIELDS = ['dataSubjects', 'sources', 'regularDisclosures', 'transfersText', 'retention', 'security', 'automatedDecisions', 'rights', 'statutoryRequirement', 'cookies'];
const filledFields = (register: Record<string, unknown>) => TEXT_FIELDS.filter((field) => register[field] !== null).sort();

const OPTIFLUENCE = {
  name: 'Optifluence Oy',
  businessId: null,
  streetAddress: 'Ullanmäentie 10a A1',
  postalCode: '02700',
  city: 'Kauniainen',
  country: 'FI',
  email: 'petro.poutanen@optifluence.com',
  phone: '040 767 1631',
  website: null,
};

interface Expected {
  title: string;
  fields: string[];
  controller: object | null;
  contactPerson: object | null;
  legacyHistory: object | null;
  /** Sources described: the data also come from elsewhere (Art 14). */
  noticeKind: 'art13' | 'both';
  /** Purposes created (with a legal basis the text states) and data categories, by name. */
  purposes: string[];
  dataCategories: number;
  /** The answers the text states, as the import proposes them. */
  answers: { transfersOutsideEea?: string; automatedDecisionMaking?: string };
  /** What the report names right after the import: a proposal is never applied by itself, so the transfers and automated-decision questions stay open. */
  missing: string[];
  /** What the notice itself lacks: what the report still names once the editor has accepted every proposal of the preview. */
  lacks: string[];
  /**
   * A notice in another language than the default one: items whose text it gives only in its own
   * language, which the check (of the default language, as publishing takes it) also reports until translated.
   */
  untranslated?: string[];
}

const controller = (name: string, details: Partial<Record<keyof typeof OPTIFLUENCE, string>>) => ({
  ...Object.fromEntries(Object.keys(OPTIFLUENCE).map((key) => [key, null])),
  country: 'FI',
  name,
  ...details,
});

/** What each fixture must give: read from the notices as an editor would. */
const EXPECTED: Record<string, Expected[]> = {
  'numbered-sections.txt': [
    {
      title: 'twiitti.fi/ Sähköisten palvelujen asiakasrekisteri',
      fields: ['cookies', 'regularDisclosures', 'rights', 'security', 'sources'],
      controller: controller('Twiitti.fi', {}),
      contactPerson: { name: 'Markus Mäkelä', email: 'toimisto@twiitti.fi', phone: '040 6311231', address: null },
      legacyHistory: null,
      noticeKind: 'both',
      // Six purposes, none with a legal basis.
      purposes: [],
      dataCategories: 2,
      // "Tietoja ei siirretä Euroopan talousalueen …"; marketing "profiilien avulla" among the purposes.
      answers: { transfersOutsideEea: 'no', automatedDecisionMaking: 'yes' },
      // Only a name for the controller, no legal basis anywhere, no retention period, nothing on
      // whether the data must be given.
      missing: ['controller', 'purposes', 'transfers', 'retention', 'statutoryRequirement', 'automatedDecisions'],
      // Profiling is named, its logic and consequences are not.
      lacks: ['automatedDecisions', 'controller', 'purposes', 'retention', 'statutoryRequirement'],
    },
  ],
  'label-paragraphs.txt': [
    {
      // The notice has no register name: the generic title stands in until the editor names it.
      title: 'Rekisteri- ja tietosuojaseloste',
      fields: ['automatedDecisions', 'cookies', 'regularDisclosures', 'retention', 'rights', 'security', 'sources'],
      controller: null,
      contactPerson: null,
      legacyHistory: null,
      noticeKind: 'both',
      purposes: [],
      dataCategories: 6,
      // Some service providers "saattavat säilyttää tietoja EU:n tai Euroopan talousalueen ulkopuolella".
      answers: { transfersOutsideEea: 'yes', automatedDecisionMaking: 'none' },
      // No controller at all; consent and contract are named in prose but tied to no purpose.
      missing: ['controller', 'purposes', 'transfers', 'statutoryRequirement', 'automatedDecisions'],
      // Data may be stored outside the EU/EEA, on no safeguard the notice names.
      lacks: ['controller', 'purposes', 'statutoryRequirement', 'transfers'],
    },
  ],
  'three-registers-with-dates.txt': [
    {
      title: 'Optifluence Oy:n asiakasrekisteri ja markkinointirekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06'] },
      noticeKind: 'both',
      purposes: [],
      dataCategories: 6,
      answers: { transfersOutsideEea: 'yes' },
      // Its retention sentence sits in the data-content text: the preview proposes moving it (below).
      missing: ['purposes', 'transfers', 'retention', 'statutoryRequirement', 'automatedDecisions'],
      // Transfers "may" happen, on a Privacy Shield no longer in force and no other safeguard named.
      lacks: ['automatedDecisions', 'purposes', 'statutoryRequirement', 'transfers'],
    },
    {
      title: 'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-10-04'] },
      noticeKind: 'both',
      purposes: [],
      dataCategories: 3,
      answers: { transfersOutsideEea: 'yes' },
      missing: ['purposes', 'transfers', 'retention', 'statutoryRequirement', 'automatedDecisions'],
      // Nothing on how long the data are kept.
      lacks: ['automatedDecisions', 'purposes', 'retention', 'statutoryRequirement'],
    },
    {
      // The notice repeats the second register's name for the survey register.
      title: 'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-10-04'] },
      noticeKind: 'both',
      purposes: [],
      dataCategories: 7,
      answers: { transfersOutsideEea: 'yes' },
      missing: ['purposes', 'transfers', 'retention', 'statutoryRequirement', 'automatedDecisions'],
      // Its retention sentence sits in the security section: the preview proposes moving it.
      lacks: ['automatedDecisions', 'purposes', 'statutoryRequirement'],
    },
  ],
  'word-table-wrapped-headings.txt': [
    {
      title: 'Kuntosali Voima Oy:n jäsenrekisteri',
      fields: ['regularDisclosures', 'retention', 'rights', 'security', 'sources', 'transfersText'],
      controller: controller('Kuntosali Voima Oy', {
        businessId: '0737546-2',
        streetAddress: 'Kauppakatu 12',
        postalCode: '40100',
        city: 'Jyväskylä',
        email: 'asiakaspalvelu@voima.example',
        phone: '014 123 4567',
      }),
      contactPerson: { name: 'Liisa Laine', email: 'liisa.laine@voima.example', phone: null, address: null },
      // Only "Päivitetty viimeksi", no laadittu.
      legacyHistory: { createdOn: null, updates: ['2020-07-12'] },
      noticeKind: 'both',
      // "Käsittely perustuu jäsenen kanssa tehtyyn sopimukseen."
      purposes: ['Henkilötietoja käsitellään jäsenyyden hoitamiseen ja laskutukseen'],
      dataCategories: 3,
      answers: { transfersOutsideEea: 'no' },
      missing: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
      lacks: ['automatedDecisions', 'statutoryRequirement'],
    },
  ],
  'question-headings.txt': [
    {
      title: 'Kampaamo Hiuskeidas, asiakasrekisteri',
      fields: ['automatedDecisions', 'regularDisclosures', 'retention', 'rights', 'security', 'sources', 'transfersText'],
      controller: controller('Hiuskeidas Tmi', {
        businessId: '2345678-0',
        streetAddress: 'Torikatu 3',
        postalCode: '33100',
        city: 'Tampere',
        email: 'hiuskeidas@hius.example',
        phone: '040 555 1234',
      }),
      contactPerson: null,
      legacyHistory: { createdOn: '2021-03-03', updates: [] },
      noticeKind: 'both',
      // "Oikeusperuste on sopimus."
      purposes: ['Käytämme tietoja ajanvarausten hoitamiseen ja asiakkaan palvelemiseen'],
      dataCategories: 2,
      answers: { transfersOutsideEea: 'yes', automatedDecisionMaking: 'none' },
      missing: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
      lacks: ['statutoryRequirement'],
    },
  ],
  'one-line-controller-gdpr-headings.txt': [
    {
      title: 'Testi Oy:n markkinointirekisteri',
      fields: ['automatedDecisions', 'regularDisclosures', 'retention', 'rights', 'sources', 'transfersText'],
      controller: controller('Testi Oy', {
        businessId: '0737546-2',
        streetAddress: 'Esimerkkikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        email: 'tietosuoja@testi.example',
      }),
      contactPerson: { name: 'Pekka Virtanen', email: 'tietosuojavastaava@testi.example', phone: '09 123 4567', address: null },
      legacyHistory: { createdOn: '2019-01-15', updates: ['2022-02-02'] },
      noticeKind: 'both',
      // Three purposes on legitimate interests, the interest itself left for the editor to name.
      purposes: [],
      dataCategories: 5,
      answers: { transfersOutsideEea: 'no', automatedDecisionMaking: 'yes' },
      missing: ['automatedDecisions', 'purposes', 'statutoryRequirement', 'transfers'],
      // Profiling without its logic; legitimate interests without the interest.
      lacks: ['automatedDecisions', 'purposes', 'statutoryRequirement'],
    },
  ],
  'swedish-notice.txt': [
    {
      title: 'Föreningen Skärgårdsseglares medlemsregister',
      fields: ['regularDisclosures', 'retention', 'rights', 'security', 'sources', 'transfersText'],
      controller: controller('Föreningen Skärgårdsseglare rf', {
        businessId: '1234567-1',
        streetAddress: 'Strandvägen 4',
        postalCode: '10600',
        city: 'Ekenäs',
        email: 'styrelsen@segla.example',
      }),
      contactPerson: { name: 'Anna Lindqvist', email: 'anna.lindqvist@segla.example', phone: null, address: null },
      legacyHistory: { createdOn: null, updates: ['2023-04-05'] },
      noticeKind: 'both',
      // "… medlemskapet, som är ett avtal mellan medlemmen och föreningen."
      purposes: ['Personuppgifterna behandlas för att sköta medlemskapet och ta ut medlemsavgifter'],
      dataCategories: 2,
      answers: { transfersOutsideEea: 'no' },
      missing: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
      lacks: ['automatedDecisions', 'statutoryRequirement'],
      untranslated: ['recipients', 'retention', 'sources'],
    },
  ],
  'english-notice.txt': [
    {
      title: 'Newsletter subscribers of Lakeside Books Ltd',
      fields: ['automatedDecisions', 'regularDisclosures', 'retention', 'rights', 'security', 'sources', 'transfersText'],
      controller: controller('Lakeside Books Ltd', {
        businessId: '2345678-0',
        streetAddress: 'Rantakatu 2',
        postalCode: '90100',
        city: 'Oulu',
        email: 'privacy@lakeside.example',
      }),
      contactPerson: { name: 'Mikko Koski', email: null, phone: '+358 40 111 2222', address: null },
      legacyHistory: { createdOn: null, updates: ['2024-09-01'] },
      noticeKind: 'both',
      // "The processing is based on the data subject's consent."
      purposes: ['We process personal data to send the newsletter the subscriber has ordered'],
      // "Name and e-mail address.": two names, the sentence kept as written too.
      dataCategories: 2,
      answers: { transfersOutsideEea: 'yes', automatedDecisionMaking: 'none' },
      missing: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
      // The transfer is described in English only: the check of the default language reports it untranslated.
      lacks: ['statutoryRequirement', 'transfers'],
      untranslated: ['recipients', 'retention', 'sources'],
    },
  ],
  'markdown-several-registers.txt': [
    {
      title: 'Jäsenrekisteri',
      fields: ['regularDisclosures', 'retention', 'security', 'sources'],
      controller: controller('Liikuntayhdistys Ry', {
        businessId: '2345678-0',
        streetAddress: 'Urheilutie 5',
        postalCode: '20100',
        city: 'Turku',
        email: 'hallitus@liikunta.example',
      }),
      contactPerson: null,
      legacyHistory: { createdOn: null, updates: ['2022-10-10'] },
      noticeKind: 'both',
      purposes: ['Jäsenyyden hoitaminen', 'Jäsenmaksujen laskutus'],
      dataCategories: 2,
      answers: {},
      missing: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
      lacks: ['automatedDecisions', 'statutoryRequirement', 'transfers'],
    },
    {
      title: 'Tapahtumarekisteri',
      fields: ['retention', 'security'],
      controller: controller('Liikuntayhdistys Ry', {
        businessId: '2345678-0',
        streetAddress: 'Urheilutie 5',
        postalCode: '20100',
        city: 'Turku',
        email: 'hallitus@liikunta.example',
      }),
      contactPerson: null,
      // "Päivitetty 10.10.2022." under the document's title is the whole document's.
      legacyHistory: { createdOn: null, updates: ['2022-10-10'] },
      // No sources described: from the participant (Art 13), for the editor to confirm.
      noticeKind: 'art13',
      purposes: ['Tapahtumaan ilmoittautuminen'],
      dataCategories: 1,
      answers: {},
      missing: ['automatedDecisions', 'recipients', 'statutoryRequirement', 'transfers'],
      lacks: ['automatedDecisions', 'recipients', 'statutoryRequirement', 'transfers'],
    },
  ],
};

/**
 * The sections each notice has under a heading an editor recognises, by the heading's first line,
 * and the field an editor would put each in. The share that lands there is printed.
 */
const SECTIONS: Record<string, Record<number, string>> = {
  'numbered-sections.txt': { 7: 'controller', 11: 'contactPerson', 19: 'title', 23: 'purposes', 34: 'dataCategories', 53: 'sources', 59: 'regularDisclosures', 63: 'security', 69: 'rights', 73: 'cookies', 99: 'cookies' },
  'label-paragraphs.txt': { 1: 'purposes', 5: 'purposes', 8: 'dataCategories', 10: 'retention', 15: 'sources', 19: 'regularDisclosures', 24: 'cookies', 33: 'security', 38: 'automatedDecisions', 40: 'rights' },
  'three-registers-with-dates.txt': {
    9: 'title', 13: 'controller', 20: 'contactPerson', 24: 'purposes', 30: 'dataCategories', 36: 'sources', 40: 'regularDisclosures', 44: 'security', 48: 'rights', 52: 'rights', 60: 'title', 64: 'controller', 71: 'contactPerson', 75: 'purposes', 87: 'dataCategories', 95: 'sources', 99: 'regularDisclosures', 105: 'security', 109: 'rights', 113: 'rights', 123: 'title', 127: 'controller', 134: 'contactPerson', 138: 'purposes', 144: 'dataCategories', 148: 'sources', 152: 'regularDisclosures', 158: 'security', 164: 'rights', 168: 'rights',
  },
  'word-table-wrapped-headings.txt': { 5: 'title', 11: 'controller', 22: 'contactPerson', 32: 'purposes', 42: 'dataCategories', 51: 'sources', 59: 'regularDisclosures', 67: 'transfersText', 76: 'retention', 83: 'security', 90: 'rights', 96: 'rights' },
  'question-headings.txt': { 5: 'controller', 8: 'purposes', 13: 'dataCategories', 17: 'sources', 21: 'regularDisclosures', 24: 'transfersText', 27: 'retention', 30: 'security', 33: 'automatedDecisions', 36: 'rights', 39: 'rights' },
  'one-line-controller-gdpr-headings.txt': { 6: 'controller', 9: 'contactPerson', 12: 'title', 15: 'purposes', 22: 'dataCategories', 25: 'regularDisclosures', 28: 'transfersText', 31: 'retention', 34: 'sources', 37: 'automatedDecisions', 40: 'rights', 43: 'rights' },
  'swedish-notice.txt': { 3: 'title', 6: 'controller', 13: 'contactPerson', 16: 'purposes', 19: 'dataCategories', 23: 'sources', 26: 'regularDisclosures', 29: 'transfersText', 32: 'retention', 35: 'security', 38: 'rights' },
  'english-notice.txt': { 3: 'title', 6: 'controller', 9: 'contactPerson', 12: 'purposes', 15: 'dataCategories', 18: 'sources', 21: 'regularDisclosures', 24: 'transfersText', 27: 'retention', 30: 'security', 33: 'automatedDecisions', 36: 'rights' },
  'markdown-several-registers.txt': { 5: 'title', 7: 'controller', 13: 'purposes', 17: 'dataCategories', 21: 'sources', 24: 'retention', 27: 'regularDisclosures', 30: 'security', 33: 'title', 35: 'controller', 41: 'purposes', 44: 'dataCategories', 47: 'retention', 50: 'security' },
};

it('has an expectation for every fixture', () => {
  expect(readdirSync(FIXTURES).filter((file) => file.endsWith('.txt')).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(Object.keys(SECTIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
});

/** Per fixture, the sections under a recognisable heading that landed in the field an editor would choose. */
const landed: Record<string, { landed: number; sections: number; astray: string[] }> = {};

afterAll(() => {
  const rows = Object.entries(landed).map(([file, { landed: n, sections, astray }]) => `${file}: ${n}/${sections}${astray.length ? ` (astray: ${astray.join(', ')})` : ''}`);
  const total = Object.values(landed).reduce((sum, { landed: n, sections }) => [sum[0] + n, sum[1] + sections], [0, 0]);
  process.stdout.write(`Sections landed in their structured field:\n  ${rows.join('\n  ')}\n  all: ${total[0]}/${total[1]}\n`);
});

describe.each(Object.keys(EXPECTED))('importing %s', (file) => {
  const expected = EXPECTED[file];
  let imported: Imported;
  beforeAll(async () => {
    imported = await importFile(file);
  });

  it('creates one draft register per register in the notice, none published', async () => {
    expect(imported.registers).toHaveLength(expected.length);
    expect(imported.registers.map((register) => register.title.fi)).toEqual(expected.map((register) => register.title));
    expect(new Set(imported.registers.map((register) => register.slug)).size).toBe(expected.length);
    for (const { documentId } of imported.registers) {
      const versions = await admin.get(`/privacy-notices/registers/${documentId}/versions`).expect(200);
      expect(versions.body.data).toEqual([]);
    }
  });

  it('fills the fields the notice has, with the controller, contact person and dates exactly', async () => {
    for (const [i, { documentId }] of imported.registers.entries()) {
      const register = await registerOf(documentId);
      expect(filledFields(register)).toEqual(expected[i].fields);
      const controller = register.controller && Object.fromEntries(Object.keys(OPTIFLUENCE).map((key) => [key, register.controller[key]]));
      expect(controller).toEqual(expected[i].controller);
      expect(register.contactPerson && { email: null, phone: null, address: null, ...register.contactPerson }).toEqual(expected[i].contactPerson);
      expect(register.legacyHistory).toEqual(expected[i].legacyHistory);
      expect(register.noticeKind).toBe(expected[i].noticeKind);
      const locale = localeOf(file);
      expect(register.purposes.map((purpose: { title: Record<string, string> }) => purpose.title[locale])).toEqual(expected[i].purposes);
      expect(register.dataCategories).toHaveLength(expected[i].dataCategories);
    }
  });

  it('proposes the answers the notice states, and none where it is silent', () => {
    const answers = imported.registers.map(({ proposedAnswers }) =>
      Object.fromEntries(Object.entries(proposedAnswers).map(([key, value]) => [key, (value as { answer: string }).answer])),
    );
    expect(answers).toEqual(expected.map((register) => register.answers));
  });

  it('puts the sections under a recognisable heading in their structured field', () => {
    const field = (line: number) => imported.lines.find((entry) => entry.line === line)?.field;
    const sections = Object.entries(SECTIONS[file]);
    const astray = sections.filter(([line, wanted]) => field(Number(line)) !== wanted).map(([line, wanted]) => `line ${line} → ${field(Number(line))}, not ${wanted}`);
    landed[file] = { landed: sections.length - astray.length, sections: sections.length, astray };
    expect(astray).toEqual([]);
  });

  it('records every non-empty input line once, for one of the registers', () => {
    const nonEmpty = read(file)
      .split(/\r\n|\r|\n/)
      .flatMap((line, i) => (line.trim() ? [i + 1] : []));
    expect(imported.lines.map((line) => line.line)).toEqual(nonEmpty);
    expect(new Set(imported.lines.map((line) => line.register))).toEqual(new Set(expected.map((_, i) => i)));
  });

  it('shows every input line in the rendered notice of its register', async () => {
    for (const [i, { documentId }] of imported.registers.entries()) {
      const snapshot = await currentSnapshot(strapi, documentId);
      const own = imported.lines.filter((line) => line.register === i);
      expect(missingLines(read(file), own, snapshot, localeOf(file))).toEqual([]);
      // The check itself notices text that does not reach the notice.
      expect(missingLines(read(file), own, { ...snapshot, extraSections: [], rights: null }, localeOf(file))).not.toEqual([]);
    }
  });

  it('names exactly what the notice lacks once the editor accepts every proposal of the preview', async () => {
    const text = read(file);
    const locale = localeOf(file);
    const preview = await admin.post('/privacy-notices/import', { data: { text, locale, dryRun: true } });
    expect(preview.status).toBe(200);
    const planned: Preview['registers'] = preview.body.data.registers;
    // The editor accepts each suggested move and confirms each answer the notice states.
    const sections = planned.flatMap((register) => register.suggestedSections.flatMap((suggestion) => suggestion.sections));
    const answers = planned.map((register) => mapValues(register.proposedAnswers, (proposal) => proposal?.answer ?? null));
    const created = await admin.post('/privacy-notices/import', { data: { text, locale, sections, answers } });
    expect(created.status).toBe(201);
    for (const [i, { documentId }] of (created.body.data as Imported).registers.entries()) {
      const report = await checkOf(documentId);
      expect(missingItems(report).sort()).toEqual([...expected[i].lacks, ...(expected[i].untranslated ?? [])].sort());
    }
  });

  it('names the gaps of the notice in its completeness report, and the same score in the list', async () => {
    for (const [i, { documentId, completeness }] of imported.registers.entries()) {
      const report = await checkOf(documentId);
      expect(missingItems(report).sort()).toEqual([...expected[i].missing, ...(expected[i].untranslated ?? [])].sort());
      expect(completeness).toEqual(report.score);
    }
  });
});

describe('what the reports say in detail', () => {
  it('numbered-sections.txt: a controller with a name only, six purposes without a legal basis', async () => {
    const { registers, warnings } = await importFile('numbered-sections.txt');
    const report = await checkOf(registers[0].documentId);
    const item = (id: string) => report.items.find((entry: { id: string }) => entry.id === id);
    expect(item('controller').problems).toEqual([
      { code: 'controllerContact', params: {}, field: { scope: 'controller', name: 'email' }, message: "Give the controller's email, phone or postal address (street and city)." },
    ]);
    expect(item('purposes').problems).toEqual([{ code: 'noPurposes', params: {}, field: { scope: 'register', name: 'purposes' }, message: 'Add at least one purpose.' }]);
    expect(item('retention')).toMatchObject({ articles: ['13(2)(a)', '14(2)(a)'], label: 'Retention period', fields: [{ scope: 'register', name: 'retention' }] });
    // Rights and the complaint are derived; transfers and automated decisions wait for the organisation's answer.
    expect(['rights', 'complaint', 'transfers', 'automatedDecisions'].map((id) => item(id).status)).toEqual(['present', 'present', 'missing', 'missing']);
    expect(warnings.filter((warning) => warning.code === 'purposeNoBasis')).toHaveLength(6);
    // The data content lists two categories; the second's longest example stays in the section as written.
    const register = await registerOf(registers[0].documentId);
    expect(register.dataCategories.map((category: { name: { fi: string } }) => category.name.fi)).toEqual([
      'Rekisteröidyn perustiedot',
      'Asiakkuuteen ja muuhun asialliseen yhteyteen sekä palveluiden ja sisältöjen käyttämiseen liittyvät tiedot',
    ]);
    expect(register.dataCategories[1].examples.fi).toHaveLength(7);
    expect(register.purposes).toEqual([]);
  });

  it('three-registers-with-dates.txt: the three registers share one controller, reused on a second import', async () => {
    const optifluence = async () => (await admin.get('/privacy-notices/controllers?q=optifluence').expect(200)).body.data;
    // The notice was imported once above: that made exactly one controller for its three registers.
    const [existing] = await optifluence();
    expect(await optifluence()).toHaveLength(1);
    const { registers, warnings } = await importFile('three-registers-with-dates.txt');
    const controllers = await Promise.all(registers.map(async ({ documentId }) => (await registerOf(documentId)).controller.documentId));
    expect(controllers).toEqual([existing.documentId, existing.documentId, existing.documentId]);
    expect(await optifluence()).toHaveLength(1);
    // Named once for the three registers that use it.
    expect(warnings.filter((w) => w.code === 'controllerReused')).toEqual([{ code: 'controllerReused', params: { name: 'Optifluence Oy' }, register: 1 }]);
    // Each import of the notice gets addresses of its own, numbered after the ones taken.
    expect(registers.map((register) => register.slug.replace(/-\d+$/, ''))).toEqual([
      'optifluence-oyn-asiakasrekisteri-ja-markkinointirekisteri',
      'optifluence-oyn-sosiaalisen-median-tutkimuspalveluiden',
      'optifluence-oyn-sosiaalisen-median-tutkimuspalveluiden',
    ]);
    expect(registers.every((register) => /-\d+$/.test(register.slug))).toBe(true);
    expect(new Set(registers.map((register) => register.slug)).size).toBe(3);
  });

  it('publishes an imported register with its legacy laadittu date and päivitetty history', async () => {
    const { registers } = await importFile('three-registers-with-dates.txt');
    const [first] = registers;
    const published = await publish(admin, first.documentId, { changeSummary: { fi: 'Siirretty uuteen järjestelmään.' } });
    expect(published.status).toBe(201);
    const notice = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${first.slug}`).expect(200);
    expect(notice.body.data.createdOn).toBe('2018-05-24');
    expect(notice.body.data.history.map((entry: { version: number | null; updatedOn: string }) => [entry.version, entry.updatedOn])).toEqual([
      [1, published.body.data.updatedOn],
      [null, '2018-06-06'],
    ]);
  });
});
