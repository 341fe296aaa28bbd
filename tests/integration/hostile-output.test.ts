/**
 * Output that is safe wherever it is pasted. Editor text with markup in every field a notice has —
 * names, titles, purposes, recipients, change summaries, extra sections — travels as JSON with
 * `<`, `>` and `&` escaped (so JSON-LD can be inlined in a `<script>` element), as text in the
 * feeds, and as escaped text in Markdown; and an e-mail address is one, without quotes, angle
 * brackets or spaces.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import MarkdownIt from 'markdown-it';
import { DOMParser } from '@xmldom/xmldom';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, type AdminClient } from './helpers/admin';
import { controllerBody, create, publish, unique } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;
const api = () => request(strapi.server.httpServer);

/** Markup that runs script in a browser, breaks out of CDATA, or links to javascript:, marked by the field it is in. */
const hostile = (field: string) =>
  `${field} </script><script>alert("${field}")</script> <img src=x onerror=alert(1)> <svg/onload=alert(2)> ]]><x/> & [link](javascript:alert(3)) <!--`;
const tr = (field: string) => ({ fi: hostile(field), en: hostile(`${field}-en`) });

let slug: string;
let documentId: string;

beforeAll(async () => {
  strapi = await startStrapi();
  admin = await adminClient(strapi);
  const controller = await create(admin, 'controllers', {
    ...controllerBody({ name: hostile('controller.name'), streetAddress: hostile('controller.street'), city: hostile('controller.city') }),
    representative: tr('controller.representative'),
    dpo: { name: hostile('dpo.name'), email: 'dpo@esimerkki.example' },
  });
  const purpose = await create(admin, 'purposes', {
    title: tr('purpose.title'),
    description: tr('purpose.description'),
    legalBasis: 'legitimate-interests',
    legitimateInterest: tr('purpose.legitimateInterest'),
  });
  const category = await create(admin, 'data-categories', {
    name: tr('category.name'),
    description: tr('category.description'),
    examples: { fi: [hostile('category.example')] },
  });
  const recipient = await create(admin, 'recipients', {
    name: tr('recipient.name'),
    description: tr('recipient.description'),
    role: 'processor',
    country: 'US',
    transferSafeguard: 'standard-contractual-clauses',
    safeguardDetails: tr('recipient.safeguardDetails'),
  });
  slug = unique('hostile-output');
  const register = await create(admin, 'registers', {
    slug,
    title: tr('register.title'),
    controller: controller.documentId,
    purposes: [purpose.documentId],
    dataCategories: [category.documentId],
    recipients: [recipient.documentId],
    contactPerson: { name: hostile('contact.name'), address: hostile('contact.address'), email: 'matti@esimerkki.example' },
    ...Object.fromEntries(
      ['dataSubjects', 'sources', 'regularDisclosures', 'transfersText', 'retention', 'security', 'automatedDecisions', 'rights', 'statutoryRequirement', 'cookies'].map(
        (field) => [field, tr(field)],
      ),
    ),
    extraSections: [{ title: tr('extra.title'), body: tr('extra.body') }],
  });
  documentId = register.documentId;
  await publish(admin, documentId, { changeSummary: tr('changeSummary.1') }).expect(201);
  await admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention: tr('retention.2') } }).expect(200);
  await publish(admin, documentId, { changeSummary: tr('changeSummary.2'), material: true }).expect(201);
});
afterAll(() => stopStrapi(strapi));

/** A strict XML parser: any well-formedness error fails the test. */
function parseXml(text: string) {
  const fail = (message: string) => {
    throw new Error(`malformed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

describe('JSON and JSON-LD escape <, > and &', () => {
  const publicJson = () => [
    '/api/privacy-notices/notices',
    `/api/privacy-notices/notices/${slug}`,
    `/api/privacy-notices/notices/${slug}?locale=en`,
    `/api/privacy-notices/notices/${slug}?format=jsonld`,
    `/api/privacy-notices/notices/${slug}/versions`,
    `/api/privacy-notices/notices/${slug}/versions/1?format=jsonld&locale=en`,
    `/api/privacy-notices/notices/${slug}/diff?from=1&to=2`,
    `/api/privacy-notices/notices/${slug}/changelog?format=json`,
    '/api/privacy-notices/changelog?format=json',
  ];
  const adminJson = () => [
    '/privacy-notices/registers',
    `/privacy-notices/registers/${documentId}`,
    `/privacy-notices/registers/${documentId}/versions`,
    `/privacy-notices/registers/${documentId}/preview?format=json`,
    `/privacy-notices/registers/${documentId}/check`,
    `/privacy-notices/registers/${documentId}/diff`,
    '/privacy-notices/controllers',
    '/privacy-notices/purposes',
    '/privacy-notices/recipients',
  ];

  it('on every public and admin route, the data unchanged', async () => {
    const unsafe: string[] = [];
    for (const path of [...publicJson(), ...adminJson()]) {
      const response = path.startsWith('/api/') ? await api().get(path) : await admin.get(path);
      expect(response.status).toBe(200);
      if (/[<>&]/.test(response.text)) unsafe.push(`${path}: ${response.text.match(/.{0,40}[<>&].{0,40}/)![0]}`);
      // The escapes are JSON: the text reads back as the editor wrote it (the check report has none).
      if (!path.endsWith('/check')) expect(JSON.stringify(JSON.parse(response.text))).toContain('</script><script>alert(');
    }
    expect(unsafe).toEqual([]);
  });

  it('in GraphQL answers too', async () => {
    const response = await api()
      .post('/graphql')
      .send({ query: `{ privacyNotice(slug: ${JSON.stringify(slug)}) { changeSummary notice { title purposes { title description } extraSections { title body } } } }` })
      .expect(200);
    expect(response.text).not.toMatch(/[<>&]/);
    expect(response.body.data.privacyNotice.notice.title).toBe(hostile('register.title'));
    expect(response.body.data.privacyNotice.changeSummary).toBe(hostile('changeSummary.2'));
  });

  it('so that JSON-LD inlined in a <script> element stays one element', async () => {
    const response = await api().get(`/api/privacy-notices/notices/${slug}?format=jsonld`).expect(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const page = `<script type="application/ld+json">${response.text}</script>`;
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<(img|svg|script)\b(?![^>]*ld\+json)/i);
  });

  it('in error bodies too, and in the answers of writes', async () => {
    const refused = await admin.post('/privacy-notices/purposes', { data: { title: { fi: '<b>x</b>', '<i>': 'y' }, legalBasis: 'contract' } });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toMatch(/[<>&]/);
    const notFound = await api().get('/api/privacy-notices/notices/a&b');
    expect(notFound.status).toBe(404);
    expect(notFound.text).not.toMatch(/[<>&]/);
    const created = await admin.post('/privacy-notices/purposes', { data: { title: { fi: '<b>x</b> & y' }, legalBasis: 'contract' } });
    expect(created.status).toBe(201);
    expect(created.text).not.toMatch(/[<>&]/);
    expect(created.body.data.title).toEqual({ fi: '<b>x</b> & y' });
  });
});

describe('feeds carry editor text as text', () => {
  const FEEDS = () => [`/api/privacy-notices/notices/${slug}/changelog`, '/api/privacy-notices/changelog'];
  const ATOM_ELEMENTS = new Set(['feed', 'id', 'title', 'updated', 'link', 'entry', 'summary', 'author', 'name', 'published', 'subtitle', 'category']);

  it.each([0, 1])('Atom: titles and summaries are type="text", holding the text as written (feed %s)', async (which) => {
    const response = await api().get(`${FEEDS()[which]}?format=atom`).expect(200);
    const feed = parseXml(response.text).documentElement;
    const elements = Array.from(feed.getElementsByTagName('*')).map((element) => element.localName);
    expect(elements.filter((name) => !ATOM_ELEMENTS.has(name!))).toEqual([]);
    const entries = Array.from(feed.getElementsByTagName('entry')).filter((entry) => entry.getElementsByTagName('title')[0].textContent!.includes('register.title'));
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      const title = entry.getElementsByTagName('title')[0];
      const summary = entry.getElementsByTagName('summary')[0];
      expect(title.getAttribute('type') || 'text').toBe('text');
      expect(summary.getAttribute('type') || 'text').toBe('text');
      expect(title.textContent).toContain(hostile('register.title'));
      expect(summary.textContent).toMatch(/changeSummary\.\d <\/script><script>alert\(/);
    }
  });

  it.each([0, 1])('RSS: titles and descriptions are escaped HTML, showing the text as written (feed %s)', async (which) => {
    const response = await api().get(`${FEEDS()[which]}?format=rss`).expect(200);
    const channel = parseXml(response.text).getElementsByTagName('channel')[0];
    const elements = Array.from(channel.getElementsByTagName('*')).map((element) => element.localName);
    expect(elements.filter((name) => !['title', 'link', 'description', 'lastBuildDate', 'docs', 'item', 'guid', 'pubDate', 'author', 'language', 'atom:link', 'link', 'category'].includes(name!))).toEqual([]);
    const items = Array.from(channel.getElementsByTagName('item')).filter((item) => item.getElementsByTagName('title')[0].textContent!.includes('register.title'));
    expect(items).toHaveLength(2);
    for (const item of items) {
      for (const tag of ['title', 'description']) {
        // RSS readers read these as HTML: no markup may survive, the text is entity-escaped.
        const html = item.getElementsByTagName(tag)[0].textContent!;
        expect(html).not.toMatch(/[<>]/);
        expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(');
      }
    }
  });

  it.each([0, 1])('JSON Feed: content_text, no HTML (feed %s)', async (which) => {
    const response = await api().get(`${FEEDS()[which]}?format=json`).expect(200);
    expect(response.text).not.toMatch(/[<>&]/);
    const feed = JSON.parse(response.text);
    const items = feed.items.filter((item: { title: string }) => item.title.includes('register.title'));
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.content_html).toBeUndefined();
      expect(item.content_text).toMatch(/changeSummary\.\d <\/script><script>alert\(/);
      expect(item.title).toContain(hostile('register.title'));
    }
  });
});

describe('Markdown escapes HTML in editor text and keeps its Markdown', () => {
  // A site that renders Markdown with raw HTML allowed and every link scheme accepted.
  const permissive = new MarkdownIt({ html: true });
  permissive.validateLink = () => true;

  it.each([
    ['the public notice', () => api().get(`/api/privacy-notices/notices/${slug}?format=markdown`)],
    ['an older version in English', () => api().get(`/api/privacy-notices/notices/${slug}/versions/1?format=markdown&locale=en`)],
    ['the admin preview', () => admin.get(`/privacy-notices/registers/${documentId}/preview?format=markdown`)],
  ])('%s', async (_label, get) => {
    const response = await get();
    expect(response.status).toBe(200);
    const markdown = response.text;
    const tokens = permissive.parse(markdown, {});
    const html = permissive.render(markdown);
    const rawHtml = [...tokens, ...tokens.flatMap((token) => token.children ?? [])].filter((token) => token.type === 'html_block' || token.type === 'html_inline');
    expect(rawHtml.map((token) => token.content)).toEqual([]);
    expect(html).not.toMatch(/<(script|img|svg)\b/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // Every field's text is still there, to be read.
    for (const field of ['purpose.description', 'recipient.name', 'extra.title', 'extra.body', 'retention', 'controller.name']) {
      expect(html).toContain(field);
    }
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(');
  });

  it('keeps emphasis, lists, safe links, autolinks and code in editor text', async () => {
    const retention = {
      fi: [
        'Tiedot säilytetään **kaksi vuotta** ja _sitten_ poistetaan.',
        '',
        '- ensimmäinen',
        '- toinen <https://esimerkki.example/tietosuoja>',
        '',
        'Katso [ohje](https://esimerkki.example/ohje) tai kirjoita <tietosuoja@esimerkki.example>.',
        '',
        '```',
        '<div>koodi</div>',
        '```',
      ].join('\n'),
    };
    await admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention } }).expect(200);
    const response = await admin.get(`/privacy-notices/registers/${documentId}/preview?format=markdown`).expect(200);
    const html = permissive.render(response.text);
    expect(html).toContain('<strong>kaksi vuotta</strong>');
    expect(html).toContain('<em>sitten</em>');
    expect(html).toContain('<li>ensimmäinen</li>');
    expect(html).toContain('<a href="https://esimerkki.example/tietosuoja">https://esimerkki.example/tietosuoja</a>');
    expect(html).toContain('<a href="https://esimerkki.example/ohje">ohje</a>');
    expect(html).toContain('<a href="mailto:tietosuoja@esimerkki.example">tietosuoja@esimerkki.example</a>');
    // Code stays code; its `<` is written `&lt;` like everywhere else.
    expect(html).toContain('<pre><code>&amp;lt;div&gt;koodi&amp;lt;/div&gt;\n</code></pre>');
  });
});

describe('e-mail addresses are checked to the practical syntax', () => {
  const BAD = [
    '"</script><svg/onload=alert(1)>"@x.fi',
    '"matti"@esimerkki.fi',
    'matti meikäläinen@esimerkki.fi',
    '<matti@esimerkki.fi>',
    'matti@esimerkki.fi>',
    'Matti <matti@esimerkki.fi>',
    'matti@esimerkki',
    'matti@@esimerkki.fi',
    'matti@esimerkki..fi',
    '.matti@esimerkki.fi',
    'matti@[127.0.0.1]',
    'matti@esimerkki.fi\n',
    'matti(at)esimerkki.fi',
  ];
  const GOOD = ['tietosuoja@esimerkki.fi', 'matti.meikalainen+tietosuoja@esimerkki.fi', "o'brien@example.co.uk", 'dpo@ähtäri.fi', 'a_b-c@sub.esimerkki.fi'];

  it.each([
    ['the controller', (email: string) => admin.post('/privacy-notices/controllers', { data: controllerBody({ email }) }), ['email']],
    ['the DPO', (email: string) => admin.post('/privacy-notices/controllers', { data: controllerBody({ dpo: { name: 'Tietosuojavastaava', email } }) }), ['dpo', 'email']],
    [
      'the contact person',
      (email: string) => admin.post('/privacy-notices/registers', { data: { slug: unique('email'), title: { fi: 'Rekisteri' }, contactPerson: { name: 'Matti', email } } }),
      ['contactPerson', 'email'],
    ],
  ] as const)('of %s: a clear 400 naming the field, and the good ones accepted', async (_who, send, path) => {
    for (const email of BAD) {
      const response = await send(email);
      expect([email, response.status]).toEqual([email, 400]);
      expect(response.body.error.details.errors[0].path).toEqual(path);
      expect(response.body.error.details.errors[0].message).toMatch(/e-mail address/);
    }
    for (const email of GOOD) {
      const response = await send(email);
      expect([email, response.status]).toEqual([email, 201]);
    }
  });
});
