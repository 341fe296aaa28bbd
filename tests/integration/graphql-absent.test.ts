/** Without @strapi/plugin-graphql (PLAYGROUND_GRAPHQL=false) the plugin boots and REST works as before. */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';

let strapi: Core.Strapi;
const api = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi({ PLAYGROUND_GRAPHQL: 'false', PLAYGROUND_DEMO_DATA: 'true' });
});
afterAll(async () => {
  await stopStrapi(strapi);
  delete process.env.PLAYGROUND_GRAPHQL;
});

it('boots without the GraphQL plugin and serves notices over REST', async () => {
  expect(strapi.plugin('graphql')).toBeUndefined();
  const graphql = await api().post('/graphql').send({ query: '{ privacyNotices { slug } }' });
  expect([404, 405]).toContain(graphql.status);
  const response = await api().get('/api/privacy-notices/notices/asiakasrekisteri?format=markdown').expect(200);
  expect(response.text).toMatch(/^# Rekisteri- ja tietosuojaseloste: Asiakasrekisteri/);
});
