/**
 * At the scale of one Strapi serving many organisations: 2,000 published registers on the test's
 * database. The list, the change-log feeds and GraphQL answer in pages, the same size whatever the
 * number of registers; page and pageSize outside their range are a 400 in Strapi's error shape.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { composedRegister, publish } from './helpers/fixtures';
import type { AdminClient } from './helpers/admin';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedRegisters } = require('../../bench/seed-registers');

const REGISTERS = 2000;
const FEED_SIZE = 20;

let strapi: Core.Strapi;
let admin: AdminClient;
let first: { documentId: string; slug: string };
const api = () => request(strapi.server.httpServer);

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi({ PRIVACY_NOTICES_FEED_SIZE: String(FEED_SIZE) }));
  const { register } = await composedRegister(admin);
  await publish(admin, register.documentId, { updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }).expect(201);
  first = { documentId: register.documentId, slug: register.slug as string };
  await seedRegisters(strapi, { template: register.documentId, count: REGISTERS - 1 });
}, 300_000);
afterAll(() => stopStrapi(strapi));

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await api().post('/graphql').send({ query, variables }).expect(200);
  return response.body as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
}

const atomEntries = (atom: string) => atom.match(/<entry>/g)?.length ?? 0;
const atomLink = (atom: string, rel: string) => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(atom)?.[1] ?? null;

describe(`${REGISTERS} published registers`, () => {
  it('are all intact as published records', async () => {
    const report = (await admin.get('/privacy-notices/verify').expect(200)).body.data;
    expect(report).toMatchObject({ intact: true, checked: { registers: REGISTERS, versions: REGISTERS } });
  });

  it('are listed a page at a time, with Strapi\'s pagination', async () => {
    const response = await api().get('/api/privacy-notices/notices').expect(200);
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: REGISTERS / 25, total: REGISTERS });
    expect(response.body.data).toHaveLength(25);
    expect(response.body.data[0]).toMatchObject({ slug: first.slug, title: 'Asiakasrekisteri', version: 1, createdOn: '2024-01-01', updatedOn: '2024-01-01' });
    expect(response.text.length).toBeLessThan(25 * 1000);

    const page = await api().get('/api/privacy-notices/notices?page=3&pageSize=100&locale=sv').expect(200);
    expect(page.body.meta.pagination).toEqual({ page: 3, pageSize: 100, pageCount: REGISTERS / 100, total: REGISTERS });
    expect(page.body.data).toHaveLength(100);
    // The first register is the template; the copies follow in the order they were added.
    expect(page.body.data[0]).toMatchObject({ slug: 'rekisteri-200', title: 'Kundregister 200', locale: 'sv', chainHead: { version: 1 } });

    const beyond = await api().get(`/api/privacy-notices/notices?page=${REGISTERS}&pageSize=100`).expect(200);
    expect(beyond.body).toEqual({ data: [], meta: { pagination: { page: REGISTERS, pageSize: 100, pageCount: REGISTERS / 100, total: REGISTERS } } });
  });

  it('give a change-log feed of the newest entries, linked to older pages to the last one', async () => {
    const atom = (await api().get('/api/privacy-notices/changelog').expect(200)).text;
    expect(atomEntries(atom)).toBe(FEED_SIZE);
    expect(atomLink(atom, 'previous')).toBeNull();
    const next = atomLink(atom, 'next')!;
    expect(next).toMatch(/\/api\/privacy-notices\/changelog\?page=2$/);

    const second = (await api().get(new URL(next).pathname + new URL(next).search).expect(200)).text;
    expect(atomEntries(second)).toBe(FEED_SIZE);
    expect(atomLink(second, 'previous')).toMatch(/\/api\/privacy-notices\/changelog$/);
    expect(atomLink(second, 'first')).toMatch(/\/api\/privacy-notices\/changelog$/);
    const ids = (feed: string) => [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]).slice(1);
    expect(ids(second).filter((id) => ids(atom).includes(id))).toEqual([]);

    const last = (await api().get(`/api/privacy-notices/changelog?page=${REGISTERS / FEED_SIZE}`).expect(200)).text;
    expect(atomEntries(last)).toBe(FEED_SIZE);
    expect(atomLink(last, 'next')).toBeNull();
    expect(atomEntries((await api().get(`/api/privacy-notices/changelog?page=${REGISTERS / FEED_SIZE + 1}`).expect(200)).text)).toBe(0);
  });

  it('give the same pages as RSS (atom:link) and JSON Feed (next_url)', async () => {
    const rss = (await api().get('/api/privacy-notices/changelog?format=rss&locale=en').expect(200)).text;
    expect(rss.match(/<item>/g)).toHaveLength(FEED_SIZE);
    expect(rss).toMatch(/<atom:link rel="next" href="[^"]+\/changelog\?locale=en&amp;format=rss&amp;page=2"\/>/);
    const json = JSON.parse((await api().get('/api/privacy-notices/changelog?format=json&page=2').expect(200)).text);
    expect(json.items).toHaveLength(FEED_SIZE);
    expect(json.next_url).toMatch(/\/changelog\?format=json&page=3$/);
    const last = JSON.parse((await api().get(`/api/privacy-notices/changelog?format=json&page=${REGISTERS / FEED_SIZE}`).expect(200)).text);
    expect(last.next_url).toBeUndefined();
  });

  it('show a publish and an archived register at once, though the pages are kept in memory', async () => {
    const total = async () => (await api().get('/api/privacy-notices/notices?pageSize=1').expect(200)).body.meta.pagination.total as number;
    const newest = async () => JSON.parse((await api().get('/api/privacy-notices/changelog?format=json').expect(200)).text).items[0].url as string;
    const before = await total();
    await newest();
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { updatedOn: new Date().toISOString().slice(0, 10) }).expect(201);
    expect(await total()).toBe(before + 1);
    expect(await newest()).toContain(`/notices/${register.slug}/versions/1`);
    await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { archived: true } }).expect(200);
    expect(await total()).toBe(before);
    expect(await newest()).not.toContain(register.slug as string);
  });

  it('give one register\'s feed in pages too', async () => {
    const { register } = await composedRegister(admin);
    for (let i = 1; i <= FEED_SIZE + 1; i++) {
      if (i > 1) await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: `Muutos ${i}.` } } }).expect(200);
      await publish(admin, register.documentId, { changeSummary: { fi: `Muutos ${i}.` } }).expect(201);
    }
    const url = `/api/privacy-notices/notices/${register.slug}/changelog`;
    const feed = (await api().get(url).expect(200)).text;
    expect(atomEntries(feed)).toBe(FEED_SIZE);
    expect(feed).toContain(`Muutos ${FEED_SIZE + 1}.`);
    expect(atomLink(feed, 'next')).toMatch(new RegExp(`${url}\\?page=2$`));
    const older = (await api().get(`${url}?page=2`).expect(200)).text;
    expect(atomEntries(older)).toBe(1);
    expect(older).toContain('Muutos 1.');
    expect(atomLink(older, 'next')).toBeNull();
    expect(atomLink(older, 'previous')).toMatch(new RegExp(`${url}$`));
  });

  it('serve one register\'s own feed and notice as before', async () => {
    const feed = (await api().get('/api/privacy-notices/notices/rekisteri-1500/changelog').expect(200)).text;
    expect(atomEntries(feed)).toBe(1);
    expect(atomLink(feed, 'next')).toBeNull();
    const notice = await api().get('/api/privacy-notices/notices/rekisteri-1500?locale=en').expect(200);
    expect(notice.body.data).toMatchObject({ slug: 'rekisteri-1500', version: 1, notice: { title: 'Customer register 1500' } });
  });

  it('are read through GraphQL a page at a time, with the pagination REST gives', async () => {
    const rest = (await api().get('/api/privacy-notices/notices').expect(200)).body.meta.pagination;
    expect(rest.total).toBeGreaterThanOrEqual(REGISTERS);
    const { data, errors } = await graphql(
      'query { privacyNotices(pageSize: 100, page: 2) { slug version } privacyNotices_connection(locale: "en") { nodes { slug title } pageInfo { page pageSize pageCount total } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.privacyNotices).toHaveLength(100);
    expect((data!.privacyNotices as { slug: string }[])[0].slug).toBe('rekisteri-100');
    expect(data!.privacyNotices_connection).toMatchObject({
      nodes: expect.arrayContaining([{ slug: first.slug, title: 'Customer register' }]),
    });
    expect((data!.privacyNotices_connection as { pageInfo: unknown }).pageInfo).toEqual(rest);
  });
});

describe('GraphQL on the plugin\'s own schema', () => {
  it('answers a query of the plugin\'s alone as one that also asks Strapi\'s schema something', async () => {
    const selection = 'slug version locale notice { title controller { name } purposes { title legalBasis } } history { version updatedOn }';
    const alone = await graphql(`query { privacyNotice(slug: "${first.slug}", locale: "sv") { ${selection} } }`);
    const mixed = await graphql(`query { privacyNotice(slug: "${first.slug}", locale: "sv") { ${selection} } __schema { queryType { name } } }`);
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.privacyNotice).toMatchObject({ slug: first.slug, locale: 'sv', notice: { title: 'Kundregister' } });
    expect(mixed.data).toEqual({ ...alone.data, __schema: { queryType: { name: 'Query' } } });
    const headers = async (query: string) => {
      const response = await api().post('/graphql').send({ query }).expect(200);
      return [response.headers['content-type'], response.headers['cache-control'], response.headers['x-frame-options']];
    };
    expect(await headers(`{ privacyNotices { slug } }`)).toEqual(await headers(`{ privacyNotices { slug } __schema { queryType { name } } }`));
  });
});

describe('page and pageSize out of range', () => {
  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=-1', 'page'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=1.5', 'pageSize'],
    ['page=1&page=2', 'page'],
  ])('the list answers ?%s with a 400 naming %s', async (query, path) => {
    const response = await api().get(`/api/privacy-notices/notices?${query}`).expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [path] }] } } });
  });

  it.each(['/api/privacy-notices/changelog?page=0', '/api/privacy-notices/changelog?format=rss&page=x', '/api/privacy-notices/notices/rekisteri-1/changelog?page=0'])(
    '%s is a 400',
    async (url) => {
      const response = await api().get(url).expect(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { errors: [{ path: ['page'] }] } });
    },
  );

  it('GraphQL refuses them as bad input', async () => {
    for (const args of ['pageSize: 101', 'page: 0', 'pageSize: -5']) {
      const { data, errors } = await graphql(`query { privacyNotices(${args}) { slug } }`);
      expect({ args, code: errors?.[0].extensions.code }).toEqual({ args, code: 'BAD_USER_INPUT' });
      expect(data?.privacyNotices ?? null).toBeNull();
    }
  });
});
