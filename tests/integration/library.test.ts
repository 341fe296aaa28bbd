/**
 * The admin API for the library parts and registers: validation with the failing field named,
 * search and pagination, and the 409s for entries still in use.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { controllerBody, create, dataCategoryBody, purposeBody, recipientBody, unique, composedRegister, publish } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

/** Posts a body and returns the error, asserting Strapi's error shape with a 400. */
async function refused(kind: string, data: unknown) {
  const response = await admin.post(`/privacy-notices/${kind}`, { data });
  expect(response.status).toBe(400);
  expect(response.body.data).toBeNull();
  expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
  return response.body.error as { message: string; details: { errors: { path: string[]; message: string }[] } };
}

const failingPaths = (error: Awaited<ReturnType<typeof refused>>) => error.details.errors.map((e) => e.path.join('.'));

describe('controllers (rekisterinpitäjä)', () => {
  it('creates a controller with a valid Y-tunnus and reads it back', async () => {
    const created = await create(admin, 'controllers', controllerBody());
    const read = await admin.get(`/privacy-notices/controllers/${created.documentId}`).expect(200);
    expect(read.body.data).toMatchObject({ name: 'Esimerkki Oy', businessId: '0737546-2', country: 'FI' });
    expect(read.body.data).not.toHaveProperty('searchText');
    expect(read.body.data).not.toHaveProperty('id');
  });

  it('refuses a Y-tunnus with a wrong check digit, naming businessId', async () => {
    const error = await refused('controllers', controllerBody({ businessId: '0737546-3' }));
    expect(failingPaths(error)).toEqual(['businessId']);
    expect(error.message).toMatch(/check digit/);
  });

  it('refuses a Y-tunnus in the wrong format', async () => {
    const error = await refused('controllers', controllerBody({ businessId: '07375462' }));
    expect(failingPaths(error)).toEqual(['businessId']);
    expect(error.message).toMatch(/1234567-1/);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code', async () => {
    expect(failingPaths(await refused('controllers', controllerBody({ country: 'XX' })))).toEqual(['country']);
    expect(failingPaths(await refused('controllers', controllerBody({ country: 'Finland' })))).toEqual(['country']);
  });

  it('refuses unknown fields, naming them', async () => {
    const error = await refused('controllers', controllerBody({ owner: 'someone' }));
    expect(failingPaths(error)).toEqual(['owner']);
  });

  it('refuses __proto__ and constructor keys', async () => {
    const proto = await admin
      .post('/privacy-notices/controllers')
      .set('Content-Type', 'application/json')
      .send('{"data":{"name":"X Oy","__proto__":{"admin":true}}}');
    expect(proto.status).toBe(400);
    expect(proto.body).toMatchObject({ data: null, error: { status: 400 } });
    const error = await refused('controllers', { name: 'X Oy', constructor: { prototype: {} } });
    expect(failingPaths(error)).toEqual(['constructor']);
  });

  it('refuses a body that is not { data: … }', async () => {
    const response = await admin.post('/privacy-notices/controllers', controllerBody());
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('defaults the country to FI', async () => {
    const created = await create(admin, 'controllers', { name: 'Maaton Oy' });
    expect(created.country).toBe('FI');
  });
});

describe('processing purposes', () => {
  it('refuses a legal basis outside Art 6(1)(a)–(f)', async () => {
    const error = await refused('purposes', purposeBody({ legalBasis: 'because' }));
    expect(failingPaths(error)).toEqual(['legalBasis']);
    expect(error.message).toMatch(/legitimate-interests/);
  });

  it('requires the legitimate interest when the basis is legitimate-interests', async () => {
    const error = await refused('purposes', purposeBody({ legalBasis: 'legitimate-interests' }));
    expect(failingPaths(error)).toEqual(['legitimateInterest']);
    const ok = await create(admin, 'purposes', purposeBody({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Palvelun kehittäminen' } }));
    expect(ok.legalBasis).toBe('legitimate-interests');
  });

  it('keeps requiring the interest when an update changes only the basis', async () => {
    const purpose = await create(admin, 'purposes', purposeBody());
    const response = await admin.put(`/privacy-notices/purposes/${purpose.documentId}`, { data: { legalBasis: 'legitimate-interests' } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['legitimateInterest']);
  });

  it('refuses text in a language that is not configured', async () => {
    const error = await refused('purposes', purposeBody({ title: { fi: 'Markkinointi', de: 'Marketing' } }));
    expect(failingPaths(error)).toEqual(['title.de']);
    expect(error.message).toMatch(/unknown language "de"/);
  });

  it('requires the title in the default language', async () => {
    const error = await refused('purposes', purposeBody({ title: { en: 'Marketing' } }));
    expect(failingPaths(error)).toEqual(['title.fi']);
  });

  it('refuses a translatable text that is a plain string', async () => {
    const error = await refused('purposes', purposeBody({ description: 'just text' }));
    expect(failingPaths(error)).toEqual(['description']);
  });
});

describe('recipients', () => {
  it('requires a transfer safeguard for a country outside the EU/EEA', async () => {
    const error = await refused('recipients', recipientBody({ country: 'US' }));
    expect(failingPaths(error)).toEqual(['transferSafeguard']);
    const ok = await create(admin, 'recipients', recipientBody({ country: 'US', transferSafeguard: 'standard-contractual-clauses' }));
    expect(ok.transferSafeguard).toBe('standard-contractual-clauses');
  });

  it('needs no safeguard inside the EU/EEA', async () => {
    const ok = await create(admin, 'recipients', recipientBody({ country: 'NO' }));
    expect(ok.country).toBe('NO');
  });

  it('refuses an unknown role and an unknown safeguard', async () => {
    expect(failingPaths(await refused('recipients', recipientBody({ role: 'friend' })))).toEqual(['role']);
    expect(failingPaths(await refused('recipients', recipientBody({ country: 'US', transferSafeguard: 'trust-us' })))).toEqual(['transferSafeguard']);
  });
});

describe('registers', () => {
  it('refuses a slug that is not URL-safe', async () => {
    for (const slug of ['Asiakas Rekisteri', '../etc/passwd', 'a--b', "x'; drop table"]) {
      const error = await refused('registers', { slug, title: { fi: 'Rekisteri' } });
      expect(failingPaths(error)).toEqual(['slug']);
    }
  });

  it('refuses a slug another register already has', async () => {
    const slug = unique('kaksoiskappale');
    await create(admin, 'registers', { slug, title: { fi: 'Ensimmäinen' } });
    const error = await refused('registers', { slug, title: { fi: 'Toinen' } });
    expect(failingPaths(error)).toEqual(['slug']);
    expect(error.message).toMatch(/already used/);
  });

  it('refuses a relation to an entry that does not exist, naming its position', async () => {
    const purpose = await create(admin, 'purposes', purposeBody());
    const error = await refused('registers', { slug: unique('r'), title: { fi: 'R' }, purposes: [purpose.documentId, 'doesnotexist123'] });
    expect(failingPaths(error)).toEqual(['purposes.1']);
  });

  it('keeps the order in which purposes, categories and recipients are given', async () => {
    const a = await create(admin, 'purposes', purposeBody({ title: { fi: 'A' } }));
    const b = await create(admin, 'purposes', purposeBody({ title: { fi: 'B' } }));
    const c = await create(admin, 'purposes', purposeBody({ title: { fi: 'C' } }));
    const register = await create(admin, 'registers', { slug: unique('order'), title: { fi: 'Järjestys' }, purposes: [c.documentId, a.documentId, b.documentId] });
    const titles = (register.purposes as { title: { fi: string } }[]).map((p) => p.title.fi);
    expect(titles).toEqual(['C', 'A', 'B']);
    const updated = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { purposes: [b.documentId, c.documentId, a.documentId] } }).expect(200);
    expect(updated.body.data.purposes.map((p: { title: { fi: string } }) => p.title.fi)).toEqual(['B', 'C', 'A']);
  });

  it('updates only the given fields and clears a field set to null', async () => {
    const { register } = await composedRegister(admin);
    const response = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: null, security: { fi: 'Palomuuri.' } } }).expect(200);
    expect(response.body.data.retention).toBeNull();
    expect(response.body.data.security).toEqual({ fi: 'Palomuuri.' });
    expect(response.body.data.title).toEqual(register.title);
  });
});

describe('lists, search and pagination', () => {
  it('searches by text in any language and paginates', async () => {
    const marker = unique('hakusana');
    for (let i = 0; i < 3; i++) await create(admin, 'data-categories', dataCategoryBody({ name: { fi: `Luokka ${i}`, en: `${marker} ${i}` } }));
    const page1 = await admin.get(`/privacy-notices/data-categories?q=${marker.toUpperCase()}&pageSize=2&page=1`).expect(200);
    expect(page1.body.data).toHaveLength(2);
    expect(page1.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    const page2 = await admin.get(`/privacy-notices/data-categories?q=${marker}&pageSize=2&page=2`).expect(200);
    expect(page2.body.data).toHaveLength(1);
  });

  it('refuses malformed pagination', async () => {
    for (const query of ['page=0', 'page=abc', 'pageSize=1000', 'pageSize=-1', 'sort=name']) {
      const response = await admin.get(`/privacy-notices/purposes?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
  });

  it('refuses text with a NUL character and answers 404 for a documentId no entry can have', async () => {
    const error = await refused('purposes', purposeBody({ description: { fi: 'a\u0000b' } }));
    expect(failingPaths(error)).toEqual(['description.fi']);
    expect((await admin.get('/privacy-notices/purposes?q=a%00b')).status).toBe(400);
    expect((await admin.get('/privacy-notices/purposes/x%00y')).status).toBe(404);
    expect((await admin.get("/privacy-notices/purposes/x'%20OR%201=1")).status).toBe(404);
  });

  it('answers 404 for an unknown documentId', async () => {
    const response = await admin.get('/privacy-notices/recipients/nosuchdocument');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });
});

describe('deleting', () => {
  it('refuses to delete a library entry a register uses, saying where it is used', async () => {
    const { register, purpose, controller } = await composedRegister(admin);
    const response = await admin.delete(`/privacy-notices/purposes/${purpose.documentId}`);
    expect(response.status).toBe(409);
    expect(response.body.error.details.usedBy).toEqual([expect.objectContaining({ documentId: register.documentId, slug: register.slug })]);
    // The admin says it in the editor's language from the code, naming the register by its title.
    expect(response.body.error.details).toMatchObject({ code: 'conflict.entryInUse', params: { count: 1, registers: expect.any(String) } });
    expect(response.body.error.details.params.registers).not.toBe('');
    expect((await admin.delete(`/privacy-notices/controllers/${controller.documentId}`)).status).toBe(409);
    await admin.get(`/privacy-notices/purposes/${purpose.documentId}`).expect(200);
  });

  it('deletes an entry nobody uses', async () => {
    const recipient = await create(admin, 'recipients', recipientBody());
    await admin.delete(`/privacy-notices/recipients/${recipient.documentId}`).expect(200);
    await admin.get(`/privacy-notices/recipients/${recipient.documentId}`).expect(404);
  });

  it('deletes a register without versions but refuses one with versions', async () => {
    const draft = await create(admin, 'registers', { slug: unique('luonnos'), title: { fi: 'Luonnos' } });
    await admin.delete(`/privacy-notices/registers/${draft.documentId}`).expect(200);

    const { register } = await composedRegister(admin);
    await publish(admin, register.documentId).expect(201);
    const response = await admin.delete(`/privacy-notices/registers/${register.documentId}`);
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(response.body.error.message).toMatch(/archive/);
    expect(response.body.error.details).toMatchObject({ code: 'conflict.registerHasVersions', params: { versions: 1 } });
    await admin.get(`/privacy-notices/registers/${register.documentId}`).expect(200);
  });
});
