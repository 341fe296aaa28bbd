/**
 * What a client of several Strapi instances sees when its publish keeps losing the race for the
 * next version number: a 503 with a Retry-After header and the wait in the error details.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

const VERSION_UID = 'plugin::privacy-notices.notice-version';

let strapi: Core.Strapi;
let admin: AdminClient;
/** While set, every version insert fails as if another instance had just taken the number. */
let losing = false;

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  strapi.documents.use(async (context, next) => {
    if (losing && context.uid === VERSION_UID && context.action === 'create') {
      throw Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    }
    return next();
  });
});
afterAll(() => stopStrapi(strapi));

it('answers 503 with Retry-After when every attempt loses, and publishes once the race is over', async () => {
  const { register } = await composedRegister(admin);
  losing = true;
  const refused = await publish(admin, register.documentId);
  losing = false;

  expect(refused.status).toBe(503);
  expect(refused.headers['retry-after']).toMatch(/^\d+$/);
  expect(refused.body).toMatchObject({
    data: null,
    error: { status: 503, message: expect.stringMatching(/try again/), details: { retryAfterSeconds: Number(refused.headers['retry-after']) } },
  });
  expect(await strapi.db.query(VERSION_UID).count({ where: { registerDocumentId: register.documentId } })).toBe(0);

  const retried = await publish(admin, register.documentId).expect(201);
  expect(retried.body.data.version).toBe(1);
  expect(retried.headers['retry-after']).toBeUndefined();
});
