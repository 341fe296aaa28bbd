/**
 * One päivitetty history in every channel: for one register built through the API — imported with
 * two legacy päivitetty dates, two versions in effect and a third announced for next month — the
 * JSON, HTML, Markdown, the feeds the embed reads (Atom, RSS, JSON Feed) and GraphQL list the
 * same entries in the same order, the announced version marked as upcoming and never as updated.
 * Feed ids do not depend on the Host the feed was read at.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { DOMParser } from '@xmldom/xmldom';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;
let slug: string;
let documentId: string;
const api = () => request(strapi.server.httpServer);
const notice = () => `/api/privacy-notices/notices/${slug}`;

const DAY = 86_400_000;
/** Version 3 takes effect in about a month, at noon UTC, so that its day is the same in Helsinki. */
const effective = new Date(Math.ceil((Date.now() + 30 * DAY) / DAY) * DAY + DAY / 2);
const effectiveIso = effective.toISOString();
const [year, month, day] = effectiveIso.slice(0, 10).split('-').map(Number);
const effectiveFi = `${day}.${month}.${year}`;
const todayFi = (() => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()).split('-').map(Number);
  return `${d}.${m}.${y}`;
})();

/** The history as every channel must show it: version, or the legacy date, and whether upcoming. */
const EXPECTED = ['3 upcoming', '2', '1', 'legacy 2018-10-04', 'legacy 2018-06-06'];

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const { register } = await composedRegister(admin, {
    title: { fi: 'Asiakasrekisteri', sv: 'Kundregister', en: 'Customer register' },
    legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06', '2018-10-04'] },
  });
  slug = register.slug as string;
  documentId = register.documentId;
  const edit = (text: string) => admin.put(`/privacy-notices/registers/${documentId}`, { data: { retention: { fi: text } } }).expect(200);
  await publish(admin, documentId, { changeSummary: { fi: 'Ensimmäinen versio.' }, updatedOn: '2019-02-01', effectiveFrom: '2019-02-01T00:00:00Z' }).expect(201);
  await edit('Tietoja säilytetään kaksi vuotta.');
  await publish(admin, documentId, { changeSummary: { fi: 'Säilytysaika lyhennetty.' }, updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }).expect(201);
  await edit('Tietoja säilytetään vuoden.');
  await publish(admin, documentId, { changeSummary: { fi: 'Säilytysaika vuosi.' }, material: true, effectiveFrom: effectiveIso }).expect(201);
});
afterAll(() => stopStrapi(strapi));

function parseXml(text: string) {
  const fail = (message: string) => {
    throw new Error(`malformed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}
const textOf = (element: Element, tag: string) => element.getElementsByTagName(tag)[0]?.textContent ?? '';

/** The rows of the history table in Markdown: version (– for a legacy date) and the date cell. */
function markdownRows(markdown: string) {
  const table = markdown.slice(markdown.indexOf('| Versio | Päivitetty | Muutokset |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|').map((cell) => cell.trim()).slice(1, 3));
}

/** Version rows as in EXPECTED, from the version and date cells of HTML or Markdown. */
const shapeOfRows = (rows: string[][], legacyDates: Record<string, string>) =>
  rows.map(([version, date]) => (version === '–' ? `legacy ${legacyDates[date]}` : `${version}${date.startsWith('Tulossa') ? ' upcoming' : ''}`));
const LEGACY_FI = { '4.10.2018': '2018-10-04', '6.6.2018': '2018-06-06' };

describe('one history everywhere', () => {
  it('JSON: the announced version as upcoming, then the versions in effect and the legacy dates', async () => {
    const { data } = (await api().get(notice()).expect(200)).body;
    expect(data.version).toBe(2);
    expect(data.upcoming).toMatchObject({ version: 3, effectiveFrom: effectiveIso });
    const shape = [
      `${data.upcoming.version} upcoming`,
      ...data.history.map((e: { version: number | null; updatedOn: string; legacy?: boolean }) => (e.legacy ? `legacy ${e.updatedOn}` : `${e.version}`)),
    ];
    expect(shape).toEqual(EXPECTED);
  });

  it('HTML and Markdown: the same rows, the announced one saying when it takes effect, never updated', async () => {
    const markdown = (await api().get(`${notice()}?format=markdown&locale=fi`).expect(200)).text;
    const rows = markdownRows(markdown);
    expect(shapeOfRows(rows, LEGACY_FI)).toEqual(EXPECTED);
    expect(rows[0][1]).toBe(`Tulossa: voimaan ${effectiveFi}`);
    expect(rows.map((row) => row[1])).not.toContain(todayFi);

    const html = (await api().get(`${notice()}?format=html&locale=fi`).expect(200)).text;
    const section = html.slice(html.indexOf('id="notice-history"'));
    const cells = [...section.matchAll(/<tr>\s*<td>([\d–]+)<\/td>\s*<td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(shapeOfRows(cells, LEGACY_FI)).toEqual(EXPECTED);
    expect(cells[0][1]).toBe(`Tulossa: voimaan ${effectiveFi}`);
  });

  it('Atom, RSS and JSON Feed (what the embed shows): the same entries, the announced one upcoming', async () => {
    const atom = parseXml((await api().get(`${notice()}/changelog?format=atom&locale=fi`).expect(200)).text).documentElement;
    const entries = Array.from(atom.getElementsByTagName('entry'));
    const ids = entries.map((e) => textOf(e, 'id'));
    const urn = `urn:privacy-notices:register:${documentId}`;
    expect(ids).toEqual([`${urn}:version:3`, `${urn}:version:2`, `${urn}:version:1`, `${urn}:legacy:2018-10-04`, `${urn}:legacy:2018-06-06`]);
    const upcomingSummary = textOf(entries[0], 'summary');
    expect(upcomingSummary).toContain(`Tulossa: voimaan ${effectiveFi}.`);
    expect(upcomingSummary).not.toContain('Päivitetty');
    expect(textOf(entries[3], 'title')).toBe('Asiakasrekisteri, päivitetty 4.10.2018');

    const rss = parseXml((await api().get(`${notice()}/changelog?format=rss&locale=fi`).expect(200)).text);
    const guids = Array.from(rss.getElementsByTagName('item')).map((item) => textOf(item, 'guid'));
    expect(guids).toEqual(ids);

    const feed = JSON.parse((await api().get(`${notice()}/changelog?format=json&locale=fi`).expect(200)).text);
    const shape = feed.items.map((item: { _privacy_notices: { version: number | null; upcoming: boolean; legacy: boolean }; id: string }) => {
      const about = item._privacy_notices;
      return about.legacy ? `legacy ${item.id.slice(-10)}` : `${about.version}${about.upcoming ? ' upcoming' : ''}`;
    });
    expect(shape).toEqual(EXPECTED);
    // The embed shows each item's title and content_text.
    expect(feed.items[0].content_text).toContain(`Tulossa: voimaan ${effectiveFi}.`);
    expect(feed.items[0].content_text).not.toContain('Päivitetty');
  });

  it('GraphQL: the same history and upcoming version as REST', async () => {
    const query = `query ($slug: String!) { privacyNotice(slug: $slug) {
      upcoming { version effectiveFrom } history { version updatedOn legacy } } }`;
    const { body } = await api().post('/graphql').send({ query, variables: { slug } }).expect(200);
    expect(body.errors).toBeUndefined();
    const { upcoming, history } = body.data.privacyNotice;
    const shape = [`${upcoming.version} upcoming`, ...history.map((e: { version: number | null; updatedOn: string; legacy: boolean }) => (e.legacy ? `legacy ${e.updatedOn}` : `${e.version}`))];
    expect(shape).toEqual(EXPECTED);
  });
});

describe('the feeds as a feed reader checks them', () => {
  it('keeps every id whatever Host the feed is read at', async () => {
    for (const format of ['atom', 'rss', 'json']) {
      const read = async (host: string) => (await api().get(`${notice()}/changelog?format=${format}&locale=fi`).set('Host', host).expect(200)).text;
      const [first, second] = [await read('cms.kuusikko.example'), await read('other.example:8080')];
      const ids = (text: string) =>
        format === 'json'
          ? [JSON.parse(text).id ?? null, ...JSON.parse(text).items.map((item: { id: string }) => item.id)]
          : [...text.matchAll(format === 'atom' ? /<id>([^<]+)<\/id>/g : /<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]);
      expect(ids(second)).toEqual(ids(first));
      for (const id of ids(first).filter(Boolean)) expect(id).not.toMatch(/kuusikko|other\.example/);
    }
  });

  it('Atom: xml:lang, and no entry published after it was updated', async () => {
    const atom = parseXml((await api().get(`${notice()}/changelog?format=atom&locale=sv`).expect(200)).text).documentElement;
    expect(atom.getAttribute('xml:lang')).toBe('sv');
    for (const entry of Array.from(atom.getElementsByTagName('entry'))) {
      expect(Date.parse(textOf(entry, 'published'))).toBeLessThanOrEqual(Date.parse(textOf(entry, 'updated')));
    }
  });

  it('RSS: the channel and every item described in the notice language', async () => {
    const rss = parseXml((await api().get(`${notice()}/changelog?format=rss&locale=en`).expect(200)).text);
    const channel = rss.getElementsByTagName('channel')[0];
    const channelDescription = Array.from(channel.childNodes).find((node) => node.nodeName === 'description')?.textContent ?? '';
    expect(channelDescription).toBe('Customer register: the versions of the privacy notice and what changed');
    const descriptions = Array.from(rss.getElementsByTagName('item')).map((item) => textOf(item, 'description'));
    expect(descriptions).toHaveLength(5);
    for (const description of descriptions) expect(description.trim()).not.toBe('');
    expect(descriptions[0]).toMatch(/^Upcoming: takes effect \d+ \w+ \d{4}\. Material change\./);
    expect(descriptions[1]).toContain('Updated 1 January 2024.');
  });
});
