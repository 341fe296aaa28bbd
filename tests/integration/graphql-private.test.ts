/**
 * With publicApi false, GraphQL follows the same rules as REST: nothing without permission, and
 * the public role's permission for a REST action opens the matching query.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';

let strapi: Core.Strapi;
const api = () => request(strapi.server.httpServer);
const LIST = '{ privacyNotices { slug } }';

beforeAll(async () => {
  strapi = await startStrapi({ PRIVACY_NOTICES_PUBLIC_API: 'false', PLAYGROUND_DEMO_DATA: 'true' });
});
afterAll(async () => {
  await stopStrapi(strapi);
  process.env.PRIVACY_NOTICES_PUBLIC_API = 'true';
});

it('refuses anonymous reads over REST and GraphQL alike, and private responses are not for shared caches', async () => {
  await api().get('/api/privacy-notices/notices').expect(403);
  const graphql = await api().post('/graphql').send({ query: LIST });
  expect(graphql.body.errors[0].extensions.code).toBe('FORBIDDEN');
});

it('opens both once the public role may list notices', async () => {
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::privacy-notices.notices.list', role: publicRole.id } });
  const rest = await api().get('/api/privacy-notices/notices').expect(200);
  expect(rest.headers['cache-control']).toBe('private, max-age=60');
  const graphql = await api().post('/graphql').send({ query: LIST });
  expect(graphql.body.data.privacyNotices.map((n: { slug: string }) => n.slug).sort()).toEqual(['asiakasrekisteri', 'rekrytointirekisteri']);
  // Only the granted action: reading one notice stays closed.
  const one = await api().post('/graphql').send({ query: '{ privacyNotice(slug: "asiakasrekisteri") { slug } }' });
  expect(one.body.errors[0].extensions.code).toBe('FORBIDDEN');
});
