/**
 * A notice carries only its newest history entries (historyLimit, 10 by default), how many there
 * are and where all of them are: the versions, paged with Strapi's `meta.pagination`. For one
 * register built through the API with 13 versions and two legacy päivitetty dates, in JSON, HTML,
 * Markdown and GraphQL; bad paging is a 400, and `?at=` keeps working.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;
let slug: string;
const api = () => request(strapi.server.httpServer);
const notice = () => `/api/privacy-notices/notices/${slug}`;
const VERSIONS = 13;
const HOST = 'cms.kuusikko.example';

/** Version n is päivitetty on the first of month n of 2020 (13: January 2021). */
const dateOf = (n: number) => (n <= 12 ? `2020-${String(n).padStart(2, '0')}-01` : '2021-01-01');

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const { register } = await composedRegister(admin, { legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06', '2018-10-04'] } });
  slug = register.slug as string;
  for (let n = 1; n <= VERSIONS; n++) {
    if (n > 1) await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: `Säilytysaika ${n}.` } } }).expect(200);
    await publish(admin, register.documentId, { changeSummary: { fi: `Muutos ${n}.` }, updatedOn: dateOf(n), effectiveFrom: `${dateOf(n)}T00:00:00Z` }).expect(201);
  }
});
afterAll(() => stopStrapi(strapi));

const numbers = (history: { version: number | null }[]) => history.map((entry) => entry.version);

describe('the notice carries its newest history entries', () => {
  it('JSON: the newest 10, historyTotal counting every entry and historyUrl the paged versions', async () => {
    const { data } = (await api().get(notice()).set('Host', HOST).expect(200)).body;
    expect(numbers(data.history)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(data.historyTotal).toBe(VERSIONS + 2);
    expect(data.historyUrl).toBe(`http://${HOST}/api/privacy-notices/notices/${slug}/versions?locale=fi`);

    const full = await api().get(new URL(data.historyUrl).pathname + new URL(data.historyUrl).search).expect(200);
    expect(full.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: VERSIONS });
    expect(numbers(full.body.data)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(full.body.meta.legacyHistory).toEqual([
      { version: null, updatedOn: '2018-10-04', legacy: true },
      { version: null, updatedOn: '2018-06-06', legacy: true },
    ]);
  });

  it('an older version and ?at= carry the history up to them, bounded the same way', async () => {
    const third = (await api().get(`${notice()}/versions/3`).expect(200)).body.data;
    expect(numbers(third.history)).toEqual([3, 2, 1, null, null]);
    expect(third.historyTotal).toBe(5);

    const at = (await api().get(`${notice()}?at=2020-11-15`).expect(200)).body.data;
    expect(at.version).toBe(11);
    expect(numbers(at.history)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(at.historyTotal).toBe(13);
    expect(at.upcoming).toBeNull();
  });

  it('HTML and Markdown: the same 10 rows and a link to the whole list', async () => {
    const historyUrl = `http://${HOST}/api/privacy-notices/notices/${slug}/versions?locale=fi`;
    const markdown = (await api().get(`${notice()}?format=markdown&locale=fi`).set('Host', HOST).expect(200)).text;
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((row) => Number(row.split('|')[1]))).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(markdown).toContain(`[Koko muutoshistoria (15 merkintää)](${historyUrl})`);

    const html = (await api().get(`${notice()}?format=html&locale=en`).set('Host', HOST).expect(200)).text;
    const section = html.slice(html.indexOf('id="notice-history"'));
    expect(section.match(/<tr>\s*<td>\d+<\/td>/g)).toHaveLength(10);
    expect(section).toContain(`<a href="${historyUrl.replace('locale=fi', 'locale=en')}">The full change history (15 entries)</a>`);
  });

  it('GraphQL: the same history, historyTotal and historyUrl as REST', async () => {
    const rest = (await api().get(notice()).set('Host', HOST).expect(200)).body.data;
    const query = `query ($slug: String!) { privacyNotice(slug: $slug) { history { version updatedOn legacy } historyTotal historyUrl } }`;
    const { body } = await api().post('/graphql').set('Host', HOST).send({ query, variables: { slug } }).expect(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.privacyNotice.historyTotal).toBe(rest.historyTotal);
    expect(body.data.privacyNotice.historyUrl).toBe(rest.historyUrl);
    expect(numbers(body.data.privacyNotice.history)).toEqual(numbers(rest.history));
  });
});

describe('the versions, paged', () => {
  it('REST: page and pageSize, with Strapi\'s meta.pagination; a page beyond the last is empty', async () => {
    const second = (await api().get(`${notice()}/versions?page=2&pageSize=5`).expect(200)).body;
    expect(numbers(second.data)).toEqual([8, 7, 6, 5, 4]);
    expect(second.meta.pagination).toEqual({ page: 2, pageSize: 5, pageCount: 3, total: VERSIONS });
    expect(second.meta.chainHead.version).toBe(VERSIONS);
    const beyond = (await api().get(`${notice()}/versions?page=4&pageSize=5`).expect(200)).body;
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.pagination).toEqual({ page: 4, pageSize: 5, pageCount: 3, total: VERSIONS });
  });

  it.each([
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['page=1&page=2', 'page'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=1.5', 'pageSize'],
    ['pageSize=', 'pageSize'],
  ])('REST: %s is a 400 in Strapi\'s error shape naming %s', async (query, name) => {
    const response = await api().get(`${notice()}/versions?${query}`).expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [name] }] } } });
  });

  it('GraphQL: privacyNoticeVersions takes page and pageSize; its _connection gives the pagination', async () => {
    const query = `query ($slug: String!) {
      privacyNoticeVersions(slug: $slug, page: 3, pageSize: 5) { version }
      privacyNoticeVersions_connection(slug: $slug, page: 3, pageSize: 5) { nodes { version } pageInfo { page pageSize pageCount total } } }`;
    const { body } = await api().post('/graphql').send({ query, variables: { slug } }).expect(200);
    expect(body.errors).toBeUndefined();
    expect(numbers(body.data.privacyNoticeVersions)).toEqual([3, 2, 1]);
    expect(body.data.privacyNoticeVersions_connection).toEqual({
      nodes: [{ version: 3 }, { version: 2 }, { version: 1 }],
      pageInfo: { page: 3, pageSize: 5, pageCount: 3, total: VERSIONS },
    });
    // 25 by default.
    const all = await api().post('/graphql').send({ query: `{ privacyNoticeVersions(slug: "${slug}") { version } }` }).expect(200);
    expect(all.body.data.privacyNoticeVersions).toHaveLength(VERSIONS);
  });

  it('GraphQL: a bad page or pageSize is a BAD_USER_INPUT error, never an internal one', async () => {
    for (const args of ['pageSize: 101', 'page: 0', 'pageSize: -5']) {
      const { body } = await api().post('/graphql').send({ query: `{ privacyNoticeVersions(slug: "${slug}", ${args}) { version } }` });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
