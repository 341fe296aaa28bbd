/**
 * The public REST API: only published versions, no admin data, clear 404/400s,
 * language fallback, archived registers unlisted.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, create, publish, unique } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;
let slug: string;
let registerId: string;
const api = () => request(strapi.server.httpServer);
const DRAFT_TEXT = 'LUONNOS-EI-JULKAISTU';

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const { register } = await composedRegister(admin, { title: { fi: 'Asiakasrekisteri', sv: 'Kundregister' } });
  slug = register.slug as string;
  registerId = register.documentId;
  await publish(admin, registerId, { changeSummary: { fi: 'Ensimmäinen.', sv: 'Första.' }, updatedOn: '2019-02-01', effectiveFrom: '2019-02-01T00:00:00Z' }).expect(201);
  // An unpublished edit that must never appear publicly.
  await admin.put(`/privacy-notices/registers/${registerId}`, { data: { retention: { fi: DRAFT_TEXT }, title: { fi: DRAFT_TEXT } } }).expect(200);
});
afterAll(() => stopStrapi(strapi));

describe('GET /api/privacy-notices/notices/:slug', () => {
  it('is readable without login and serves the published version only', async () => {
    const response = await api().get(`/api/privacy-notices/notices/${slug}`).expect(200);
    expect(response.body.data).toMatchObject({ slug, version: 1, locale: 'fi', createdOn: '2019-02-01', updatedOn: '2019-02-01', upcoming: null });
    expect(response.body.data.notice.title).toBe('Asiakasrekisteri');
    expect(JSON.stringify(response.body)).not.toContain(DRAFT_TEXT);
  });

  it('never exposes publishedBy or other admin data', async () => {
    const bodies = await Promise.all([
      api().get(`/api/privacy-notices/notices/${slug}`),
      api().get(`/api/privacy-notices/notices/${slug}/versions`),
      api().get(`/api/privacy-notices/notices/${slug}/versions/1`),
      api().get('/api/privacy-notices/notices'),
    ]);
    for (const { body } of bodies) {
      const text = JSON.stringify(body);
      for (const secret of ['publishedBy', 'createdBy', 'updatedBy', 'searchText', admin.userId === 1 ? '"id":1' : `"id":${admin.userId}`]) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('serves the requested language and says which one it served', async () => {
    const sv = await api().get(`/api/privacy-notices/notices/${slug}?locale=sv`).expect(200);
    expect(sv.body.data).toMatchObject({ locale: 'sv', changeSummary: 'Första.' });
    expect(sv.body.data.notice.title).toBe('Kundregister');
    expect(sv.body.data.notice.retention).toBe('Uppgifterna sparas under kundrelationen.');
    // The purpose has no Swedish title: the Finnish one is served and listed as untranslated.
    expect(sv.body.data.notice.purposes[0].title).toBe('Asiakassuhteen hoitaminen');
    expect(sv.body.data.untranslated).toEqual(['purposes.0.title', 'dataCategories.0.name', 'dataCategories.0.examples', 'recipients.0.name']);
  });

  it('falls back to the default language for a language the version does not have', async () => {
    const en = await api().get(`/api/privacy-notices/notices/${slug}?locale=en`).expect(200);
    expect(en.body.data.locale).toBe('fi');
    expect(en.body.data.availableLocales).toEqual(['fi', 'sv']);
    expect(en.body.data.notice.title).toBe('Asiakasrekisteri');
  });

  it('answers 404 for an unknown slug and for slugs with path or SQL characters', async () => {
    for (const bad of ['no-such-notice', '..%2F..%2Fetc%2Fpasswd', "x'%20OR%20'1'%3D'1", '%00']) {
      const response = await api().get(`/api/privacy-notices/notices/${bad}`);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
  });

  it('answers 404 for a register that was never published', async () => {
    const draft = await create(admin, 'registers', { slug: unique('luonnos'), title: { fi: 'Luonnos' } });
    await api().get(`/api/privacy-notices/notices/${draft.slug}`).expect(404);
    await api().get(`/api/privacy-notices/notices/${draft.slug}/versions`).expect(404);
  });

  it('answers 400 for a malformed locale or format', async () => {
    for (const query of ['locale=FI-fi', 'locale=../x', 'format=pdf', 'version=abc', 'version=0', 'version=-1']) {
      const response = await api().get(`/api/privacy-notices/notices/${slug}?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    }
  });
});

describe('versions', () => {
  it('lists the versions newest first', async () => {
    const response = await api().get(`/api/privacy-notices/notices/${slug}/versions`).expect(200);
    const recordHash = response.body.data[0].recordHash;
    expect(response.body).toEqual({
      data: [
        {
          version: 1,
          updatedOn: '2019-02-01',
          effectiveFrom: '2019-02-01T00:00:00.000Z',
          changeSummary: 'Ensimmäinen.',
          material: false,
          contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          recordHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      ],
      meta: { chainHead: { version: 1, recordHash }, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 }, legacyHistory: [] },
    });
  });

  it('serves one version by number, 404 for a number that does not exist, 400 for a malformed one', async () => {
    await api().get(`/api/privacy-notices/notices/${slug}/versions/1`).expect(200);
    expect((await api().get(`/api/privacy-notices/notices/${slug}/versions/2`)).status).toBe(404);
    for (const bad of ['one', '1.5', '0', '99999999999999999999']) {
      const response = await api().get(`/api/privacy-notices/notices/${slug}/versions/${bad}`);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
  });
});

describe('GET /api/privacy-notices/notices', () => {
  it('lists registers with a version in effect, with the published title', async () => {
    const response = await api().get('/api/privacy-notices/notices').expect(200);
    const entry = response.body.data.find((n: { slug: string }) => n.slug === slug);
    expect(entry).toEqual({
      slug,
      title: 'Asiakasrekisteri',
      locale: 'fi',
      version: 1,
      createdOn: '2019-02-01',
      updatedOn: '2019-02-01',
      effectiveFrom: '2019-02-01T00:00:00.000Z',
      recordHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      chainHead: { version: 1, recordHash: entry.recordHash },
    });
  });

  it('does not list an archived register but keeps its history reachable by address', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { archived: true } }).expect(200);
    const list = await api().get('/api/privacy-notices/notices').expect(200);
    expect(list.body.data.map((n: { slug: string }) => n.slug)).not.toContain(register.slug);
    await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
  });

  it('does not list a register whose only version is not yet in effect', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { effectiveFrom: new Date(Date.now() + 86400000).toISOString() }).expect(201);
    const list = await api().get('/api/privacy-notices/notices').expect(200);
    expect(list.body.data.map((n: { slug: string }) => n.slug)).not.toContain(register.slug);
  });
});

describe('the chain head in every public response', () => {
  it('shows each version\'s record hash and the newest one as the chain head, in JSON, the versions list and every feed', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId, { updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }).expect(201);
    const first = (await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200)).body.data;
    expect(first).toMatchObject({ version: 1, recordHash: expect.stringMatching(/^[0-9a-f]{64}$/), chainHead: { version: 1, recordHash: first.recordHash } });

    await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
    await publish(admin, register.documentId, { updatedOn: '2024-02-01', effectiveFrom: '2024-02-01T00:00:00Z' }).expect(201);
    const second = (await api().get(`/api/privacy-notices/notices/${register.slug}`).expect(200)).body.data;
    const head = { version: 2, recordHash: second.recordHash };
    expect(second.chainHead).toEqual(head);
    expect(second.recordHash).not.toBe(first.recordHash);
    expect(second.history.map((v: { version: number; recordHash: string }) => [v.version, v.recordHash])).toEqual([
      [2, second.recordHash],
      [1, first.recordHash],
    ]);
    // Every format carries the head in a header; an older version, asked for by number, names the head it belongs to; so does the versions list.
    for (const format of ['json', 'html', 'markdown', 'jsonld']) {
      const response = await api().get(`/api/privacy-notices/notices/${register.slug}?format=${format}`).expect(200);
      expect({ format, header: response.headers['privacy-notice-chain-head'] }).toEqual({ format, header: `2 ${second.recordHash}` });
    }
    expect((await api().get(`/api/privacy-notices/notices/${register.slug}/versions/1`).expect(200)).body.data).toMatchObject({ recordHash: first.recordHash, chainHead: head });
    expect((await api().get(`/api/privacy-notices/notices/${register.slug}/versions`).expect(200)).body.meta.chainHead).toEqual(head);

    const feed = (format: string) => api().get(`/api/privacy-notices/notices/${register.slug}/changelog?format=${format}`).expect(200);
    const atom = (await feed('atom')).text;
    for (const hash of [first.recordHash, second.recordHash]) expect(atom).toContain(`term="${hash}"`);
    const rss = (await feed('rss')).text;
    for (const hash of [first.recordHash, second.recordHash]) expect(rss).toContain(`>${hash}</category>`);
    const json = JSON.parse((await feed('json')).text);
    expect(json.items.map((item: { tags: string[] }) => item.tags)).toEqual([[second.recordHash], [first.recordHash]]);
  });
});
