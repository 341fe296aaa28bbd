/**
 * Who may do what: RBAC on every admin route, and the public API switched off by config.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, publish, purposeBody } from './helpers/fixtures';

let strapi: Core.Strapi;
let superAdmin: AdminClient;
const api = () => request(strapi.server.httpServer);

beforeAll(async () => ({ strapi, admin: superAdmin } = await bootStrapi({ PRIVACY_NOTICES_PUBLIC_API: 'false' })));
afterAll(() => stopStrapi(strapi));

describe('RBAC on the admin API', () => {
  it('refuses every admin route without a login', async () => {
    for (const [method, path] of [
      ['get', '/privacy-notices/registers'],
      ['post', '/privacy-notices/purposes'],
      ['get', '/privacy-notices/settings'],
      ['post', '/privacy-notices/registers/x/publish'],
      ['get', '/privacy-notices/registers/x/versions'],
      ['delete', '/privacy-notices/controllers/x'],
    ] as const) {
      const response = await api()[method](path);
      expect(response.status).toBe(401);
    }
  });

  it('gives a role without publish 403 on publish, while it may compose', async () => {
    const editor = await adminClient(strapi, await roleWith(strapi, ['read', 'compose']));
    const { register } = await composedRegister(editor);
    const response = await publish(editor, register.documentId);
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
    expect((await superAdmin.get(`/privacy-notices/registers/${register.documentId}/versions`)).body.data).toEqual([]);
  });

  it('gives a read-only role 403 on every write and 200 on reads', async () => {
    const reader = await adminClient(strapi, await roleWith(strapi, ['read']));
    expect((await reader.get('/privacy-notices/registers')).status).toBe(200);
    expect((await reader.get('/privacy-notices/settings')).status).toBe(200);
    expect((await reader.post('/privacy-notices/purposes', { data: purposeBody() })).status).toBe(403);
    const { purpose } = await composedRegister(superAdmin);
    expect((await reader.put(`/privacy-notices/purposes/${purpose.documentId}`, { data: { legalBasis: 'consent' } })).status).toBe(403);
    expect((await reader.delete(`/privacy-notices/purposes/${purpose.documentId}`)).status).toBe(403);
  });

  it('gives a role without read 403 on reads', async () => {
    const publisher = await adminClient(strapi, await roleWith(strapi, ['publish']));
    expect((await publisher.get('/privacy-notices/registers')).status).toBe(403);
  });

  it('registers the four actions for the roles editor', async () => {
    const actions = strapi.service('admin::permission').actionProvider.values().map((a: { actionId: string }) => a.actionId);
    expect(actions).toEqual(expect.arrayContaining(['read', 'compose', 'publish', 'settings'].map((a) => `plugin::privacy-notices.${a}`)));
  });
});

describe('public API switched off (publicApi: false)', () => {
  it('refuses anonymous reads but still serves an API token', async () => {
    const { register } = await composedRegister(superAdmin);
    await publish(superAdmin, register.documentId).expect(201);
    expect((await api().get(`/api/privacy-notices/notices/${register.slug}`)).status).toBe(403);
    expect((await api().get('/api/privacy-notices/notices')).status).toBe(403);

    const token = await strapi.service('admin::api-token').create({ name: 'website', type: 'read-only', lifespan: null, description: '' });
    const served = await api().get(`/api/privacy-notices/notices/${register.slug}`).set('Authorization', `Bearer ${token.accessKey}`);
    expect(served.status).toBe(200);
    expect(served.body.data.version).toBe(1);
  });

  it('says so in the settings the admin reads', async () => {
    const settings = await superAdmin.get('/privacy-notices/settings').expect(200);
    expect(settings.body.data).toEqual({ languages: ['fi', 'sv', 'en'], defaultLanguage: 'fi', publicApi: false, timeZone: 'Europe/Helsinki' });
  });
});
