/**
 * The record of processing activities (GDPR Art 30(1)) in every format, for registers with several
 * versions, on dates before, between and after them: each entry is the published version in force
 * that day and names its version and record hash. The XLSX is read back with exceljs.
 */
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { controllerBody, create, dataCategoryBody, publish, purposeBody, recipientBody, unique } from './helpers/fixtures';
import fiTexts from '../../locales/record/fi.json';
import enTexts from '../../locales/record/en.json';
import svTexts from '../../locales/record/sv.json';
import { parseCsv } from './helpers/csv';
import adminFi from '../../locales/admin/fi.json';
import adminSv from '../../locales/admin/sv.json';
import adminEn from '../../locales/admin/en.json';

let strapi: Core.Strapi;
let admin: AdminClient;

const FORMULA = '=HYPERLINK("http://evil.example","klikkaa")';
const registers: Record<string, { documentId: string; slug: string; title: string }> = {};
/** Record hash of each published version, from the public versions list. */
const hashes = new Map<string, string>();

async function register(key: string, title: string, data: object) {
  const created = await create(admin, 'registers', { slug: unique(key), title: { fi: title, en: `${title} (en)` }, ...data });
  registers[key] = { documentId: created.documentId, slug: created.slug as string, title };
}

async function publishAs(key: string, update: object, dates: object) {
  const { documentId } = registers[key];
  if (Object.keys(update).length) await admin.put(`/privacy-notices/registers/${documentId}`, { data: update }).expect(200);
  await publish(admin, documentId, dates).expect(201);
}

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const controller = await create(admin, 'controllers', controllerBody({ name: 'Äänekosken Öljy Oy', dpo: { name: 'Åsa Ström', email: 'dpo@oljy.example' } }));
  const purpose = await create(admin, 'purposes', purposeBody());
  const marketing = await create(admin, 'purposes', purposeBody({ title: { fi: 'Suoramarkkinointi' }, legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Asiakassuhde' } }));
  const category = await create(admin, 'data-categories', dataCategoryBody());
  const health = await create(admin, 'data-categories', dataCategoryBody({ name: { fi: 'Terveystiedot' }, special: 'art9' }));
  const local = await create(admin, 'recipients', recipientBody());
  const abroad = await create(
    admin,
    'recipients',
    recipientBody({ name: { fi: 'Pilvipalvelu Inc.' }, country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: { fi: 'Vakiolausekkeet 2021/914, liite II.' } }),
  );
  const partner = await create(admin, 'recipients', recipientBody({ name: { fi: 'Yhteistyökumppani Oy' }, role: 'joint-controller' }));

  await register('asiakkaat', 'Asiakasrekisteri', {
    controller: controller.documentId,
    purposes: [purpose.documentId],
    dataCategories: [category.documentId],
    recipients: [local.documentId],
    dataSubjects: { fi: 'Asiakkaat ja heidän yhteyshenkilönsä' },
    retention: { fi: 'Asiakkuuden ajan ja kaksi vuotta sen jälkeen.' },
  });
  await publishAs('asiakkaat', {}, { effectiveFrom: '2020-01-01T10:00:00Z', updatedOn: '2020-01-01' });
  await publishAs(
    'asiakkaat',
    { security: { fi: 'Tiedot salataan; pääsy vain työtehtävien vuoksi.' }, purposes: [purpose.documentId, marketing.documentId], recipients: [local.documentId, abroad.documentId] },
    { effectiveFrom: '2022-06-15T09:00:00Z', updatedOn: '2022-06-15' },
  );
  await publishAs('asiakkaat', { retention: { fi: 'Asiakkuuden ajan.' } }, { effectiveFrom: '2099-01-01T00:00:00Z' });

  await register('potilaat', 'Potilasrekisteri', {
    controller: controller.documentId,
    purposes: [purpose.documentId],
    dataCategories: [health.documentId, category.documentId],
    recipients: [partner.documentId],
    retention: { fi: FORMULA },
    security: { fi: '<script>alert(1)</script> lukitut tilat' },
  });
  await publishAs('potilaat', {}, { effectiveFrom: '2023-06-01T08:00:00Z', updatedOn: '2023-06-01' });

  // Never published: never in the record.
  await register('luonnos', 'Luonnos', { controller: controller.documentId });

  for (const { slug, documentId } of Object.values(registers).filter((r) => r.title !== 'Luonnos')) {
    const versions = (await admin.get(`/privacy-notices/registers/${documentId}/versions`).expect(200)).body.data as { version: number; recordHash: string }[];
    for (const v of versions) hashes.set(`${slug}#${v.version}`, v.recordHash);
  }
});
afterAll(() => stopStrapi(strapi));

const record = (query: string) => admin.get(`/privacy-notices/record-of-processing?${query}`);

/** Which register's version the record holds on each date. */
const DATES: [string, [string, number][]][] = [
  ['2019-06-01', []],
  ['2020-01-01', [['asiakkaat', 1]]],
  ['2021-03-01', [['asiakkaat', 1]]],
  ['2023-01-01', [['asiakkaat', 2]]],
  ['2024-01-01', [['asiakkaat', 2], ['potilaat', 1]]],
  ['2099-06-01', [['asiakkaat', 3], ['potilaat', 1]]],
];

describe('JSON', () => {
  it.each(DATES)('on %s holds the versions then in force, each with its version and record hash', async (date, expected) => {
    const { data } = (await record(`format=json&at=${date}&locale=fi`).expect(200)).body;
    expect(data.at).toBe(date);
    expect(data.entries.map((e: { slug: string; version: number; recordHash: string }) => [e.slug, e.version, e.recordHash])).toEqual(
      expected.map(([key, version]) => [registers[key].slug, version, hashes.get(`${registers[key].slug}#${version}`)]),
    );
  });

  it('gives the Art 30(1)(a)–(g) items of a version from its snapshot', async () => {
    const { entries } = (await record('at=2024-01-01&locale=fi').expect(200)).body.data;
    const [customers, patients] = entries;
    expect(customers.controller).toContain('Äänekosken Öljy Oy');
    expect(customers.controller).toContain('0737546-2');
    expect(customers.dpo).toBe('Åsa Ström, dpo@oljy.example');
    expect(customers.purposes.map((p: { title: string }) => p.title)).toEqual(['Asiakassuhteen hoitaminen', 'Suoramarkkinointi']);
    expect(customers.purposes[1].legitimateInterest).toBe('Asiakassuhde');
    expect(customers.dataSubjects).toBe('Asiakkaat ja heidän yhteyshenkilönsä');
    expect(customers.transfers).toEqual([
      { recipient: 'Pilvipalvelu Inc.', country: 'Yhdysvallat', safeguard: adminFi['transferSafeguard.standard-contractual-clauses'], art49Derogation: null, safeguardDetails: 'Vakiolausekkeet 2021/914, liite II.' },
    ]);
    expect(customers.recipients.find((r: { name: string }) => r.name === 'Pilvipalvelu Inc.')).toMatchObject({ outsideEea: true });
    expect(customers.security).toBe('Tiedot salataan; pääsy vain työtehtävien vuoksi.');
    expect(patients.jointControllers).toEqual(['Yhteistyökumppani Oy, Suomi']);
    expect(patients.dataCategories.map((c: { name: string }) => c.name)).toEqual(['Terveystiedot', 'Yhteystiedot']);
    expect(patients.transfers).toEqual([]);
    // An earlier date: the earlier version's items.
    const [before] = (await record('at=2021-03-01').expect(200)).body.data.entries;
    expect(before.security).toBeNull();
    expect(before.transfers).toEqual([]);
  });

  it('defaults to today', async () => {
    const { data } = (await record('').expect(200)).body;
    expect(data.entries.map((e: { version: number }) => e.version)).toEqual([2, 1]);
  });
});

describe('CSV', () => {
  it.each(DATES)('on %s: RFC 4180 with a BOM, a header row and one row per register', async (date, expected) => {
    const response = await record(`format=csv&at=${date}&locale=fi`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="record-of-processing-${date}.csv"`);
    const text = response.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0].slice(0, 5)).toEqual([fiTexts['column.register'], fiTexts['column.slug'], fiTexts['column.version'], fiTexts['column.effectiveFrom'], fiTexts['column.recordHash']]);
    expect(rows.slice(1).map((row) => [row[1], Number(row[2]), row[4]])).toEqual(
      expected.map(([key, version]) => [registers[key].slug, version, hashes.get(`${registers[key].slug}#${version}`)]),
    );
  });

  it('keeps Finnish characters, and a cell starting with = stays text', async () => {
    const response = await record('format=csv&at=2024-01-01&locale=fi').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    const text = response.body as string;
    expect(text).toContain('Äänekosken Öljy Oy');
    expect(text).toContain('Åsa Ström');
    const rows = parseCsv(text.slice(1));
    const patients = rows.find((row) => row[1] === registers.potilaat.slug)!;
    expect(patients[rows[0].indexOf(fiTexts['column.retention'])]).toBe(`'${FORMULA}`);
  });
});

describe('XLSX', () => {
  async function workbook(query: string) {
    const response = await record(`format=xlsx&${query}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    return book;
  }
  const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));

  it.each(DATES)('on %s: a register sheet with a row per register, read back with exceljs', async (date, expected) => {
    const book = await workbook(`at=${date}&locale=fi`);
    const [registersSheet] = book.worksheets;
    expect(registersSheet.name).toBe(fiTexts['sheet.registers']);
    const rows = values(registersSheet);
    expect(rows[0][0]).toBe(fiTexts['column.register']);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[4]])).toEqual(
      expected.map(([key, version]) => [registers[key].slug, version, hashes.get(`${registers[key].slug}#${version}`)]),
    );
  });

  it.each([
    ['fi', fiTexts, adminFi],
    ['sv', svTexts, adminSv],
    ['en', enTexts, adminEn],
  ])('has the header row and the sheet names in the admin language %s, and a sheet per item list', async (locale, texts, labels) => {
    const book = await workbook(`at=2024-01-01&locale=${locale}`);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
      [texts['sheet.registers'], texts['sheet.purposes'], texts['sheet.dataCategories'], texts['sheet.recipients'], texts['sheet.transfers']].map((name) => name.slice(0, 31)),
    );
    expect(values(book.worksheets[0])[0]).toContain(texts['column.security']);
    const purposes = values(book.worksheets[1]);
    expect(purposes[0]).toEqual([texts['column.register'], texts['column.version'], texts['column.purpose'], texts['column.legalBasis'], texts['column.legitimateInterest'], texts['column.description']]);
    // Customers' version 2 has two purposes, patients' version 1 one; a text lacking in English is given in Finnish.
    const title = (fi: string) => (locale === 'en' ? `${fi} (en)` : fi);
    const customerPurpose = locale === 'en' ? 'Customer relationship' : 'Asiakassuhteen hoitaminen';
    expect(purposes.slice(1).map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      [title('Asiakasrekisteri'), 2, customerPurpose, labels['legalBasis.contract']],
      [title('Asiakasrekisteri'), 2, 'Suoramarkkinointi', labels['legalBasis.legitimate-interests']],
      [title('Potilasrekisteri'), 1, customerPurpose, labels['legalBasis.contract']],
    ]);
    const transfers = values(book.worksheets[4]);
    expect(transfers.slice(1)).toEqual([
      [title('Asiakasrekisteri'), 2, 'Pilvipalvelu Inc.', expect.any(String), labels['transferSafeguard.standard-contractual-clauses'], 'Vakiolausekkeet 2021/914, liite II.'],
    ]);
  });

  it('writes a text starting with = as text, not as a formula', async () => {
    const book = await workbook('at=2024-01-01&locale=fi');
    const sheet = book.worksheets[0];
    const header = values(sheet)[0];
    const row = sheet.getRow(3);
    const cell = row.getCell(header.indexOf(fiTexts['column.retention']) + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(FORMULA);
  });
});

describe('HTML', () => {
  it.each(DATES)('on %s: a printable page with a section per register naming its version and hash', async (date, expected) => {
    const response = await record(`format=html&at=${date}&locale=sv`).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain(`<h1>${svTexts.title}</h1>`);
    expect(response.text).toContain('@media print');
    expect((response.text.match(/<section /g) ?? []).length).toBe(expected.length);
    for (const [key, version] of expected) expect(response.text).toContain(`<code>${hashes.get(`${registers[key].slug}#${version}`)}</code>`);
  });

  it('escapes the texts', async () => {
    const response = await record('format=html&at=2024-01-01').expect(200);
    expect(response.text).not.toContain('<script>alert(1)</script>');
    expect(response.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; lukitut tilat');
  });
});

describe('a controller established outside the EU/EEA, with a transfer on an Art 49(1) derogation', () => {
  const AT = '2099-12-31';
  let documentId: string;
  let controllerId: string;
  let partnerId: string;
  let slug: string;
  const entryOf = async (locale: string) =>
    ((await record(`format=json&at=${AT}&locale=${locale}`).expect(200)).body.data.entries as { slug: string; representative: string | null; jointControllers: string[]; transfers: object[] }[]).find(
      (e) => e.slug === slug,
    )!;
  const art30 = async () =>
    Object.fromEntries(((await admin.get(`/privacy-notices/registers/${documentId}/check?view=art30`).expect(200)).body.data.items as { id: string; status: string }[]).map((i) => [i.id, i.status]));

  beforeAll(async () => {
    const controller = await create(admin, 'controllers', controllerBody({ name: 'Overseas Corp.', country: 'US', city: 'Boston', postalCode: '02110' }));
    controllerId = controller.documentId;
    const travel = await create(admin, 'recipients', recipientBody({ name: { fi: 'Matkatoimisto Ltd', en: 'Travel Agency Ltd' }, role: 'controller', country: 'IN', transferSafeguard: 'derogation-art49', art49Derogation: 'b' }));
    const partner = await create(admin, 'recipients', recipientBody({ name: { fi: 'Matkakumppani Oy' }, role: 'joint-controller' }));
    partnerId = partner.documentId;
    const created = await create(admin, 'registers', {
      slug: unique('matkat'),
      title: { fi: 'Matkavaraukset' },
      controller: controllerId,
      recipients: [travel.documentId, partnerId],
      dataSubjects: { fi: 'Matkustajat' },
      retention: { fi: 'Vuosi.' },
      security: { fi: 'Salaus.' },
    });
    documentId = created.documentId;
    slug = created.slug as string;
    await publish(admin, documentId, { effectiveFrom: '2099-07-01T00:00:00Z' }).expect(201);
  });

  it("reports the missing Art 27 representative and joint controller's contact, and no missing documentation for a transfer on a derogation", async () => {
    const gaps = (await admin.get('/privacy-notices/record-of-processing/gaps').expect(200)).body.data as { documentId: string; items: { id: string; status: string; article: string }[] }[];
    const items = gaps.find((g) => g.documentId === documentId)!.items;
    expect(items.find((i) => i.id === 'representative')).toEqual({ id: 'representative', article: '30(1)(a)', status: 'missing' });
    expect(items.find((i) => i.id === 'jointControllers')).toEqual({ id: 'jointControllers', article: '30(1)(a)', status: 'missing' });
    expect(items.find((i) => i.id === 'transfers')!.status).toBe('present');
    // A controller in Finland needs none.
    const finnish = gaps.find((g) => g.documentId === registers.asiakkaat.documentId)!.items;
    expect(finnish.find((i) => i.id === 'representative')!.status).toBe('not-applicable');
  });

  it('labels the transfer by its derogation in JSON, CSV, XLSX and HTML', async () => {
    expect((await entryOf('en')).transfers).toEqual([
      { recipient: 'Travel Agency Ltd', country: 'India', safeguard: adminEn['transferSafeguard.derogation-art49'], art49Derogation: adminEn['art49Derogation.b'], safeguardDetails: null },
    ]);
    const csv = await record(`format=csv&at=${AT}&locale=fi`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    const rows = parseCsv((csv.body as string).slice(1));
    expect(rows.find((row) => row[1] === slug)![rows[0].indexOf(fiTexts['column.transfers'])]).toBe(`Matkatoimisto Ltd (Intia): ${adminFi['art49Derogation.b']}`);
    const xlsx = await record(`format=xlsx&at=${AT}&locale=sv`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const transfers = book.worksheets[4].getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(transfers.find((row) => row[2] === 'Matkatoimisto Ltd')![4]).toBe(adminSv['art49Derogation.b']);
    const html = (await record(`format=html&at=${AT}&locale=en`).expect(200)).text;
    expect(html).toContain(`Travel Agency Ltd (India): ${adminEn['art49Derogation.b'].replace(/'/g, '&#39;')}`);
  });

  it("shows the representative and the joint controller's contact once they are set, and no longer reports them", async () => {
    expect((await entryOf('fi')).representative).toBeNull();
    expect((await entryOf('fi')).jointControllers).toEqual(['Matkakumppani Oy, Suomi']);
    await admin.put(`/privacy-notices/controllers/${controllerId}`, { data: { representative: { fi: 'Edustaja Oy, Helsinki, edustaja@example.fi' } } }).expect(200);
    const saved = await admin
      .put(`/privacy-notices/recipients/${partnerId}`, { data: recipientBody({ name: { fi: 'Matkakumppani Oy' }, role: 'joint-controller', contact: 'Satamakatu 2, Turku, tietosuoja@kumppani.example' }) })
      .expect(200);
    expect(saved.body.data.contact).toBe('Satamakatu 2, Turku, tietosuoja@kumppani.example');
    expect(await art30()).toMatchObject({ representative: 'present', jointControllers: 'present' });
    await publish(admin, documentId, { effectiveFrom: '2099-08-01T00:00:00Z' }).expect(201);
    expect((await entryOf('fi')).representative).toBe('Edustaja Oy, Helsinki, edustaja@example.fi');
    expect((await entryOf('fi')).jointControllers).toEqual(['Matkakumppani Oy, Suomi, Satamakatu 2, Turku, tietosuoja@kumppani.example']);
    const html = (await record(`format=html&at=${AT}&locale=fi`).expect(200)).text;
    expect(html).toContain('Edustaja Oy, Helsinki, edustaja@example.fi');
    // The notice names the joint controller with its contact details.
    const notice = await admin.get(`/privacy-notices/registers/${documentId}/preview?format=markdown&locale=fi`);
    expect(notice.status).toBe(200);
    expect(notice.text).toContain('**Yhteystiedot:** Satamakatu 2, Turku, tietosuoja@kumppani.example');
    // The record on a date before the representative was published still says none.
    const before = (await record('format=json&at=2099-07-15&locale=fi').expect(200)).body.data.entries.find((e: { slug: string }) => e.slug === slug);
    expect(before.representative).toBeNull();
  });
});

describe('requests', () => {
  it.each([
    ['at=2024-13-01', 'at'],
    ['at=yesterday', 'at'],
    ['at=2024-01-01T00:00:00Z', 'at'],
    ['format=pdf', 'format'],
  ])('refuses %s with a 400 naming %s', async (query, path) => {
    const response = await record(query).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual([path]);
  });
});
