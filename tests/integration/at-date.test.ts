/**
 * What was in force on a date: `GET /notices/:slug?at=` and GraphQL `privacyNotice(at:)` serve the
 * version whose effectiveFrom had come by then (a day means the whole day in the plugin's time zone,
 * Europe/Helsinki), with the history up to it; 404 before version 1, 400 for a malformed date.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;
const api = () => request(strapi.server.httpServer);

/** Two registers with versions taking effect at different moments, the last of each announced for later. */
const REGISTERS = [
  {
    texts: ['Tiedot säilytetään kaksi vuotta.', 'Tiedot säilytetään vuoden.', 'Tiedot säilytetään kuusi kuukautta.'],
    moments: [
      { effectiveFrom: '2020-01-01T10:00:00Z', updatedOn: '2020-01-01' },
      { effectiveFrom: '2022-06-15T09:00:00Z', updatedOn: '2022-06-15' },
      { effectiveFrom: '2099-01-01T00:00:00Z' },
    ],
  },
  {
    texts: ['Rekisteri A', 'Rekisteri B'],
    // 23:30 UTC on 31 May is already 1 June in Helsinki.
    moments: [{ effectiveFrom: '2023-05-31T23:30:00Z', updatedOn: '2023-05-31' }, { effectiveFrom: '2024-02-29T12:00:00+02:00', updatedOn: '2024-02-29' }],
  },
];
const slugs: string[] = [];

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  for (const { texts, moments } of REGISTERS) {
    const { register } = await composedRegister(admin);
    slugs.push(register.slug as string);
    for (const [index, moment] of moments.entries()) {
      await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: texts[index] } } }).expect(200);
      await publish(admin, register.documentId, { ...moment, changeSummary: { fi: `Muutos ${index + 1}` } }).expect(201);
    }
  }
});
afterAll(() => stopStrapi(strapi));

const notice = (slug: string, at: string, extra = '') => api().get(`/api/privacy-notices/notices/${slug}?at=${encodeURIComponent(at)}${extra}`);

describe('GET /notices/:slug?at=', () => {
  it.each([
    [0, '2020-01-01', 1],
    [0, '2021-05-05', 1],
    [0, '2022-06-14', 1],
    [0, '2022-06-15T08:59:59Z', 1],
    [0, '2022-06-15T09:00:00Z', 2],
    [0, '2022-06-15T11:30:00+03:00', 1],
    [0, '2022-06-15', 2],
    [0, '2030-01-01', 2],
    [0, '2099-01-01', 3],
    [1, '2023-05-31', null],
    [1, '2023-06-01', 1],
    [1, '2024-02-28', 1],
    [1, '2024-02-29', 2],
    [1, '2026-01-01', 2],
  ])('register %i at %s is served version %s, with the history up to it', async (register, at, expected) => {
    const response = await notice(slugs[register], at);
    if (expected === null) {
      expect(response.status).toBe(404);
      expect(response.body.error.name).toBe('NotFoundError');
      return;
    }
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data.version).toBe(expected);
    expect(data.notice.retention).toBe(REGISTERS[register].texts[expected - 1]);
    expect(data.changeSummary).toBe(`Muutos ${expected}`);
    expect(data.history.map((entry: { version: number }) => entry.version)).toEqual(Array.from({ length: expected }, (_, i) => expected - i));
    expect(data.upcoming).toBeNull();
    expect(data.createdOn).toBe(REGISTERS[register].moments[0].updatedOn);
  });

  it('is 404 before version 1 took effect, and for a notice that does not exist', async () => {
    for (const at of ['2019-12-31', '2020-01-01T09:59:59Z', '1970-01-01']) {
      const response = await notice(slugs[0], at).expect(404);
      expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    }
    await notice('no-such-notice', '2024-01-01').expect(404);
  });

  it.each(['2021-02-30', '2021-5-5', 'yesterday', '2021-05-05T10:00', '2021-05-05T25:00:00Z', '', '20210505'])('refuses the malformed date "%s" with a 400 naming at', async (at) => {
    const response = await notice(slugs[0], at).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['at'], code: 'validation.at.format' });
  });

  it('refuses at together with version', async () => {
    const response = await notice(slugs[0], '2021-05-05', '&version=2').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['at']);
  });

  it('serves the version of that date in every format', async () => {
    const html = await notice(slugs[0], '2021-05-05', '&format=html').expect(200);
    expect(html.text).toContain(REGISTERS[0].texts[0]);
    expect(html.text).not.toContain(REGISTERS[0].texts[1]);
    const markdown = await notice(slugs[0], '2023-01-01', '&format=markdown').expect(200);
    expect(markdown.text).toContain(REGISTERS[0].texts[1]);
    // Without at, today's version, as before.
    const today = await api().get(`/api/privacy-notices/notices/${slugs[0]}`).expect(200);
    expect(today.body.data).toMatchObject({ version: 2, upcoming: { version: 3 } });
  });
});

describe('GraphQL privacyNotice(at:)', () => {
  const query = 'query ($slug: String!, $at: String) { privacyNotice(slug: $slug, at: $at) { version notice { retention } history { version } upcoming { version } } }';
  const graphql = async (variables: Record<string, unknown>) =>
    (await api().post('/graphql').send({ query, variables })).body as { data?: { privacyNotice: { version: number; notice: { retention: string }; history: { version: number }[] } | null }; errors?: { extensions: { code: string } }[] };

  it.each([
    [0, '2021-05-05', 1],
    [0, '2030-01-01', 2],
    [1, '2024-02-29', 2],
  ])('register %i at %s: version %s, the same as REST', async (register, at, expected) => {
    const { data, errors } = await graphql({ slug: slugs[register], at });
    expect(errors).toBeUndefined();
    const rest = (await notice(slugs[register], at).expect(200)).body.data;
    expect(data!.privacyNotice).toEqual({
      version: expected,
      notice: { retention: rest.notice.retention },
      history: rest.history.map((entry: { version: number }) => ({ version: entry.version })),
      upcoming: null,
    });
  });

  it('is null before version 1 and a BAD_USER_INPUT error for a malformed date', async () => {
    expect((await graphql({ slug: slugs[0], at: '2019-01-01' })).data!.privacyNotice).toBeNull();
    const { errors } = await graphql({ slug: slugs[0], at: '2019-13-01' });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
