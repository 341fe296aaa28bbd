/**
 * Hostile files and oversized input: a .docx upload is checked before it is parsed (zip bombs
 * with honest and with lying headers, too many parts, too much markup), within a time limit and
 * without the process's memory growing, and no error anywhere echoes more than a short piece of
 * what was sent.
 */
import { randomBytes } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister } from './helpers/fixtures';
import { docx, docxParts, largeDocumentXml, withDeclaredSize, zip, type Part } from './helpers/docx';

const MB = 1024 * 1024;

let strapi: Core.Strapi;
let admin: AdminClient;
let editor: AdminClient;

beforeAll(async () => {
  strapi = await startStrapi();
  admin = await adminClient(strapi);
  // The reporter used a role with Read and Compose, as an editor who imports has.
  editor = await adminClient(strapi, await roleWith(strapi, ['read', 'compose']));
});
afterAll(() => stopStrapi(strapi));

const NOTICE = ['Rekisterin nimi', 'Asiakasrekisteri', 'Henkilötietojen säilytysaika', 'Tietoja säilytetään kaksi vuotta.'];

const upload = (file: Buffer, data: object = { dryRun: true }) =>
  request(strapi.server.httpServer)
    .post('/privacy-notices/import')
    .set('Authorization', `Bearer ${editor.token}`)
    .field('data', JSON.stringify(data))
    .attach('file', file, 'seloste.docx');

// A full garbage collection before each measurement: the garbage of the bombs built for the tests
// (hundreds of megabytes) must not be collected during the request measured, on its processor time.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * Runs a request while sampling the process's resident memory and its processor time; the server
 * runs in this process. Processor time, not the clock: a loaded machine stretches the clock.
 */
async function measured(send: () => Promise<request.Response>) {
  collectGarbage();
  const before = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 5);
  const cpuBefore = process.cpuUsage();
  try {
    const response = await send();
    sample();
    const grewBy = Math.max(peak - before, process.resourceUsage().maxRSS * 1024 - maxRssBefore);
    const cpu = process.cpuUsage(cpuBefore);
    return { response, cpuSeconds: (cpu.user + cpu.system) / 1e6, grewByMb: grewBy / MB };
  } finally {
    clearInterval(timer);
  }
}

/** Deflating 100 MB takes a moment: each size is built once. */
const built = new Map<number, Promise<Buffer>>();
const inflatingTo = (bytes: number) => {
  if (!built.has(bytes)) built.set(bytes, zip(docxParts(largeDocumentXml(bytes))));
  return built.get(bytes)!;
};

/** `bytes` zero bytes, like a large image that the import never reads. */
const zeros = (bytes: number): Part['content'] => Buffer.alloc(bytes);

describe('a .docx upload is checked before it is parsed', () => {
  it('still imports a well-formed document, with an embedded archive left alone', async () => {
    const nestedBomb = await inflatingTo(100 * MB);
    const document = await docx(NOTICE, [{ name: 'word/embeddings/package.zip', content: nestedBomb }]);
    const { response, cpuSeconds, grewByMb } = await measured(() => upload(document));
    expect(response.status).toBe(200);
    expect(response.body.data.text.split(/\n+/).filter(Boolean)).toEqual(NOTICE);
    expect(cpuSeconds).toBeLessThan(2);
    expect(grewByMb).toBeLessThan(100);
  });

  const bombs: Array<[string, () => Promise<Buffer>, number]> = [
    ['a word/document.xml that inflates to 100 MB (a 100 KB upload)', () => inflatingTo(100 * MB), 413],
    [
      'one that inflates to 200 MB while its directory declares 4 KB',
      async () => withDeclaredSize(await inflatingTo(200 * MB), 'word/document.xml', 4096),
      400,
    ],
    [
      'a lying header that declares just under the limit',
      async () => withDeclaredSize(await inflatingTo(200 * MB), 'word/document.xml', 2 * MB),
      400,
    ],
    [
      'parts that together inflate to 30 MB',
      () => zip(docxParts(largeDocumentXml(64 * 1024), [1, 2, 3].map((n) => ({ name: `word/media/image${n}.png`, content: zeros(10 * MB) })))),
      413,
    ],
    ['1,001 parts', () => zip(docxParts(largeDocumentXml(64 * 1024), Array.from({ length: 1001 - 3 }, (_, n) => ({ name: `p/${n}`, content: '' })))), 413],
    ['an 8 MB word/document.xml', () => zip(docxParts(largeDocumentXml(8 * MB))), 413],
  ];

  it.each(bombs)('answers %s within 2 s of processor time, the memory growing less than 100 MB', async (_label, build, status) => {
    const bomb = await build();
    const { response, cpuSeconds, grewByMb } = await measured(() => upload(bomb));
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ data: null, error: { status, name: expect.any(String), message: expect.any(String) } });
    expect(response.body.error.details.errors[0].path).toEqual(['file']);
    expect(response.text.length).toBeLessThan(1000);
    expect(cpuSeconds).toBeLessThan(2);
    expect(grewByMb).toBeLessThan(100);
  });

  it('refuses a file over 5 MB as too large (413)', async () => {
    const response = await upload(await zip(docxParts(largeDocumentXml(64 * 1024), [{ name: 'word/media/photo.jpg', content: randomBytes(6 * MB) }])));
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/5 MB/);
  });
});

describe('no error echoes more than 200 characters of what was sent', () => {
  const LONG = 'z'.repeat(5000);
  const echoes = (text: string) => text.includes('z'.repeat(201));

  it('not the text of an oversized import', async () => {
    const response = await admin.post('/privacy-notices/import', { data: { text: `Rekisterin nimi\n\n${'z'.repeat(250_000)}`, dryRun: true } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['text']);
    expect(echoes(response.text)).toBe(false);
    expect(response.text.length).toBeLessThan(2000);
  });

  it('not on any route: long values, long keys, long languages, long queries', async () => {
    const { register } = await composedRegister(admin);
    const cases: Array<[string, () => request.Test]> = [
      ['a long controller name', () => admin.post('/privacy-notices/controllers', { data: { name: LONG } })],
      ['a long controller email', () => admin.post('/privacy-notices/controllers', { data: { name: 'Oy', email: `${LONG}@x.fi` } })],
      ['a long purpose title', () => admin.post('/privacy-notices/purposes', { data: { title: { fi: LONG }, legalBasis: 'contract' } })],
      ['a long unknown field', () => admin.post('/privacy-notices/purposes', { data: { [LONG]: 1, title: { fi: 'x' }, legalBasis: 'contract' } })],
      ['a long unknown language', () => admin.post('/privacy-notices/data-categories', { data: { name: { fi: 'x', [LONG]: 'x' } } })],
      ['a long choice', () => admin.post('/privacy-notices/recipients', { data: { name: { fi: 'x' }, role: LONG } })],
      ['a long slug', () => admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { slug: LONG } })],
      ['a long change summary', () => admin.post(`/privacy-notices/registers/${register.documentId}/publish`, { data: { changeSummary: { fi: 'z'.repeat(6000) }, acceptGaps: true } })],
      ['a long field beside data', () => admin.post('/privacy-notices/controllers', { data: { name: 'Oy' }, [LONG]: true })],
      ['a long search', () => admin.get(`/privacy-notices/controllers?q=${LONG}`)],
      ['a long query parameter', () => admin.get(`/privacy-notices/controllers?${LONG}=1`)],
      ['a long import option', () => admin.post('/privacy-notices/import', { data: { text: 'Rekisterin nimi\n\nx', locale: LONG } })],
      ['a long public slug', () => request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${LONG}`)],
      ['a long public locale', () => request(strapi.server.httpServer).get(`/api/privacy-notices/notices?locale=${LONG}`)],
      ['long invalid JSON', () => admin.post('/privacy-notices/controllers').set('Content-Type', 'application/json').send(`{"data": "${LONG}`)],
    ];
    const echoed = [];
    for (const [label, send] of cases) {
      const response = await send();
      if (response.status < 400 || response.status >= 500 || echoes(response.text)) echoed.push(`${label}: ${response.status} ${response.text.slice(0, 300)}`);
    }
    expect(echoed).toEqual([]);
  });
});
