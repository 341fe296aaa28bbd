/**
 * The playground a new user starts with `npm run develop`: demo registers, three versions with
 * different päivitetty dates, an announced upcoming version, and the printed admin login.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN } = require('../../playground/src/demo-admin');

let strapi: Core.Strapi;
const api = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi({ PLAYGROUND_DEMO_DATA: 'true' });
});
afterAll(() => stopStrapi(strapi));

it('serves the demo customer register at version 3 with three päivitetty dates and its laadittu date', async () => {
  const response = await api().get('/api/privacy-notices/notices/asiakasrekisteri').expect(200);
  expect(response.body.data).toMatchObject({ version: 3, createdOn: '2018-05-24', updatedOn: '2024-09-15' });
  expect(response.body.data.history.map((v: { updatedOn: string }) => v.updatedOn)).toEqual(['2024-09-15', '2018-06-06', '2018-05-24']);
  expect(response.body.data.notice.controller).toMatchObject({ name: 'Kuusikko Design Oy', businessId: '1234567-1' });
});

it('announces the recruitment register upcoming change', async () => {
  const response = await api().get('/api/privacy-notices/notices/rekrytointirekisteri?locale=en').expect(200);
  expect(response.body.data).toMatchObject({ version: 1, locale: 'en' });
  expect(response.body.data.upcoming).toMatchObject({ version: 2, changeSummary: 'Applications will be kept for one year.' });
});

it('lists both demo registers', async () => {
  const response = await api().get('/api/privacy-notices/notices').expect(200);
  expect(response.body.data.map((n: { slug: string }) => n.slug).sort()).toEqual(['asiakasrekisteri', 'rekrytointirekisteri']);
});

it('lets the demo admin log in', async () => {
  const login = await api().post('/admin/login').send({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }).expect(200);
  expect(login.body.data.token).toEqual(expect.any(String));
});

describe('the demo notices answer every question', () => {
  const placeholders = ['Tätä kohtaa ei ole vielä täydennetty.', 'Detta avsnitt har ännu inte fyllts i.', 'This section has not been completed yet.'];

  it.each(['asiakasrekisteri', 'rekrytointirekisteri'])('%s reads complete in fi, sv and en, its sections numbered without gaps', async (slug) => {
    for (const locale of ['fi', 'sv', 'en']) {
      const markdown = (await api().get(`/api/privacy-notices/notices/${slug}?format=markdown&locale=${locale}`).expect(200)).text;
      for (const placeholder of placeholders) expect(markdown).not.toContain(placeholder);
      const numbers = [...markdown.matchAll(/^## (\d+)\. /gm)].map((match) => Number(match[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      // The recipients section is there in every register, as the GDPR requires.
      expect(numbers.length).toBeGreaterThanOrEqual(10);
    }
  });

  it('says what the organisation answered: the customer register transfers data, with a copy of the safeguards available', async () => {
    const fi = (await api().get('/api/privacy-notices/notices/asiakasrekisteri?format=markdown&locale=fi').expect(200)).text;
    expect(fi).toContain('Sähköpostipalvelun tarjoaja');
    expect(fi).toContain('Saat jäljennöksen siirtojen suojatoimista');
    expect(fi).toContain('**Oikeus vastustaa suoramarkkinointia**');
    const recruitment = (await api().get('/api/privacy-notices/notices/rekrytointirekisteri?format=markdown&locale=sv').expect(200)).text;
    expect(recruitment).toContain('Vi överför inte personuppgifter till länder utanför Europeiska unionen');
    expect(recruitment).toContain('Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling');
  });
});
