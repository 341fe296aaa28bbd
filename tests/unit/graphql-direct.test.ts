/** Which GraphQL operations the plugin runs on its own schema: those asking only for its queries. */
import { parse } from 'graphql';
import { onlyAsksFor } from '../../server/src/graphql/direct-execution';
import type { Document } from '../../server/src/graphql/operation-limits';

const NAMES = ['privacyNotice', 'privacyNotices', 'privacyNoticeVersions'];
const asks = (query: string) => {
  const document = parse(query) as unknown as Document & { definitions: { kind: string; selectionSet?: unknown }[] };
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  return onlyAsksFor(document, operation as never, NAMES);
};

describe('an operation the plugin answers itself', () => {
  it.each([
    '{ privacyNotice(slug: "a") { slug } }',
    '{ a: privacyNotice(slug: "a") { slug } b: privacyNotices { slug } __typename }',
    'query { ...Both } fragment Both on Query { privacyNotices { slug } ... on Query { privacyNoticeVersions(slug: "a") { version } } }',
  ])('%s', (query) => {
    expect(asks(query)).toBe(true);
  });
});

describe('an operation left to Strapi', () => {
  it.each([
    '{ privacyNotice(slug: "a") { slug } __schema { queryType { name } } }',
    '{ usersPermissionsRoles { nodes { name } } }',
    'query { ...Other } fragment Other on Query { me { id } }',
    'query { ...Missing }',
  ])('%s', (query) => {
    expect(asks(query)).toBe(false);
  });
});
