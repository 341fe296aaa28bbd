/**
 * POST /privacy-notices/import as an API: the dry run, the editor's choice of legal bases, a .docx
 * upload, another language, and refusals (400, never 500) and permissions.
 */
import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';

const FIXTURES = path.resolve(__dirname, '../fixtures/notices');
const NUMBERED = readFileSync(path.join(FIXTURES, 'numbered-sections.txt'), 'utf8');

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

const importText = (data: object) => admin.post('/privacy-notices/import', { data });
const registerCount = async () => (await admin.get('/privacy-notices/registers?pageSize=100').expect(200)).body.meta.pagination.total;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document: one paragraph per string. */
async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

const upload = (file: Buffer, name: string, data?: object) => {
  const test = request(strapi.server.httpServer).post('/privacy-notices/import').set('Authorization', `Bearer ${admin.token}`);
  if (data) test.field('data', JSON.stringify(data));
  return test.attach('file', file, name);
};

const NOTICE_PARAGRAPHS = [
  'Rekisterin nimi',
  'Kuusikko Design Oy:n asiakasrekisteri',
  'Rekisterinpitäjä',
  'Kuusikko Design Oy',
  'Y-tunnus: 0737546-2',
  'Mannerheimintie 1, 00100 Helsinki',
  'tietosuoja@kuusikko.example',
  'Henkilötietojen säilytysaika',
  'Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä.',
  'Laadittu 1.2.2019. Päivitetty 3.4.2020.',
];

describe('dry run', () => {
  it('shows what would be created and where each line went, and creates nothing', async () => {
    const before = await registerCount();
    const response = await importText({ text: NUMBERED, locale: 'fi', dryRun: true });
    expect(response.status).toBe(200);
    expect(await registerCount()).toBe(before);
    const { registers, lines, text } = response.body.data;
    expect(text).toBe(NUMBERED);
    expect(registers).toHaveLength(1);
    expect(registers[0]).toMatchObject({
      title: { fi: 'twiitti.fi/ Sähköisten palvelujen asiakasrekisteri' },
      slug: 'twiitti-fi-sahkoisten-palvelujen-asiakasrekisteri',
      controller: { name: 'Twiitti.fi', existing: null },
    });
    expect(registers[0].purposes).toHaveLength(6);
    expect(registers[0].purposes.every((purpose: { legalBasis: null; create: boolean }) => purpose.legalBasis === null && !purpose.create)).toBe(true);
    const fieldOf = (line: number) => lines.find((entry: { line: number }) => entry.line === line);
    expect(fieldOf(7)).toMatchObject({ register: 0, field: 'controller', text: '1. Rekisterinpitäjä', markers: ['1. Rekisterinpitäjä'] });
    expect(fieldOf(15)).toMatchObject({ field: 'contactPerson', text: 'Puhelin: 040 6311231' });
    expect(fieldOf(28)).toMatchObject({ field: 'purposes', extraSection: 1 });
    expect(fieldOf(65)).toMatchObject({ field: 'security' });
    expect(registers[0].register.extraSections[1].title).toEqual({ fi: 'Henkilötietojen käsittelyn tarkoitus' });
  });
});

describe('legal bases', () => {
  it('creates the purposes the editor gave a basis, and says why the others were not', async () => {
    const response = await importText({
      text: NUMBERED,
      locale: 'fi',
      legalBases: [
        [
          { legalBasis: 'contract' },
          { legalBasis: 'legitimate-interests', legitimateInterest: 'Palvelujen kehittäminen' },
          { legalBasis: 'legitimate-interests' },
          null,
          { legalBasis: 'consent' },
        ],
      ],
    });
    expect(response.status).toBe(201);
    const register = (await admin.get(`/privacy-notices/registers/${response.body.data.registers[0].documentId}`).expect(200)).body.data;
    expect(register.purposes.map((purpose: { title: { fi: string }; legalBasis: string }) => [purpose.title.fi, purpose.legalBasis])).toEqual([
      ['Asiakkuuden tai muun asialliseen yhteyteen perustuvan suhteen hoitaminen ja hallinnointi', 'contract'],
      ['Analysointi ja tilastointi', 'legitimate-interests'],
      ['Mielipide- ja markkinatutkimukset', 'consent'],
    ]);
    expect(register.purposes[1].legitimateInterest).toEqual({ fi: 'Palvelujen kehittäminen' });
    const why = response.body.data.warnings.filter((warning: { code: string }) => /^purposeNo/.test(warning.code));
    expect(why.map((warning: { code: string; params: { title: string } }) => [warning.code, warning.params.title.slice(0, 40)])).toEqual([
      ['purposeNoInterest', 'Rekisterinpitäjän ja sen kanssa kulloink'],
      ['purposeNoBasis', 'Rekisterinpitäjän ja sen kanssa kulloink'],
      ['purposeNoBasis', 'Muut vastaavat käyttötarkoitukset, jotka'],
    ]);
    const check = (await admin.get(`/privacy-notices/registers/${register.documentId}/check`).expect(200)).body.data;
    const status = (id: string) => check.items.find((item: { id: string }) => item.id === id).status;
    expect([status('purposes'), status('legitimateInterests'), status('consentWithdrawal')]).toEqual(['present', 'present', 'present']);
  });

  it('refuses a basis that is not one of Art 6(1)', async () => {
    const response = await importText({ text: NUMBERED, locale: 'fi', legalBases: [[{ legalBasis: 'maybe' }]] });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['legalBases', '0', '0', 'legalBasis']);
  });
});

describe('.docx upload', () => {
  it('converts the document to text and imports it like pasted text', async () => {
    const response = await upload(await docx(NOTICE_PARAGRAPHS), 'seloste.docx', { locale: 'fi' });
    expect(response.status).toBe(201);
    const [created] = response.body.data.registers;
    expect(created).toMatchObject({ slug: 'kuusikko-design-oyn-asiakasrekisteri', title: { fi: 'Kuusikko Design Oy:n asiakasrekisteri' } });
    const register = (await admin.get(`/privacy-notices/registers/${created.documentId}`).expect(200)).body.data;
    expect(register.controller).toMatchObject({
      name: 'Kuusikko Design Oy',
      businessId: '0737546-2',
      streetAddress: 'Mannerheimintie 1',
      postalCode: '00100',
      city: 'Helsinki',
      email: 'tietosuoja@kuusikko.example',
    });
    expect(register.retention).toEqual({ fi: 'Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä.' });
    expect(register.legacyHistory).toEqual({ createdOn: '2019-02-01', updates: ['2020-04-03'] });
  });

  it('returns the converted text in a dry run, for the editor to review and then create', async () => {
    const response = await upload(await docx(NOTICE_PARAGRAPHS), 'seloste.docx', { dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body.data.text.split(/\n+/).filter(Boolean)).toEqual(NOTICE_PARAGRAPHS);
    expect(response.body.data.locale).toBe('fi');
  });

  it('refuses other files, a fake .docx, a broken one, and a text beside the file', async () => {
    // The message is for API clients; the code is what the admin says in the editor's language.
    const refusal = async (test: request.Test, message: RegExp, code?: string) => {
      const response = await test;
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      if (code) expect(response.body.error.details.errors[0]).toMatchObject({ path: ['file'], code });
    };
    await refusal(upload(Buffer.from('Rekisterin nimi\n\nAsiakasrekisteri'), 'seloste.txt'), /only Word documents/, 'import.file.notDocx');
    await refusal(upload(Buffer.from('Rekisterin nimi'), 'seloste.docx'), /not a \.docx document/, 'import.file.unreadable');
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await refusal(upload(broken, 'seloste.docx'), /could not be read as a \.docx/, 'import.file.unreadable');
    await refusal(upload(await docx(NOTICE_PARAGRAPHS), 'seloste.docx', { text: 'also this' }), /either a text or a file/);
    const noJson = request(strapi.server.httpServer).post('/privacy-notices/import').set('Authorization', `Bearer ${admin.token}`);
    await refusal(noJson.field('data', '{not json').attach('file', await docx(NOTICE_PARAGRAPHS), 'seloste.docx'), /data must be JSON/);
  });
});

describe('another language', () => {
  it('imports a Swedish notice into sv, its title also in the default language to translate', async () => {
    const text = 'Registrets namn\n\nKundregister\n\nLagringstid\n\nUppgifterna sparas i två år.\n';
    const response = await importText({ text, locale: 'sv' });
    expect(response.status).toBe(201);
    const register = (await admin.get(`/privacy-notices/registers/${response.body.data.registers[0].documentId}`).expect(200)).body.data;
    expect(register.title).toEqual({ sv: 'Kundregister', fi: 'Kundregister' });
    expect(register.retention).toEqual({ sv: 'Uppgifterna sparas i två år.' });
    expect(response.body.data.warnings).toContainEqual({ code: 'otherLanguage', params: { locale: 'sv', defaultLanguage: 'fi' } });
  });
});

describe('refusals and permissions', () => {
  it.each([
    ['no { data } wrapper', { text: 'x' }, 'data'],
    ['no text', { data: { locale: 'fi' } }, 'text'],
    ['an empty text', { data: { text: ' \n\t\n' } }, 'text'],
    ['a text of invisible characters only', { data: { text: '\u200b\n\u200b\u00a0' } }, 'text'],
    ['a text that is no string', { data: { text: 42 } }, 'text'],
    ['a language that is not configured', { data: { text: 'Rekisterin nimi\n\nX', locale: 'de' } }, 'locale'],
    ['an unknown field', { data: { text: 'Rekisterin nimi\n\nX', publish: true } }, 'publish'],
    ['a dry run flag that is no boolean', { data: { text: 'Rekisterin nimi\n\nX', dryRun: 'yes' } }, 'dryRun'],
    ['a text longer than any notice', { data: { text: 'a'.repeat(200_001) } }, 'text'],
    ['a section choice for an unknown section', { data: { text: 'Rekisterin nimi\n\nX', sections: [{ line: 1, target: 'hobbies' }] } }, 'sections'],
    ['a section choice without a line', { data: { text: 'Rekisterin nimi\n\nX', sections: [{ target: 'retention' }] } }, 'sections'],
    ['a notice kind that is not one', { data: { text: 'Rekisterin nimi\n\nX', noticeKinds: ['art99'] } }, 'noticeKinds'],
  ])('refuses %s with 400', async (_name, body, field) => {
    const before = await registerCount();
    const response = await admin.post('/privacy-notices/import', body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors[0].path[0]).toBe(field);
    // Every problem of the body itself carries a code for the admin (the { data } wrapper is the API's own).
    if (field !== 'data') expect(response.body.error.details.errors[0].code).toMatch(/^(validation|import)\./);
    expect(await registerCount()).toBe(before);
  });

  it('needs a login and the compose permission', async () => {
    const body = { data: { text: NUMBERED, dryRun: true } };
    await request(strapi.server.httpServer).post('/privacy-notices/import').send(body).expect(401);
    const reader = await adminClient(strapi, await roleWith(strapi, ['read']));
    await reader.post('/privacy-notices/import', body).expect(403);
    const composer = await adminClient(strapi, await roleWith(strapi, ['read', 'compose']));
    await composer.post('/privacy-notices/import', body).expect(200);
  });
});
