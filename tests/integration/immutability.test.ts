/**
 * A published version cannot be changed or removed through any door Strapi has: the Content
 * Manager (its routes and its service), the content API, GraphQL, or calls another plugin might
 * make.
 * (The plugin's admin API and the basic strapi.documents/db.query calls are in publishing.test.ts.)
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

const VERSION_UID = 'plugin::privacy-notices.notice-version';
const REGISTER_UID = 'plugin::privacy-notices.register';
const UIDS = [VERSION_UID, REGISTER_UID, 'plugin::privacy-notices.controller', 'plugin::privacy-notices.processing-purpose', 'plugin::privacy-notices.data-category', 'plugin::privacy-notices.recipient'] as const;
const CONTENT_MANAGER = '/content-manager/collection-types';

let strapi: Core.Strapi;
let admin: AdminClient;
let registerId: string;
let slug: string;
let versionId: string;
let stored: unknown[];

const api = () => request(strapi.server.httpServer);
/** Every column of every version row, as the database holds it. */
const versionRows = () => strapi.db.connection(strapi.db.metadata.get(VERSION_UID).tableName).select('*').orderBy('id');

/**
 * How a write was refused: the plugin's lifecycle hooks and document middleware answer a 409 with
 * a code in its details; the database triggers behind them (which refuse the same writes) carry
 * neither, so a refusal that only the triggers made does not pass for the plugin's.
 */
async function refusal(attempt: Promise<unknown>): Promise<{ status?: number; code?: string } | 'not refused'> {
  try {
    await attempt;
  } catch (error) {
    const { status, details } = error as { status?: number; details?: { code?: string } };
    return { status, code: details?.code };
  }
  return 'not refused';
}
const refused = (code: string) => ({ status: 409, code });

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const { register } = await composedRegister(admin);
  registerId = register.documentId;
  slug = register.slug as string;
  const v1 = (await publish(admin, registerId, { changeSummary: { fi: 'Ensimmäinen versio.' } }).expect(201)).body.data;
  expect(v1.version).toBe(1);
  versionId = (await strapi.db.query(VERSION_UID).findOne({ where: { registerDocumentId: registerId } })).documentId;
  stored = await versionRows();
});
afterAll(() => stopStrapi(strapi));

afterEach(async () => {
  // Whatever a test tried, the version and its register are exactly as published.
  expect(await versionRows()).toEqual(stored);
  expect(await strapi.db.query(REGISTER_UID).count({ where: { documentId: registerId } })).toBe(1);
});

describe('the Content Manager', () => {
  it('refuses every write route for versions and registers, even to a super admin', async () => {
    const versions = `${CONTENT_MANAGER}/${VERSION_UID}`;
    const registers = `${CONTENT_MANAGER}/${REGISTER_UID}`;
    const attempts: [string, string, object?][] = [
      ['put', `${versions}/${versionId}`, { material: true, contentHash: '0'.repeat(64) }],
      ['delete', `${versions}/${versionId}`],
      ['post', versions, { registerDocumentId: registerId, version: 2, snapshot: {}, contentHash: 'x', updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }],
      ['post', `${versions}/actions/bulkDelete`, { documentIds: [versionId] }],
      ['post', `${versions}/clone/${versionId}`, {}],
      ['post', `${versions}/${versionId}/actions/publish`, {}],
      ['post', `${versions}/${versionId}/actions/unpublish`, {}],
      ['delete', `${registers}/${registerId}`],
      ['post', `${registers}/actions/bulkDelete`, { documentIds: [registerId] }],
    ];
    for (const [method, url, body] of attempts) {
      const response = await (method === 'delete' ? admin.delete(url) : admin[method as 'put' | 'post'](url, body));
      expect({ method, url, status: response.status }).toEqual({ method, url, status: 403 });
      expect(response.body).toMatchObject({ data: null, error: { status: 403 } });
    }
  });

  it('refuses through its document-manager service too, where its own permission checks are not in the way', async () => {
    const manager = strapi.plugin('content-manager').service('document-manager');
    expect(await refusal(manager.update(versionId, VERSION_UID, { data: { material: true } }))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(manager.delete(versionId, VERSION_UID))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(manager.deleteMany([versionId], VERSION_UID))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(manager.clone(versionId, {}, VERSION_UID))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(manager.create(VERSION_UID, { data: { registerDocumentId: registerId, version: 2 } }))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(manager.delete(registerId, REGISTER_UID))).toEqual(refused('conflict.registerHasVersions'));
  });
});

describe('the content API', () => {
  it('has no route that writes: 404 or 405 for every write method on every public path', async () => {
    const paths = [
      '/api/privacy-notices/notices',
      `/api/privacy-notices/notices/${slug}`,
      `/api/privacy-notices/notices/${slug}/versions`,
      `/api/privacy-notices/notices/${slug}/versions/1`,
      '/api/privacy-notices/notice-versions',
      `/api/privacy-notices/notice-versions/${versionId}`,
      '/api/notice-versions',
      `/api/notice-versions/${versionId}`,
    ];
    for (const path of paths) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const response = await api()[method](path).send({ data: { material: true } });
        expect({ method, path, refused: [404, 405].includes(response.status) }).toEqual({ method, path, refused: true });
      }
    }
  });
});

describe('calls another plugin could make', () => {
  it('refuses every write method of strapi.db.query(...)', async () => {
    const query = strapi.db.query(VERSION_UID);
    const row = { registerDocumentId: registerId, version: 2, updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z', snapshot: {}, contentHash: 'x' };
    expect(await refusal(query.create({ data: row }))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(query.createMany({ data: [row] }))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(query.updateMany({ where: { registerDocumentId: registerId }, data: { material: true } }))).toEqual(refused('conflict.versionsImmutable'));
    expect(await refusal(query.deleteMany({ where: { registerDocumentId: registerId } }))).toEqual(refused('conflict.versionsImmutable'));
  });

  it('refuses a clone through strapi.documents(...)', async () => {
    // Versions have no draft & publish, so clone is the one document write publishing.test.ts leaves out.
    expect(await refusal(strapi.documents(VERSION_UID).clone({ documentId: versionId } as never))).toEqual(refused('conflict.versionsImmutable'));
  });

  it('refuses inside a transaction, and the transaction leaves nothing behind', async () => {
    expect(
      await refusal(
        strapi.db.transaction(async () => {
          await strapi.db.query(REGISTER_UID).update({ where: { documentId: registerId }, data: { archived: true } });
          await strapi.db.query(VERSION_UID).update({ where: { documentId: versionId }, data: { material: true } });
        }),
      ),
    ).toEqual(refused('conflict.versionsImmutable'));
    expect((await strapi.db.query(REGISTER_UID).findOne({ where: { documentId: registerId } })).archived).not.toBe(true);
  });
});

describe('GraphQL', () => {
  const graphql = (query: string) => api().post('/graphql').send({ query });
  /** The names Strapi's generated CRUD would give the plugin's types, e.g. PrivacyNoticesNoticeVersion. */
  const generatedNames = () => {
    const naming = strapi.plugin('graphql').service('utils').naming;
    return Object.values(UIDS).map((uid) => naming.getTypeName(strapi.contentType(uid)) as string);
  };

  it('has no type and no mutation for the plugin\'s content types: the generated CRUD is disabled', async () => {
    const names = generatedNames();
    expect(names).toContain('PrivacyNoticesNoticeVersion');
    const { body } = await graphql('{ __schema { types { name } mutationType { fields { name } } } }').expect(200);
    const types = body.data.__schema.types.map((t: { name: string }) => t.name);
    const mutations = body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(types.filter((type: string) => names.some((name) => type.startsWith(name)))).toEqual([]);
    expect(mutations.filter((mutation: string) => names.some((name) => mutation.includes(name)))).toEqual([]);
  });

  it('refuses a mutation of a version as a query of a field that does not exist', async () => {
    for (const mutation of [
      `updatePrivacyNoticesNoticeVersion(documentId: "${versionId}", data: { material: true }) { documentId }`,
      `deletePrivacyNoticesNoticeVersion(documentId: "${versionId}") { documentId }`,
      `deletePrivacyNoticesRegister(documentId: "${registerId}") { documentId }`,
    ]) {
      const response = await graphql(`mutation { ${mutation} }`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('the register and library rules, through every Strapi API', () => {
  const PURPOSE_UID = 'plugin::privacy-notices.processing-purpose';
  const LIBRARY_UIDS = {
    controller: 'plugin::privacy-notices.controller',
    purpose: PURPOSE_UID,
    category: 'plugin::privacy-notices.data-category',
    recipient: 'plugin::privacy-notices.recipient',
  } as const;
  let parts: Awaited<ReturnType<typeof composedRegister>>;

  beforeAll(async () => {
    // A second register that uses its own library entries but is not published: the rules are about use, not publishing.
    parts = await composedRegister(admin);
  });

  const storedSlug = async () => (await strapi.db.query(REGISTER_UID).findOne({ where: { documentId: registerId } })).slug;

  it('keeps the slug of a published register through strapi.documents() and strapi.db.query()', async () => {
    expect(await refusal(strapi.documents(REGISTER_UID).update({ documentId: registerId, data: { slug: 'uusi-osoite' } } as never))).toEqual(refused('conflict.slugFrozen'));
    expect(await refusal(strapi.db.query(REGISTER_UID).update({ where: { documentId: registerId }, data: { slug: 'uusi-osoite' } }))).toEqual(refused('conflict.slugFrozen'));
    expect(await refusal(strapi.db.query(REGISTER_UID).updateMany({ where: { documentId: registerId }, data: { slug: 'uusi-osoite' } }))).toEqual(refused('conflict.slugFrozen'));
    expect(await storedSlug()).toBe(slug);
    // Other fields of the published register stay editable, and so does an unpublished register's slug.
    await strapi.documents(REGISTER_UID).update({ documentId: registerId, data: { archived: false, slug } } as never);
    const renamed = `${parts.register.slug}-uusi`;
    await strapi.db.query(REGISTER_UID).update({ where: { documentId: parts.register.documentId }, data: { slug: renamed } });
    await strapi.documents(REGISTER_UID).update({ documentId: parts.register.documentId, data: { slug: parts.register.slug } } as never);
  });

  it('keeps a register with versions through strapi.db.query() delete and deleteMany', async () => {
    expect(await refusal(strapi.db.query(REGISTER_UID).delete({ where: { documentId: registerId } }))).toEqual(refused('conflict.registerHasVersions'));
    expect(await refusal(strapi.db.query(REGISTER_UID).deleteMany({ where: { documentId: registerId } }))).toEqual(refused('conflict.registerHasVersions'));
    expect(await refusal(strapi.db.query(REGISTER_UID).deleteMany({ where: { slug: { $notNull: true } } }))).toEqual(refused('conflict.registerHasVersions'));
    expect(await strapi.db.query(REGISTER_UID).count({ where: { documentId: parts.register.documentId } })).toBe(1);
  });

  it('keeps the chain head of a register out of reach of every write but publishing', async () => {
    for (const data of [{ headVersion: 7 }, { headRecordHash: 'f'.repeat(64) }, { headVersion: 0, headRecordHash: null }]) {
      expect(await refusal(strapi.documents(REGISTER_UID).update({ documentId: registerId, data } as never))).toEqual(refused('conflict.chainHeadFixed'));
      expect(await refusal(strapi.db.query(REGISTER_UID).update({ where: { documentId: registerId }, data }))).toEqual(refused('conflict.chainHeadFixed'));
      expect(await refusal(strapi.db.query(REGISTER_UID).updateMany({ where: { documentId: registerId }, data }))).toEqual(refused('conflict.chainHeadFixed'));
    }
    expect(await refusal(strapi.documents(REGISTER_UID).create({ data: { slug: 'valmis-ketju', title: { fi: 'X' }, headVersion: 3 } } as never))).toEqual(refused('conflict.chainHeadFixed'));
    expect(await strapi.db.query(REGISTER_UID).findOne({ where: { documentId: registerId }, select: ['headVersion'] })).toEqual({ headVersion: 1 });
  });

  it('keeps library entries a register uses through strapi.documents() and strapi.db.query()', async () => {
    for (const [name, uid] of Object.entries(LIBRARY_UIDS)) {
      const { documentId } = parts[name as keyof typeof LIBRARY_UIDS];
      expect(await refusal(strapi.documents(uid).delete({ documentId }))).toEqual(refused('conflict.entryInUse'));
      expect(await refusal(strapi.db.query(uid).delete({ where: { documentId } }))).toEqual(refused('conflict.entryInUse'));
      expect(await refusal(strapi.db.query(uid).deleteMany({ where: { documentId } }))).toEqual(refused('conflict.entryInUse'));
      expect({ name, left: await strapi.db.query(uid).count({ where: { documentId } }) }).toEqual({ name, left: 1 });
    }
    // An entry nobody uses is deleted as before.
    const unused = await strapi.documents(PURPOSE_UID).create({ data: { title: { fi: 'Käyttämätön' }, legalBasis: 'contract' } } as never);
    await strapi.documents(PURPOSE_UID).delete({ documentId: unused.documentId });
    expect(await strapi.db.query(PURPOSE_UID).count({ where: { documentId: unused.documentId } })).toBe(0);
  });
});
