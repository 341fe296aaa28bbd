/** The GraphQL request limits, on parsed documents. */
import { parse } from 'graphql';
import { fragmentProblem, operationProblem, rootCalls, MAX_NOTICE_QUERIES, type Document } from '../../server/src/graphql/operation-limits';

const QUERIES = ['privacyNotice', 'privacyNotices', 'privacyNoticeVersions'];
const document = (query: string) => parse(query) as unknown as Document;

describe('fragmentProblem', () => {
  it.each([
    ['a fragment spreading itself', '{ ...A } fragment A on Query { ...A }', /within itself/],
    ['two fragments spreading each other', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', /within itself/],
    ['a longer cycle through fields', '{ ...A } fragment A on Query { x { ...B } } fragment B on X { y { ...C } } fragment C on Y { ...A }', /within itself/],
    ['a cycle nobody uses', '{ x } fragment A on Query { ...A }', /within itself/],
    ['an unknown fragment', '{ ...Missing }', /Unknown fragment "Missing"/],
    ['an unknown fragment deep inside', '{ a { b { c { ...Missing } } } }', /Unknown fragment "Missing"/],
  ])('finds %s', (_label, query, message) => {
    expect(fragmentProblem(document(query))).toMatch(message);
  });

  it('accepts fragments used many times, in a diamond', () => {
    expect(fragmentProblem(document('{ ...A ...B } fragment A on Query { ...C } fragment B on Query { ...C } fragment C on Query { x }'))).toBeNull();
  });
});

describe('rootCalls', () => {
  it('counts distinct response names of the plugin queries, through aliases and fragments', () => {
    const query = `
      query One { a: privacyNotice(slug: "a") { slug } b: privacyNotice(slug: "b") { slug } privacyNotices { slug } other { x } ...F ...F ... on Query { c: privacyNoticeVersions(slug: "c") { version } } }
      query Two { privacyNotices { slug } }
      fragment F on Query { d: privacyNotice(slug: "d") { slug } a: privacyNotice(slug: "a") { slug } }`;
    expect(rootCalls(document(query), QUERIES)).toBe(5);
  });

  it('refuses more than the limit, whatever mix of queries', () => {
    const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `${field}${i}: ${field}(slug: "x") { slug }`).join(' ');
    expect(operationProblem(document(`{ ${aliases(MAX_NOTICE_QUERIES, 'privacyNotice')} }`), QUERIES)).toBeNull();
    expect(operationProblem(document(`{ ${aliases(10, 'privacyNotice')} ${aliases(11, 'privacyNoticeVersions')} }`), QUERIES)).toMatch(/at most 20 times; this one calls them 21/);
  });
});
