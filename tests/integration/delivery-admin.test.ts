/**
 * The admin's preview (a register's unpublished state, rendered as publishing would show it) and
 * comparison of two versions (the public diff, by register).
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, create, publish, unique } from './helpers/fixtures';
import { onOneHelsinkiDay } from './helpers/helsinki';

let strapi: Core.Strapi;
let admin: AdminClient;
let registerId: string;
let slug: string;
const DRAFT = 'Tietoja säilytetään kolme vuotta.';

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const { register } = await composedRegister(admin);
  registerId = register.documentId;
  slug = register.slug as string;
  await publish(admin, registerId, { updatedOn: '2021-03-01', effectiveFrom: '2021-03-01T00:00:00Z', changeSummary: { fi: 'Ensimmäinen.' } }).expect(201);
  await admin.put(`/privacy-notices/registers/${registerId}`, { data: { security: { fi: 'Tiedot salataan.', en: 'The data is encrypted.' } } }).expect(200);
  await publish(admin, registerId, { updatedOn: '2022-04-02', effectiveFrom: '2022-04-02T00:00:00Z', changeSummary: { fi: 'Suojaus.' } }).expect(201);
  // Not published: only the preview shows it.
  await admin.put(`/privacy-notices/registers/${registerId}`, { data: { retention: { fi: DRAFT } } }).expect(200);
});
afterAll(() => stopStrapi(strapi));

const previewPath = (query = '') => `/privacy-notices/registers/${registerId}/preview${query}`;

describe('GET /privacy-notices/registers/:documentId/preview', () => {
  it('renders the unpublished state as the next version, päivitetty today, with the history it would have', async () => {
    const response = await admin.get(previewPath('?format=html&locale=fi')).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toContain(DRAFT);
    expect(response.text).toContain('Laadittu 1.3.2021. Päivitetty');
    const history = response.text.slice(response.text.indexOf('id="notice-history"'));
    expect(history.match(/<tr>\s*<td>\d<\/td>/g)).toHaveLength(3);
    // The public API still serves version 2 without the draft.
    const published = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}?format=html`).expect(200);
    expect(published.text).not.toContain(DRAFT);
  });

  // Both date the version today: on a new register if midnight passed between the two.
  it('is byte for byte what the public API serves once published', () => onOneHelsinkiDay(async () => {
    const { register } = await composedRegister(admin);
    const preview = await admin.get(`/privacy-notices/registers/${register.documentId}/preview?format=markdown&locale=en`).expect(200);
    expect(preview.headers['content-type']).toBe('text/markdown; charset=utf-8');
    await publish(admin, register.documentId).expect(201);
    const published = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${register.slug}?format=markdown&locale=en`).expect(200);
    expect(published.text).toBe(preview.text);
  }));

  it('gives a live preview its pieces as JSON', async () => {
    const response = await admin.get(previewPath('?format=json&locale=en')).expect(200);
    const { data } = response.body;
    expect(data).toMatchObject({ locale: 'en', version: 3, createdOn: '2021-03-01', latestVersion: 2, unchanged: false, title: 'Privacy notice: Customer register' });
    expect(data.html).toMatch(/^<article class="privacy-notice" lang="en">/);
    expect(data.markdown).toMatch(/^# Privacy notice: Customer register/);
    expect(data.sections.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['controller', 'purposes', 'retention', 'security', 'rights']));
    // The draft retention text exists only in Finnish: shown from Finnish and reported untranslated.
    expect(data.sections.find((s: { id: string }) => s.id === 'retention').markdown).toBe(DRAFT);
    expect(data.untranslated).toContain('retention');
  });

  it('says when there is nothing new to publish', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    const response = await admin.get(`/privacy-notices/registers/${register.documentId}/preview?format=json`).expect(200);
    expect(response.body.data).toMatchObject({ version: 2, latestVersion: 1, unchanged: true });
  });

  it('previews a register never published as version 1', async () => {
    const draft = await create(admin, 'registers', { slug: unique('luonnos'), title: { fi: 'Luonnos' } });
    const response = await admin.get(`/privacy-notices/registers/${draft.documentId}/preview?format=json`).expect(200);
    expect(response.body.data).toMatchObject({ version: 1, latestVersion: null, unchanged: false });
  });

  it('answers 404 for an unknown register and 400 for malformed parameters', async () => {
    await admin.get('/privacy-notices/registers/nosuchregister0000000000/preview').expect(404);
    for (const query of ['?format=pdf', '?locale=FI-fi']) {
      const response = await admin.get(previewPath(query)).expect(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
  });
});

it('renders an imported notice\'s own laadittu and päivitetty dates in its history, as the JSON history lists them', async () => {
  const { register } = await composedRegister(admin, { legacyHistory: { createdOn: '2015-03-01', updates: ['2016-01-10', '2019-11-20'] } });
  await publish(admin, register.documentId, { updatedOn: '2021-05-05', effectiveFrom: '2021-05-05T00:00:00Z' }).expect(201);
  const api = request(strapi.server.httpServer);
  const json = await api.get(`/api/privacy-notices/notices/${register.slug}`).expect(200);
  expect(json.body.data.history.map((entry: { updatedOn: string }) => entry.updatedOn)).toEqual(['2021-05-05', '2019-11-20', '2016-01-10']);
  const markdown = await api.get(`/api/privacy-notices/notices/${register.slug}?format=markdown`).expect(200);
  expect(markdown.text).toContain('Laadittu 1.3.2015. Päivitetty 5.5.2021.');
  expect(markdown.text).toMatch(/\| 1 \| 5\.5\.2021 \|[^\n]*\n\| – \| 20\.11\.2019 \|[^\n]*\n\| – \| 10\.1\.2016 \|/);
});

describe('GET /privacy-notices/registers/:documentId/diff', () => {
  it('is the public diff plus both versions\' dates', async () => {
    const response = await admin.get(`/privacy-notices/registers/${registerId}/diff?from=1&to=2&locale=fi`).expect(200);
    const publicDiff = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}/diff?from=1&to=2&locale=fi`).expect(200);
    expect(response.body.data).toEqual(publicDiff.body.data);
    expect(response.body.data).toMatchObject({ from: { version: 1, updatedOn: '2021-03-01' }, to: { version: 2, updatedOn: '2022-04-02' } });
    const changed = response.body.data.sections.filter((s: { status: string }) => s.status !== 'unchanged');
    expect(changed).toEqual([{ id: 'security', heading: 'Rekisterin suojauksen periaatteet', status: 'added', changes: [{ type: 'added', text: 'Tiedot salataan.' }] }]);
  });

  it('compares the newest version with the one before it by default', async () => {
    const response = await admin.get(`/privacy-notices/registers/${registerId}/diff`).expect(200);
    expect(response.body.data).toMatchObject({ from: { version: 1 }, to: { version: 2 } });
  });

  it('answers 404 for an unknown register or version and 400 for malformed numbers', async () => {
    await admin.get('/privacy-notices/registers/nosuchregister0000000000/diff?from=1&to=2').expect(404);
    await admin.get(`/privacy-notices/registers/${registerId}/diff?from=1&to=5`).expect(404);
    await admin.get(`/privacy-notices/registers/${registerId}/diff?from=x&to=2`).expect(400);
  });
});

it('requires the read permission for both', async () => {
  const noAccess = await adminClient(strapi, await roleWith(strapi, ['compose']));
  await noAccess.get(previewPath()).expect(403);
  await noAccess.get(`/privacy-notices/registers/${registerId}/diff`).expect(403);
  const reader = await adminClient(strapi, await roleWith(strapi, ['read']));
  await reader.get(previewPath('?format=json')).expect(200);
  await reader.get(`/privacy-notices/registers/${registerId}/diff`).expect(200);
  await request(strapi.server.httpServer).get(previewPath()).expect(401);
});
