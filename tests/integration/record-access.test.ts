/**
 * Who may export the record of processing: the new RBAC action "Export record", which Read does not
 * include; and the "Art 30" view of the completeness check, which names the record items a
 * register still lacks.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, create, recipientBody, publish } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

describe('the Export record action', () => {
  it('is registered for roles to be given, under the plugin', async () => {
    const actions = strapi.service('admin::permission').actionProvider.values() as { actionId: string; displayName: string }[];
    expect(actions.find((action) => action.actionId === 'plugin::privacy-notices.export-record')).toMatchObject({ displayName: 'Export record' });
  });

  it.each([
    [['read'], 403],
    [['read', 'compose', 'publish', 'settings'], 403],
    [['export-record'], 200],
    [['read', 'export-record'], 200],
  ])('a role with %j gets %i', async (actions, status) => {
    const client = await adminClient(strapi, await roleWith(strapi, actions));
    for (const format of ['json', 'csv', 'xlsx', 'html']) await client.get(`/privacy-notices/record-of-processing?format=${format}`).expect(status);
    await client.get('/privacy-notices/record-of-processing/gaps').expect(status);
  });

  it.each([
    [['export-record'], 200, 403],
    [['read'], 200, 200],
    [['compose'], 403, 403],
  ])('a role with %j gets the settings the admin pages need with %i and the registers with %i', async (actions, settings, registers) => {
    const client = await adminClient(strapi, await roleWith(strapi, actions));
    const response = await client.get('/privacy-notices/settings').expect(settings);
    if (settings === 200) expect(response.body.data).toMatchObject({ defaultLanguage: expect.any(String), timeZone: expect.any(String) });
    await client.get('/privacy-notices/registers').expect(registers);
  });

  it('is not given to the Editor and Author roles Strapi creates', async () => {
    const roles = (await strapi.service('admin::role').find({})) as { id: number; code: string }[];
    const defaults = roles.filter((r) => ['strapi-editor', 'strapi-author'].includes(r.code));
    expect(defaults).toHaveLength(2);
    for (const role of defaults) {
      const permissions = (await strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } })) as { action: string }[];
      expect(permissions.map((p) => p.action)).not.toContain('plugin::privacy-notices.export-record');
    }
  });

  it('needs a login', async () => {
    const request = (await import('supertest')).default;
    await request(strapi.server.httpServer).get('/privacy-notices/record-of-processing').expect(401);
  });
});

describe('the Art 30 view of the completeness check', () => {
  const view = async (documentId: string) =>
    Object.fromEntries(
      ((await admin.get(`/privacy-notices/registers/${documentId}/check?view=art30`).expect(200)).body.data.items as { id: string; status: string }[]).map((item) => [item.id, item.status]),
    );

  it('names what a register lacks, item by item, as the register stands', async () => {
    const { register } = await composedRegister(admin);
    expect(await view(register.documentId)).toEqual({
      controller: 'present',
      representative: 'not-applicable',
      jointControllers: 'not-applicable',
      purposes: 'present',
      dataSubjects: 'missing',
      dataCategories: 'present',
      recipients: 'present',
      transfers: 'not-applicable',
      retention: 'present',
      security: 'missing',
    });
    const abroad = await create(admin, 'recipients', recipientBody({ country: 'IN', transferSafeguard: 'derogation-art49' }));
    await admin
      .put(`/privacy-notices/registers/${register.documentId}`, {
        data: { recipients: [abroad.documentId], dataSubjects: { fi: 'Asiakkaat' }, security: { fi: 'Salaus' }, retention: null },
      })
      .expect(200);
    expect(await view(register.documentId)).toMatchObject({ dataSubjects: 'present', security: 'present', transfers: 'present', retention: 'missing' });
  });

  it('an empty register lacks every item; a representative, joint controllers and transfers do not apply', async () => {
    const empty = await create(admin, 'registers', { slug: `tyhja-${Date.now()}`, title: { fi: 'Tyhjä' } });
    const items = await view(empty.documentId);
    expect(Object.entries(items).filter(([, status]) => status !== 'missing')).toEqual([['representative', 'not-applicable'], ['jointControllers', 'not-applicable'], ['transfers', 'not-applicable']]);
  });

  it('lists every register not archived on the record page, and refuses an unknown view', async () => {
    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    const gaps = (await admin.get('/privacy-notices/record-of-processing/gaps').expect(200)).body.data as { documentId: string; items: { id: string; status: string }[] }[];
    expect(gaps.find((g) => g.documentId === register.documentId)!.items.find((i) => i.id === 'security')!.status).toBe('missing');
    const refused = await admin.get(`/privacy-notices/registers/${register.documentId}/check?view=art31`).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['view']);
  });
});
