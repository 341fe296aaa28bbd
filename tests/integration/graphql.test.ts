/**
 * GraphQL (@strapi/plugin-graphql, enabled in the playground): the three public queries answer
 * exactly what REST answers, without login, and Strapi's generated CRUD for the plugin's types is off.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { UID } from '../../server/src/uids';

let strapi: Core.Strapi;
const api = () => request(strapi.server.httpServer);
const HOST = 'cms.kuusikko.example';

beforeAll(async () => {
  strapi = await startStrapi({ PLAYGROUND_DEMO_DATA: 'true' });
});
afterAll(() => stopStrapi(strapi));

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  // One Host for GraphQL and REST, so that addresses built from it (historyUrl) agree.
  const response = await api().post('/graphql').set('Host', HOST).send({ query, variables });
  return response.body as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
}

const VERSION_FIELDS = 'version updatedOn effectiveFrom changeSummary material contentHash recordHash';
const NOTICE_FIELDS = `
  slug version locale availableLocales createdOn updatedOn effectiveFrom changeSummary material contentHash recordHash untranslated
  chainHead { version recordHash }
  history { ${VERSION_FIELDS} }
  historyTotal historyUrl
  upcoming { ${VERSION_FIELDS} }
  notice {
    title noticeKind dataSubjects sources sourceKinds regularDisclosures transfersOutsideEea transfersText retention security
    automatedDecisionMaking automatedDecisions automatedDecisionsConsequences rights statutoryRequirement cookies
    controller { name businessId streetAddress postalCode city country email phone website representative dpo { name email phone } }
    contactPerson { name email phone address }
    purposes { title description legalBasis legitimateInterest legitimateInterestOf directMarketing dpvPurpose }
    dataCategories { name description examples special art9Ground art10Authority dpvCategory }
    recipients { name description role country outsideEea transferSafeguard safeguardDetails art49Derogation }
    extraSections { title body }
  }`;
const NOTICE_QUERY = `query ($slug: String!, $locale: String, $version: Int) { privacyNotice(slug: $slug, locale: $locale, version: $version) { ${NOTICE_FIELDS} } }`;

/** GraphQL answers every field it is asked for; REST leaves out the optional dpo fields it has no value for. */
const withoutNulls = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v) => (v === null ? undefined : v)));

describe('privacyNotice', () => {
  it.each([
    ['asiakasrekisteri', 'fi', undefined],
    ['asiakasrekisteri', 'sv', undefined],
    ['asiakasrekisteri', 'en', 2],
    ['rekrytointirekisteri', 'en', undefined],
  ])('agrees with REST field by field for %s in %s (version %s)', async (slug, locale, version) => {
    const rest = await api()
      .get(version ? `/api/privacy-notices/notices/${slug}/versions/${version}` : `/api/privacy-notices/notices/${slug}`)
      .query({ locale })
      .set('Host', HOST)
      .expect(200);
    const { data, errors } = await graphql(NOTICE_QUERY, { slug, locale, version });
    expect(errors).toBeUndefined();
    expect(withoutNulls(data!.privacyNotice)).toEqual(withoutNulls(rest.body.data));
    expect((data!.privacyNotice as { version: number }).version).toBe(version ?? rest.body.data.version);
  });

  it('is null for a notice that does not exist, and refuses malformed arguments like REST', async () => {
    expect((await graphql(NOTICE_QUERY, { slug: 'no-such-notice' })).data!.privacyNotice).toBeNull();
    expect((await graphql(NOTICE_QUERY, { slug: 'asiakasrekisteri', version: 9 })).data!.privacyNotice).toBeNull();
    for (const variables of [{ slug: 'asiakasrekisteri', locale: 'FI-fi' }, { slug: 'asiakasrekisteri', version: 0 }]) {
      const { errors } = await graphql(NOTICE_QUERY, variables);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('privacyNotices and privacyNoticeVersions', () => {
  it('list the same notices and versions as REST', async () => {
    const list = await graphql('query ($locale: String) { privacyNotices(locale: $locale) { slug title locale version createdOn updatedOn effectiveFrom recordHash chainHead { version recordHash } } }', { locale: 'sv' });
    const restList = await api().get('/api/privacy-notices/notices?locale=sv').expect(200);
    expect(list.data!.privacyNotices).toEqual(restList.body.data);

    const versions = await graphql(`query { privacyNoticeVersions(slug: "rekrytointirekisteri", locale: "en") { ${VERSION_FIELDS} } }`);
    const restVersions = await api().get('/api/privacy-notices/notices/rekrytointirekisteri/versions?locale=en').expect(200);
    expect(versions.data!.privacyNoticeVersions).toEqual(restVersions.body.data);
    expect((await graphql('query { privacyNoticeVersions(slug: "no-such-notice") { version } }')).data!.privacyNoticeVersions).toBeNull();
  });
});

describe('the schema', () => {
  it('has no generated CRUD for the plugin\'s content types', async () => {
    const extension = strapi.plugin('graphql').service('extension');
    for (const uid of Object.values(UID)) expect(extension.shadowCRUD(uid).isDisabled()).toBe(true);

    // The names Strapi would give the generated types and queries are nowhere in the schema.
    const naming = strapi.plugin('graphql').service('utils').naming;
    const generated = Object.values(UID).flatMap((uid) => {
      const contentType = strapi.contentType(uid);
      return [naming.getTypeName(contentType), naming.getFindQueryName(contentType), naming.getFindOneQueryName(contentType)];
    });
    const { data } = await graphql('{ __schema { queryType { fields { name } } types { name } } }');
    const schema = data!.__schema as { queryType: { fields: { name: string }[] }; types: { name: string }[] };
    const names = [...schema.queryType.fields, ...schema.types].map((entry) => entry.name);
    expect(generated.filter((name) => names.includes(name))).toEqual([]);
    expect(names.filter((name) => /privacy/i.test(name) && /^[a-z]/.test(name)).sort()).toEqual([
      'privacyNotice',
      'privacyNoticeVersions',
      'privacyNoticeVersions_connection',
      'privacyNotices',
      'privacyNotices_connection',
    ]);
  });
});
