/**
 * Caching over time: an announced version takes over by itself when its effectiveFrom passes
 * (no restart, no stale 304), and the configured cacheMaxAge.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';
import pluginConfig from '../../server/src/config';

let strapi: Core.Strapi;
let admin: AdminClient;
const api = () => request(strapi.server.httpServer);

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

it('serves an upcoming version as soon as it takes effect, and caches never outlive that moment', async () => {
  const { register } = await composedRegister(admin);
  const path = `/api/privacy-notices/notices/${register.slug}`;
  await publish(admin, register.documentId, { effectiveFrom: '2020-01-01T00:00:00Z', updatedOn: '2020-01-01' }).expect(201);
  await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: 'Tiedot salataan.' } } }).expect(200);
  // A lead long enough that publishing and the requests below end before the moment even on a
  // loaded machine; checked after them, since what they saw is only "before" if that held.
  const LEAD_MS = 10_000;
  const effectiveFrom = new Date(Date.now() + LEAD_MS).toISOString();
  await publish(admin, register.documentId, { effectiveFrom, changeSummary: { fi: 'Suojaus kuvattu.' } }).expect(201);

  const before = await api().get(`${path}?format=html`).expect(200);
  const json = await api().get(path).expect(200);
  const late = Date.now() - Date.parse(effectiveFrom);
  if (late >= 0) throw new Error(`publishing and two GETs took longer than the ${LEAD_MS} ms lead (${late} ms past effectiveFrom): the "before" responses prove nothing`);
  expect(before.text).not.toContain('Tiedot salataan.');
  // Caches may keep the old version at most until the new one takes effect.
  const maxAge = Number(/max-age=(\d+)/.exec(before.headers['cache-control'])![1]);
  expect(maxAge).toBeLessThanOrEqual(LEAD_MS / 1000);
  expect(json.body.data).toMatchObject({ version: 1, upcoming: { version: 2, changeSummary: 'Suojaus kuvattu.' } });

  let after = before;
  // Generous: a loaded machine may answer slowly, but the new version must come without a restart.
  const deadline = Date.parse(effectiveFrom) + 30_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A client revalidating with its old ETag must get the new version, not a 304.
    after = await api().get(`${path}?format=html`).set('If-None-Match', before.headers.etag);
    if (after.status === 200 && after.text.includes('Tiedot salataan.')) break;
  }
  expect(after.status).toBe(200);
  expect(after.text).toContain('Tiedot salataan.');
  expect(after.headers.etag).not.toBe(before.headers.etag);
  expect(after.headers['cache-control']).toBe('public, max-age=60');
  expect((await api().get(path).expect(200)).body.data).toMatchObject({ version: 2, upcoming: null });
});

describe('cacheMaxAge', () => {
  it('sets the max-age of public responses', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    strapi.config.set('plugin::privacy-notices.cacheMaxAge', 300);
    try {
      const response = await api().get(`/api/privacy-notices/notices/${register.slug}?format=markdown`).expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=300');
    } finally {
      strapi.config.set('plugin::privacy-notices.cacheMaxAge', 60);
    }
  });

  it('is validated: a whole number of seconds, 0 or more', () => {
    const valid = { ...pluginConfig.default };
    expect(() => pluginConfig.validator({ ...valid, cacheMaxAge: 0 })).not.toThrow();
    for (const cacheMaxAge of [-1, 1.5, '60', null]) {
      expect(() => pluginConfig.validator({ ...valid, cacheMaxAge } as never)).toThrow(/cacheMaxAge/);
    }
  });
});
