/**
 * Delivery to websites (public API): the demo notice with three versions rendered as HTML,
 * Markdown and JSON-LD in fi, sv and en; the diff; the change-log feeds; caching; CORS; the
 * embed script.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import jsonld from 'jsonld';
import { DOMParser } from '@xmldom/xmldom';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { NOTICE_TEXTS } from '../../server/src/domain/render';

let strapi: Core.Strapi;
const api = () => request(strapi.server.httpServer);
const NOTICE = '/api/privacy-notices/notices/asiakasrekisteri';
const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

beforeAll(async () => {
  strapi = await startStrapi({ PLAYGROUND_DEMO_DATA: 'true' });
});
afterAll(() => stopStrapi(strapi));

/** A strict XML parser: any well-formedness error fails the test. */
function parseXml(text: string) {
  const fail = (message: string) => {
    throw new Error(`malformed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}
const textOf = (element: Element, tag: string) => element.getElementsByTagName(tag)[0]?.textContent ?? null;

describe('format=html', () => {
  it.each(['fi', 'sv', 'en'])('renders every required section, the dates and the history in %s', async (locale) => {
    const response = await api().get(`${NOTICE}?format=html&locale=${locale}`).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.text;
    const texts = NOTICE_TEXTS[locale];
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<html lang="${locale}">`);
    for (const section of ['controller', 'contact', 'register', 'purposes', 'dataContent', 'sources', 'recipients', 'transfers', 'retention', 'security', 'automatedDecisions', 'statutoryRequirement', 'rights'] as const) {
      expect(html).toMatch(new RegExp(`<h2>\\d+\\. ${texts.sections[section].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
    }
    // Laadittu 24.5.2018, päivitetty 15.9.2024, in the language's own date format.
    const dates = { fi: ['24.5.2018', '15.9.2024'], sv: ['24.5.2018', '15.9.2024'], en: ['24 May 2018', '15 September 2024'] }[locale]!;
    for (const date of dates) expect(html).toContain(date);
    expect(html).toContain(`<h2>${texts.history.heading}</h2>`);
    const historyRows = html.slice(html.indexOf('id="notice-history"')).match(/<tr>\s*<td>\d<\/td>/g) ?? [];
    expect(historyRows).toHaveLength(3);
  });

  it('returns only the sanitised <article> with fragment=true', async () => {
    const response = await api().get(`${NOTICE}?format=html&fragment=true&locale=en`).expect(200);
    expect(response.text).toMatch(/^<article class="privacy-notice" lang="en">/);
    expect(response.text).not.toContain('<html');
    expect(response.text).not.toContain('<style');
  });

  it('serves an older version with the history up to it', async () => {
    const response = await api().get(`${NOTICE}/versions/2?format=html&locale=fi`).expect(200);
    const history = response.text.slice(response.text.indexOf('id="notice-history"'));
    expect(history.match(/<tr>\s*<td>\d<\/td>/g)).toHaveLength(2);
    expect(response.text).toContain('Päivitetty 6.6.2018');
  });
});

describe('format=markdown', () => {
  it('is the same notice as Markdown', async () => {
    const response = await api().get(`${NOTICE}?format=markdown&locale=sv`).expect(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.text).toMatch(/^# Register- och dataskyddsbeskrivning: Kundregister\n/);
    expect(response.text).toContain(`## 1. ${NOTICE_TEXTS.sv.sections.controller}`);
    expect(response.text).toContain(`## ${NOTICE_TEXTS.sv.history.heading}`);
  });
});

describe('format=jsonld', () => {
  const refuseRemote = async (url: string): Promise<never> => {
    throw new Error(`no network: refused ${url}`);
  };

  it('expands offline to DPV triples with absolute IRIs', async () => {
    const response = await api().get(`${NOTICE}?format=jsonld&locale=en`).set('Host', 'cms.kuusikko.example').expect(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    // Without server.url the IRIs are based on the address the request came to.
    const base = 'http://cms.kuusikko.example/api/privacy-notices';
    const nquads = (await jsonld.toRDF(JSON.parse(response.text), { format: 'application/n-quads', documentLoader: refuseRemote })) as unknown as string;
    const id = `${base}/notices/asiakasrekisteri/versions/3`;
    const triples = nquads.split('\n');
    expect(triples).toContain(`<${id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DPV}PrivacyNotice> .`);
    expect(triples).toContain(`<${id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${GDPR}DirectDataCollectionNotice> .`);
    // Version 3: customer relationship (contract), newsletter (consent), improving the service (legitimate interests).
    expect(triples).toContain(`<${id}#purpose-1> <${DPV}hasLegalBasis> <${GDPR}A6-1-b> .`);
    expect(triples).toContain(`<${id}#purpose-2> <${DPV}hasLegalBasis> <${GDPR}A6-1-a> .`);
    expect(triples).toContain(`<${id}#purpose-3> <${DPV}hasLegalBasis> <${GDPR}A6-1-f> .`);
    expect(triples).toContain(`<${id}> <${DPV}hasThirdCountry> <https://w3id.org/dpv/loc#US> .`);
    expect(triples).toContain(`<${id}#controller> <${DPV}hasName> "Kuusikko Design Oy" .`);
  });
});

describe('bad requests', () => {
  it('answers 400 for an unknown format or a fragment of anything but HTML, 404 for an unknown notice', async () => {
    for (const query of ['format=pdf', 'format=markdown&fragment=true', 'format=html&fragment=maybe']) {
      const response = await api().get(`${NOTICE}?${query}`).expect(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    await api().get('/api/privacy-notices/notices/no-such-notice?format=html').expect(404);
    await api().get(`${NOTICE}/versions/9?format=jsonld`).expect(404);
  });
});

describe('GET /notices/:slug/diff', () => {
  it('names the sections that changed from version 2 to 3, with word-level changes', async () => {
    const response = await api().get(`${NOTICE}/diff?from=2&to=3&locale=fi`).expect(200);
    const { data } = response.body;
    expect(data).toMatchObject({ slug: 'asiakasrekisteri', locale: 'fi', from: { version: 2, updatedOn: '2018-06-06' }, to: { version: 3, updatedOn: '2024-09-15' } });
    const changed = data.sections.filter((s: { status: string }) => s.status !== 'unchanged');
    expect(changed.map((s: { id: string; heading: string }) => [s.id, s.heading])).toEqual([
      ['purposes', 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste'],
      ['retention', 'Henkilötietojen säilytysaika'],
    ]);
    const purposes = changed[0];
    expect(purposes.items.find((item: { status: string }) => item.status === 'added')).toMatchObject({ label: 'Palvelun kehittäminen' });
    const retention = changed[1];
    expect(retention.changes).toEqual([
      { type: 'equal', text: 'Tietoja säilytetään asiakkuuden ajan' },
      { type: 'added', text: ' ja kaksi vuotta sen päättymisen jälkeen' },
      { type: 'equal', text: '.' },
      { type: 'added', text: ' Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti kuusi vuotta.' },
    ]);
  });

  it('compares the version in effect with the one before it by default', async () => {
    const response = await api().get(`${NOTICE}/diff?locale=en`).expect(200);
    expect(response.body.data).toMatchObject({ locale: 'en', from: { version: 2 }, to: { version: 3 } });
    const retention = response.body.data.sections.find((s: { id: string }) => s.id === 'retention');
    expect(retention.heading).toBe('Retention period of personal data');
  });

  it('answers 404 for a version that does not exist and 400 for malformed or missing numbers', async () => {
    await api().get(`${NOTICE}/diff?from=1&to=7`).expect(404);
    for (const query of ['from=abc&to=2', 'from=1&to=-2', 'from=0']) {
      const response = await api().get(`${NOTICE}/diff?${query}`).expect(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
  });

  it('compares version 1 with itself when no earlier version is given: nothing changed', async () => {
    const response = await api().get(`${NOTICE}/diff?to=1`).expect(200);
    expect(response.body.data).toMatchObject({ from: { version: 1 }, to: { version: 1 } });
    expect(new Set(response.body.data.sections.map((s: { status: string }) => s.status))).toEqual(new Set(['unchanged']));
  });
});

describe('change log feeds', () => {
  it('parses as Atom with the three versions newest first, each with its päivitetty date, summary and absolute link', async () => {
    const response = await api().get(`${NOTICE}/changelog?format=atom&locale=fi`).set('Host', 'cms.kuusikko.example').expect(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(response.text).documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(textOf(feed, 'title')).toBe('Asiakasrekisteri: Muutoshistoria');
    const entries = Array.from(feed.getElementsByTagName('entry'));
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => textOf(e, 'updated')!.slice(0, 10))).toEqual(['2024-09-15', '2018-06-06', '2018-05-24']);
    expect(entries.map((e) => textOf(e, 'title'))).toEqual(['Asiakasrekisteri, versio 3', 'Asiakasrekisteri, versio 2', 'Asiakasrekisteri, versio 1']);
    expect(textOf(entries[0], 'summary')).toContain('Täsmennetty säilytysaika ja lisätty palvelun kehittäminen.');
    expect(textOf(entries[0], 'summary')).toContain('Päivitetty 15.9.2024.');
    const link = entries[0].getElementsByTagName('link')[0].getAttribute('href')!;
    expect(link).toBe('http://cms.kuusikko.example/api/privacy-notices/notices/asiakasrekisteri/versions/3?locale=fi&format=html');
    // The link leads to that version.
    const version = await api().get(new URL(link).pathname + new URL(link).search).expect(200);
    expect(version.text).toContain('Päivitetty 15.9.2024');
  });

  it('is also RSS 2.0 and JSON Feed, in the asked language', async () => {
    const rss = await api().get(`${NOTICE}/changelog?format=rss&locale=en`).expect(200);
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const items = Array.from(parseXml(rss.text).getElementsByTagName('item'));
    expect(items.map((item) => textOf(item, 'title'))).toEqual(['Customer register, version 3', 'Customer register, version 2', 'Customer register, version 1']);

    const json = await api().get(`${NOTICE}/changelog?format=json&locale=sv`).expect(200);
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(json.text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1');
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(['Kundregister, version 3', 'Kundregister, version 2', 'Kundregister, version 1']);
  });

  it('has a feed of every notice, newest first, announcing the upcoming change', async () => {
    const response = await api().get('/api/privacy-notices/changelog?locale=en').expect(200);
    const entries = Array.from(parseXml(response.text).getElementsByTagName('entry'));
    const titles = entries.map((e) => textOf(e, 'title'));
    expect(titles).toEqual(expect.arrayContaining(['Recruitment register, version 2', 'Recruitment register, version 1', 'Customer register, version 3']));
    expect(titles).toHaveLength(5);
    const dates = entries.map((e) => textOf(e, 'updated'));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('links to the configured server.url when there is one', async () => {
    const previous = strapi.config.get('server.url');
    strapi.config.set('server.url', 'https://cms.kuusikko.example');
    try {
      const response = await api().get(`${NOTICE}/changelog`).expect(200);
      const links = Array.from(parseXml(response.text).getElementsByTagName('link')).map((l) => l.getAttribute('href'));
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) expect(link).toMatch(/^https:\/\/cms\.kuusikko\.example\/api\/privacy-notices\//);
    } finally {
      strapi.config.set('server.url', previous);
    }
  });

  it('answers 404 for an unknown notice and 400 for an unknown feed format', async () => {
    await api().get('/api/privacy-notices/notices/no-such-notice/changelog').expect(404);
    await api().get(`${NOTICE}/changelog?format=xml`).expect(400);
  });
});

describe('caching', () => {
  it('sends an ETag from the contentHash, served locale and format, and answers If-None-Match with 304', async () => {
    const first = await api().get(`${NOTICE}?format=html&locale=sv`).expect(200);
    const json = await api().get(NOTICE).expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(new RegExp(`^"${json.body.data.contentHash.slice(0, 16)}\\.sv\\.html\\.`));
    expect(first.headers['cache-control']).toBe('public, max-age=60');

    const again = await api().get(`${NOTICE}?format=html&locale=sv`).set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    const other = await api().get(`${NOTICE}?format=markdown&locale=sv`).set('If-None-Match', etag).expect(200);
    expect(other.headers.etag).not.toBe(etag);
    const english = await api().get(`${NOTICE}?format=html&locale=en`).set('If-None-Match', etag).expect(200);
    expect(english.headers.etag).not.toBe(etag);
  });

  it('caches lists, versions, diffs and feeds too', async () => {
    for (const path of ['/api/privacy-notices/notices', `${NOTICE}/versions`, `${NOTICE}/diff`, `${NOTICE}/changelog`, '/api/privacy-notices/changelog']) {
      // One Host for both requests: feeds link absolutely, so their ETag depends on it.
      const response = await api().get(path).set('Host', 'cms.kuusikko.example').expect(200);
      expect(response.headers.etag).toMatch(/^".+"$/);
      const again = await api().get(path).set('Host', 'cms.kuusikko.example').set('If-None-Match', response.headers.etag);
      expect([path, again.status]).toEqual([path, 304]);
    }
  });

  it('never lets a cache keep a notice past the moment its announced version takes effect', async () => {
    const response = await api().get('/api/privacy-notices/notices/rekrytointirekisteri').expect(200);
    // Version 2 takes effect in a month: longer than 60 s, so the configured maximum applies.
    expect(response.headers['cache-control']).toBe('public, max-age=60');
  });
});

describe('CORS and the embed script', () => {
  it('lets pages on any other origin fetch the public routes (Strapi\'s cors middleware allows every origin by default)', async () => {
    for (const origin of ['https://www.kuusikko.example', 'http://localhost:8080']) {
      const response = await api().get(`${NOTICE}?format=html&fragment=true`).set('Origin', origin).expect(200);
      expect(response.headers['access-control-allow-origin']).toBe(origin);
    }
    const preflight = await api().options(`${NOTICE}/changelog`).set('Origin', 'https://www.kuusikko.example').set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
  });

  it('serves the <privacy-notice> element as a cacheable script', async () => {
    const response = await api().get('/api/privacy-notices/embed.js').expect(200);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.text).toContain("customElements.define('privacy-notice'");
    await api().get('/api/privacy-notices/embed.js').set('If-None-Match', response.headers.etag).expect(304);
  });
});
