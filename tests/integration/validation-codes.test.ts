/**
 * What the admin needs to say a refusal in the editor's language under the field's own label:
 * every failing field of a 400 comes with a code and its parameters. And what it needs before an
 * edit: the registers a library entry serves (`usedBy`), and a saved register's status in the
 * answer to the save itself.
 */
import type { Core } from '@strapi/strapi';
import { FIELD_PROBLEM_CODES } from '../../server/src/domain/field-checks';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, controllerBody, create, publish, purposeBody, recipientBody, unique } from './helpers/fixtures';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

interface Refusal {
  path: string[];
  message: string;
  code: string;
  params: Record<string, string | number>;
}

/** The refusal of a body: Strapi's 400 shape, each failing field as path → { code, params }. */
async function refusal(request: Promise<{ status: number; body: { error: { details: { errors: Refusal[] } } } }>) {
  const response = await request;
  expect(response.status).toBe(400);
  return Object.fromEntries(response.body.error.details.errors.map(({ path, code, params }) => [path.join('.'), { code, params }]));
}

const created = (kind: string, data: object) => refusal(admin.post(`/privacy-notices/${kind}`, { data }));

describe('a refused body names each field with a code and its parameters', () => {
  it('a Y-tunnus with a wrong check digit, and one in the wrong format', async () => {
    await expect(created('controllers', controllerBody({ businessId: '1234567-8' }))).resolves.toEqual({
      businessId: { code: 'validation.businessId.checkDigit', params: { value: '1234567-8' } },
    });
    await expect(created('controllers', controllerBody({ businessId: '12345678' }))).resolves.toEqual({
      businessId: { code: 'validation.businessId.format', params: {} },
    });
  });

  it('the example the form shows is a valid Y-tunnus', async () => {
    await create(admin, 'controllers', controllerBody({ businessId: '1234567-1' }));
  });

  it('several fields at once: e-mail, phone, country and a missing name', async () => {
    await expect(created('controllers', controllerBody({ name: '', email: 'not an address', phone: 'call me', country: 'XX', dpo: { email: 'x@' } }))).resolves.toEqual({
      name: { code: 'validation.required', params: {} },
      email: { code: 'validation.email', params: {} },
      phone: { code: 'validation.phone', params: {} },
      country: { code: 'validation.country', params: { value: 'XX' } },
      'dpo.email': { code: 'validation.email', params: {} },
    });
  });

  it('a text required in the default language, and an unknown legal basis', async () => {
    await expect(created('purposes', purposeBody({ title: { en: 'Customers' }, legalBasis: 'because' }))).resolves.toEqual({
      'title.fi': { code: 'validation.requiredIn', params: { language: 'fi' } },
      legalBasis: { code: 'validation.oneOf', params: {} },
    });
  });

  it('the rules between fields: the legitimate interest, the transfer safeguard', async () => {
    await expect(created('purposes', purposeBody({ legalBasis: 'legitimate-interests' }))).resolves.toEqual({
      legitimateInterest: { code: 'validation.legitimateInterest.required', params: { language: 'fi' } },
    });
    await expect(created('recipients', recipientBody({ country: 'US' }))).resolves.toEqual({
      transferSafeguard: { code: 'validation.transferSafeguard.required', params: { country: 'US' } },
    });
  });

  it('a register: its slug and title, on a save as on a create', async () => {
    const { register } = await composedRegister(admin);
    await expect(refusal(admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { slug: 'Not A Slug', title: { sv: 'Register' } } }))).resolves.toEqual({
      slug: { code: 'validation.slug.format', params: {} },
      'title.fi': { code: 'validation.requiredIn', params: { language: 'fi' } },
    });
  });

  it('a publish body', async () => {
    const { register } = await composedRegister(admin);
    await expect(refusal(publish(admin, register.documentId, { material: 'yes' }))).resolves.toEqual({ material: { code: 'validation.invalid', params: {} } });
  });

  it('sends only codes the admin has words for', async () => {
    const bodies: [string, object][] = [
      ['controllers', controllerBody({ businessId: 'x', email: 'y', phone: 'z', country: 'ZZ', website: 'nope', name: 'n'.repeat(400) })],
      ['purposes', purposeBody({ title: null, legalBasis: 'legitimate-interests', description: { fi: 3 } })],
      ['recipients', recipientBody({ role: null, country: 'CN' })],
    ];
    for (const [kind, data] of bodies) {
      for (const { code } of Object.values(await created(kind, data))) expect(FIELD_PROBLEM_CODES).toContain(code);
    }
  });
});

describe('what an edit reaches', () => {
  it('lists and reads a library entry with the registers using it', async () => {
    const first = await composedRegister(admin);
    const second = await create(admin, 'registers', {
      slug: unique('henkilostorekisteri'),
      title: { fi: 'Henkilöstörekisteri' },
      controller: first.controller.documentId,
      purposes: [first.purpose.documentId],
    });
    const unused = await create(admin, 'controllers', controllerBody({ name: unique('Käyttämätön Oy') }));

    const read = await admin.get(`/privacy-notices/controllers/${first.controller.documentId}`).expect(200);
    const users = (read.body.data.usedBy as { documentId: string; slug: string; title: string }[]).map(({ documentId, title }) => [documentId, title]);
    expect(users).toHaveLength(2);
    expect(users).toEqual(expect.arrayContaining([[first.register.documentId, 'Asiakasrekisteri'], [second.documentId, 'Henkilöstörekisteri']]));

    const list = await admin.get('/privacy-notices/controllers?pageSize=100').expect(200);
    const byId = new Map((list.body.data as { documentId: string; usedBy: unknown[] }[]).map((entry) => [entry.documentId, entry.usedBy]));
    expect(byId.get(first.controller.documentId)).toHaveLength(2);
    expect(byId.get(unused.documentId)).toEqual([]);

    const purposes = await admin.get(`/privacy-notices/purposes/${first.purpose.documentId}`).expect(200);
    expect(purposes.body.data.usedBy).toHaveLength(2);
    const category = await admin.get(`/privacy-notices/data-categories/${first.category.documentId}`).expect(200);
    expect(category.body.data.usedBy.map((user: { slug: string }) => user.slug)).toEqual([first.register.slug]);
  });

  it('answers a save with the register and its status, unpublished changes included', async () => {
    const { register } = await composedRegister(admin);
    expect((await publish(admin, register.documentId)).status).toBe(201);
    const unchanged = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: {} }).expect(200);
    expect(unchanged.body.data.status).toMatchObject({ versions: 1, latestVersion: 1, hasUnpublishedChanges: false });
    const changed = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: 'Kaksi vuotta.' } } }).expect(200);
    expect(changed.body.data.retention).toEqual({ fi: 'Kaksi vuotta.' });
    expect(changed.body.data.status).toMatchObject({ versions: 1, latestVersion: 1, hasUnpublishedChanges: true });
  });
});
