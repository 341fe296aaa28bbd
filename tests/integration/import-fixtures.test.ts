/**
 * Importing the real legacy notices in tests/fixtures/notices through POST /privacy-notices/import:
 * the registers found, their controller and dates, every input line in the rendered notice, and
 * what the completeness check says is missing from each.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
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
  registers: Array<{ documentId: string; slug: string; title: Record<string, string>; completeness: { present: number; required: number } }>;
  warnings: string[];
  lines: ImportLine[];
}

async function importFile(file: string): Promise<Imported> {
  const response = await admin.post('/privacy-notices/import', { data: { text: read(file), locale: 'fi' } });
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

/** What each fixture must give: read from the notices as an editor would. */
const EXPECTED: Record<string, Array<{ title: string; fields: string[]; controller: object | null; contactPerson: object | null; legacyHistory: object | null; missing: string[] }>> = {
  'numbered-sections.txt': [
    {
      title: 'twiitti.fi/ Sähköisten palvelujen asiakasrekisteri',
      fields: ['cookies', 'regularDisclosures', 'rights', 'security', 'sources'],
      controller: { name: 'Twiitti.fi', businessId: null, streetAddress: null, postalCode: null, city: null, country: 'FI', email: null, phone: null, website: null },
      contactPerson: { name: 'Markus Mäkelä', email: 'toimisto@twiitti.fi', phone: '040 6311231', address: null },
      legacyHistory: null,
      // Only a name for the controller, no legal basis anywhere, no retention period, nothing on
      // whether the data must be given.
      missing: ['controller', 'purposes', 'retention', 'statutoryRequirement'],
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
      // No controller at all; consent and contract are named in prose but tied to no purpose.
      missing: ['controller', 'purposes', 'statutoryRequirement'],
    },
  ],
  'three-registers-with-dates.txt': [
    {
      title: 'Optifluence Oy:n asiakasrekisteri ja markkinointirekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06'] },
      // Its retention sentence sits in the data-content text, not in a retention section.
      missing: ['purposes', 'retention', 'statutoryRequirement', 'dataCategories'],
    },
    {
      title: 'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-10-04'] },
      missing: ['purposes', 'retention', 'statutoryRequirement', 'dataCategories'],
    },
    {
      // The notice repeats the second register's name for the survey register.
      title: 'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
      fields: ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
      controller: OPTIFLUENCE,
      contactPerson: { name: 'Petro Poutanen', email: null, phone: null, address: null },
      legacyHistory: { createdOn: '2018-05-24', updates: ['2018-10-04'] },
      missing: ['purposes', 'retention', 'statutoryRequirement', 'dataCategories'],
    },
  ],
};

it('has an expectation for every fixture', () => {
  expect(readdirSync(FIXTURES).filter((file) => file.endsWith('.txt')).sort()).toEqual(Object.keys(EXPECTED).sort());
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
      expect(register.noticeKind).toBe('both');
    }
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
      expect(missingLines(read(file), own, snapshot)).toEqual([]);
      // The check itself notices text that does not reach the notice.
      expect(missingLines(read(file), own, { ...snapshot, extraSections: [], rights: null })).not.toEqual([]);
    }
  });

  it('names the gaps of the notice in its completeness report, and the same score in the list', async () => {
    for (const [i, { documentId, completeness }] of imported.registers.entries()) {
      const report = await checkOf(documentId);
      expect(missingItems(report)).toEqual(expected[i].missing);
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
      { field: 'controller.email', message: "Give the controller's email, phone or postal address (street and city)." },
    ]);
    expect(item('purposes').problems).toEqual([{ field: 'purposes', message: 'Add at least one purpose.' }]);
    expect(item('retention')).toMatchObject({ article: '13(2)(a), 14(2)(a)', label: 'Retention period', fields: ['retention'] });
    // Rights, complaint and automated decisions are rendered from standard texts or the notice's own.
    expect(['rights', 'complaint', 'automatedDecisions'].map((id) => item(id).status)).toEqual(['present', 'present', 'present']);
    expect(warnings.filter((warning) => /^Purpose ".*" was not created: the notice names no legal basis/.test(warning))).toHaveLength(6);
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
    expect(warnings).toContain('Register 1: The controller "Optifluence Oy" already exists and is used as it is; check its details.');
    expect(registers.map((register) => register.slug)).toEqual([
      'optifluence-oyn-asiakasrekisteri-ja-markkinointirekisteri-2',
      'optifluence-oyn-sosiaalisen-median-tutkimuspalveluiden-3',
      'optifluence-oyn-sosiaalisen-median-tutkimuspalveluiden-4',
    ]);
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
