/**
 * Hostile input on every route the plugin defines (read from strapi.plugin(...).routes, so a
 * route added later is fuzzed too): bodies generated from the request schemas one bad field at a
 * time, malformed and oversized bodies, path traversal and SQL in path parameters, malformed
 * query parameters. Every refusal is a 4xx in Strapi's error shape, never a 5xx, and the
 * plugin's tables are byte-for-byte unchanged after every refused write.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { composedRegister, controllerBody, dataCategoryBody, publish, purposeBody, recipientBody } from './helpers/fixtures';
import { LIBRARY_KINDS, type LibraryKindKey } from '../../server/src/services/library-kinds';
import { publishSchema, type LanguageConfig } from '../../server/src/validation/schemas';
import { importSchema } from '../../server/src/validation/import';
import { MAX_NAME, MAX_TEXT } from '../../server/src/validation/fields';
import { UID } from '../../server/src/uids';

interface Route {
  method: string;
  path: string;
  handler: string;
}

interface Case {
  label: string;
  method: string;
  url: string;
  /** A JSON body, or raw bytes with their content type. */
  body?: unknown;
  raw?: { type: string; payload: string };
  /** The field a 400 must name (schema-generated cases). */
  field?: string;
}

interface Violation {
  label: string;
  status: number;
  problem: string;
}

/** What yup's describe() gives for one field. */
interface FieldDescription {
  type: string;
  oneOf: unknown[];
  tests: { name: string; params?: { max?: number } }[];
  fields?: Record<string, FieldDescription>;
  innerType?: FieldDescription;
}

const LANGUAGES: LanguageConfig = { languages: ['fi', 'sv', 'en'], defaultLanguage: 'fi' };

let strapi: Core.Strapi;
let admin: AdminClient;
const ids: Record<string, string> = {};
const violations: Violation[] = [];
let casesRun = 0;

const http = () => request(strapi.server.httpServer);
const routesOf = (type: 'admin' | 'content-api') =>
  (strapi.plugin('privacy-notices').routes as unknown as Record<string, { routes: Route[] }>)[type].routes;
const prefixOf = (type: 'admin' | 'content-api') => (type === 'admin' ? '/privacy-notices' : '/api/privacy-notices');
const allRoutes = () => (['admin', 'content-api'] as const).flatMap((type) => routesOf(type).map((route) => ({ type, route })));

// ---------------------------------------------------------------------------------------------
// The database, before and after

/** The plugin's tables: one per content type and one per relation. */
function pluginTables(): string[] {
  const tables = new Set<string>();
  for (const uid of Object.values(UID)) {
    const meta = strapi.db.metadata.get(uid);
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes) as { joinTable?: { name: string } }[]) {
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

/** Row counts and a sha256 of every row of every plugin table. */
async function databaseState() {
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  const tables = pluginTables();
  const contents = await Promise.all(tables.map((table) => strapi.db.connection(table).select('*').orderBy('id')));
  tables.forEach((table, i) => {
    counts[table] = contents[i].length;
    hash.update(`${table}\n${JSON.stringify(contents[i])}\n`);
  });
  return { counts, hash: hash.digest('hex') };
}

// ---------------------------------------------------------------------------------------------
// Generating cases

const TOO_DEEP = (open: string, close: string) => `{"data": {"title": ${open.repeat(5000)}"x"${close.repeat(5000)}}}`;

/** Hostile values for one field, from what its schema says it accepts. */
function hostileValues(field: FieldDescription): [string, unknown][] {
  const testNames = field.tests.map((t) => t.name);
  const max = field.tests.find((t) => t.name === 'max')?.params?.max;
  const values: [string, unknown][] = [];
  switch (field.type) {
    case 'string':
      values.push(['a number', 42], ['an object', { $ne: null }], ['a list', ['x']], ['a boolean', true]);
      break;
    case 'boolean':
      values.push(['"yes"', 'yes'], ['2', 2], ['an object', {}]);
      break;
    case 'array':
      values.push(['a string', 'x'], ['an object', { 0: 'x' }], ['a list of numbers', [42]]);
      if (max !== undefined) values.push([`${max + 1} entries`, Array.from({ length: max + 1 }, (_, i) => `entry-${i}`)]);
      if (testNames.includes('unique')) values.push(['a repeated entry', [field.innerType?.oneOf.find((v) => v) ?? 'same', field.innerType?.oneOf.find((v) => v) ?? 'same']]);
      if (field.innerType?.type === 'string') values.push(['path traversal', ['../../etc/passwd']], ['SQL', ["x' OR '1'='1"]], ['an unknown documentId', ['nosuchentry']]);
      if (field.innerType?.type === 'object') values.push(['an entry with an unknown field', [{ unknownField: 'x' }]], ['an entry that is a string', ['x']]);
      break;
    case 'object':
      values.push(['a string', 'x'], ['a list', ['x']], ['an unknown field', { unknownField: 'x' }]);
      break;
    default:
      // mixed: translatable text or lists, e.g. { "fi": "…" }
      values.push(['a plain string', 'plain text'], ['a number', 42], ['a list', ['x']], ['an unknown language', { xx: 'x' }], ['a "constructor" language', { constructor: 'x' }]);
      if (testNames.includes('translatable-list')) {
        values.push(['a string instead of a list', { fi: 'x' }], ['a list of numbers', { fi: [42] }], ['201 entries', { fi: Array(201).fill('x') }], ['an oversize entry', { fi: ['x'.repeat(MAX_NAME + 1)] }]);
      } else {
        values.push(['a number as text', { fi: 42 }], ['an object as text', { fi: { $ne: '' } }], ['oversize text', { fi: 'x'.repeat(MAX_TEXT + 1) }]);
      }
  }
  if (field.type === 'string') {
    if (max !== undefined) values.push([`${max + 1} characters`, 'x'.repeat(max + 1)]);
    const choices = field.oneOf.filter((v): v is string => typeof v === 'string');
    if (choices.length > 0) values.push(['an invalid choice', 'not-a-choice'], ['an upper-case choice', choices[0].toUpperCase()], ['a choice with SQL', `${choices[0]}' OR '1'='1`]);
    if (testNames.includes('matches')) values.push(['path traversal', '../../etc/passwd'], ['SQL', "x'; DROP TABLE privacy_notices_registers; --"], ['markup', '<script>alert(1)</script>']);
    if (testNames.includes('email')) values.push(['a non-email', 'not-an-email']);
    if (testNames.includes('url')) values.push(['a javascript: URL', 'javascript:alert(1)'], ['a non-URL', 'not a url']);
    if (testNames.includes('iso-3166')) values.push(['an unknown country', 'XX'], ['alpha-3', 'FIN']);
    if (testNames.includes('y-tunnus')) values.push(['a wrong check digit', '0737546-3'], ['a malformed Y-tunnus', "0737546-2' --"]);
    if (testNames.includes('iso-date')) values.push(['month 13', '2024-13-01'], ['Feb 30', '2024-02-30'], ['a Finnish date', '24.5.2018']);
    if (testNames.includes('iso-datetime')) values.push(['a word', 'tomorrow'], ['a date only', '2024-01-01'], ['hour 25', '2024-01-01T25:00:00Z']);
  }
  return values;
}

/** One case per hostile value of every field (nested objects included), on top of a valid body. */
function schemaCases(method: string, url: string, description: FieldDescription, base: Record<string, unknown>, prefix = ''): Case[] {
  return Object.entries(description.fields ?? {}).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const wrap = (value: unknown) => (prefix ? { ...base, [prefix]: { [name]: value } } : { ...base, [name]: value });
    // An update goes through the same schema as a create: one wrong value per field shows it is applied.
    const values = method === 'PUT' ? hostileValues(field).slice(0, 1) : hostileValues(field);
    const own = values.map(([what, value]) => ({ label: `${method} ${url} ${path}: ${what}`, method, url, body: { data: wrap(value) }, field: path }));
    const nested = field.type === 'object' && !prefix ? schemaCases(method, url, field, base, name) : [];
    return [...own, ...nested];
  });
}

/** Valid bodies: each generated case spoils exactly one field of one of these. */
function validBody(kind: LibraryKindKey): Record<string, unknown> {
  switch (kind) {
    case 'controllers':
      return controllerBody();
    case 'purposes':
      return purposeBody();
    case 'data-categories':
      return dataCategoryBody();
    case 'recipients':
      return recipientBody();
    case 'registers':
      return { slug: 'hostile-new-register', title: { fi: 'Uusi rekisteri' }, controller: ids.controllers, purposes: [ids.purposes] };
  }
}

/** The request schema of a route, where it has one, and a valid body to spoil. */
function bodySchemaOf(route: Route): { description: FieldDescription; base: Record<string, unknown> } | null {
  const segment = route.path.split('/')[1] as LibraryKindKey;
  const describe = (schema: { describe(): unknown }) => schema.describe() as FieldDescription;
  if (route.handler.endsWith('.create') && segment in LIBRARY_KINDS) return { description: describe(LIBRARY_KINDS[segment].schema(LANGUAGES)), base: validBody(segment) };
  if (route.handler.endsWith('.update') && segment in LIBRARY_KINDS) return { description: describe(LIBRARY_KINDS[segment].schema(LANGUAGES)), base: {} };
  if (route.handler === 'registers.publish') return { description: describe(publishSchema(LANGUAGES)), base: {} };
  if (route.handler === 'import.create') return { description: describe(importSchema(LANGUAGES)), base: { text: 'Rekisterinpitäjä: Esimerkki Oy', locale: 'fi', dryRun: true } };
  return null;
}

/** Malformed bodies any route that takes a body must refuse. */
function malformedBodies(method: string, url: string): Case[] {
  const raw = (label: string, payload: string, type = 'application/json') => ({ label: `${method} ${url} ${label}`, method, url, raw: { type, payload } });
  const json = (label: string, body: unknown) => ({ label: `${method} ${url} ${label}`, method, url, body });
  return [
    raw('invalid JSON', '{"data": {'),
    raw('a JSON string', '"data"'),
    raw('JSON null', 'null'),
    raw('an empty body', ''),
    raw('a top-level __proto__', '{"__proto__": {"polluted": true}, "data": {}}'),
    raw('__proto__ in data', '{"data": {"__proto__": {"polluted": true}}}'),
    raw('__proto__ in a translation', '{"data": {"title": {"__proto__": "x", "fi": "x"}}}'),
    raw('arrays nested 5000 deep', TOO_DEEP('[', ']')),
    raw('objects nested 5000 deep', TOO_DEEP('{"a":', '}')),
    raw('a 2 MB body', JSON.stringify({ data: { title: { fi: 'x'.repeat(2_000_000) } } })),
    raw('plain text', 'data=x', 'text/plain'),
    json('a list', [{ data: {} }]),
    json('no data', {}),
    json('data null', { data: null }),
    json('data a list', { data: [] }),
    json('data a string', { data: 'x' }),
    json('a field beside data', { data: { title: { fi: 'x' } }, extra: true }),
    json('constructor in data', { data: { constructor: { prototype: { polluted: true } } } }),
    json('a NUL character in a key', { data: { 'title\u0000': { fi: 'x' } } }),
    json('a NUL character in text', { data: { title: { fi: 'a\u0000b' } } }),
  ];
}

/** Values for path parameters: traversal, SQL, markup, encodings, lengths. */
const HOSTILE_PARAMS = [
  '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', "x'%20OR%20'1'%3D'1", '1%3B%20DROP%20TABLE%20privacy_notices_registers', 'a%00b', '%',
  '%E2%80%AE', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '__proto__', '%7B%22%24gt%22%3A%22%22%7D', 'x'.repeat(300), '-1', '1e3', '99999999999999999999',
];

/** Malformed query parameters, including Strapi's own query language. */
const HOSTILE_QUERIES = [
  'locale=..%2F..%2Fetc%2Fpasswd', "locale=fi'%20OR%20'1'%3D'1", 'locale[$ne]=fi', 'locale=',
  'version=0', 'version=1.5', 'version[]=1', 'version=1%20OR%201%3D1', 'format=xml', 'format[]=json',
  'from=0', 'to=abc', 'fragment=yes', 'page=0', 'page[]=1', 'pageSize=1000', `q=${'x'.repeat(201)}`, 'q[$ne]=x',
  'populate=*', 'fields[0]=publishedBy', 'filters[slug][$ne]=x', '__proto__[polluted]=1',
];

/** The route's URL with real entries in its parameters, or one parameter replaced. */
function urlOf(type: 'admin' | 'content-api', route: Route, replace?: { name: string; value: string }) {
  const segment = route.path.split('/')[1];
  const real: Record<string, string> = { documentId: ids[segment] ?? ids.registers, slug: ids.slug, version: '1' };
  return prefixOf(type) + route.path.replace(/:(\w+)/g, (_, name: string) => (replace?.name === name ? replace.value : (real[name] ?? 'x')));
}

// ---------------------------------------------------------------------------------------------
// Sending and judging

function send(c: Case) {
  const verb = c.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let test = http()[verb](c.url);
  if (c.url.startsWith('/privacy-notices')) test = test.set('Authorization', `Bearer ${admin.token}`);
  if (c.raw) return test.set('Content-Type', c.raw.type).send(c.raw.payload);
  return c.body === undefined ? test : test.send(c.body as object);
}

/** Strapi's error shape: `{ data: null, error: { status, name, message, details? } }`, status as sent. */
function shapeProblem(response: request.Response): string | null {
  const { data, error } = response.body ?? {};
  if (data !== null || !error) return `not Strapi's error shape: ${response.text.slice(0, 200)}`;
  if (error.status !== response.status || typeof error.name !== 'string' || typeof error.message !== 'string') return `malformed error: ${response.text.slice(0, 200)}`;
  if (error.details !== undefined && (typeof error.details !== 'object' || error.details === null)) return 'details is not an object';
  return null;
}

/** supertest listens on a new port for every request: absolute links differ in it alone. */
const withoutHost = (text: string) => text.replace(/127\.0\.0\.1:\d+/g, 'host');

function record(c: Case, status: number, problem: string | null) {
  casesRun += 1;
  if (problem) violations.push({ label: c.label.slice(0, 200), status, problem });
}

/**
 * Sends cases that must be refused and checks each answer. Writes go one at a time with the
 * database compared after each; reads, which cannot change it, go several at once.
 */
async function refuseAll(cases: Case[]) {
  const reads = cases.filter((c) => c.method === 'GET');
  for (let start = 0; start < reads.length; start += 8) await Promise.all(reads.slice(start, start + 8).map((c) => refused(c, initial.hash)));
  for (const c of cases.filter((c) => c.method !== 'GET')) await refused(c, initial.hash);
}

async function refused(c: Case, before: string) {
  const response = await send(c);
  let problem = response.status >= 400 && response.status < 500 ? shapeProblem(response) : `answered ${response.status}: ${response.text.slice(0, 200)}`;
  if (!problem && c.field && response.status === 400) {
    const path = (response.body.error.details?.errors?.[0]?.path ?? []).join('.');
    if (path !== c.field && !path.startsWith(`${c.field}.`)) problem = `the 400 names "${path}", not "${c.field}": ${response.body.error.message}`;
  }
  if (c.method !== 'GET') {
    const after = await databaseState();
    if (after.hash !== before) problem = `${problem ?? ''} the database changed: ${JSON.stringify(after.counts)}`.trim();
  }
  record(c, response.status, problem);
}

// ---------------------------------------------------------------------------------------------

let initial: Awaited<ReturnType<typeof databaseState>>;

beforeAll(async () => {
  // Strapi logs every body its parser refuses as an error; this test sends hundreds on purpose.
  ({ strapi, admin } = await bootStrapi({ STRAPI_LOG_LEVEL: 'none' }));
  const { register, controller, purpose, category, recipient } = await composedRegister(admin);
  await publish(admin, register.documentId, { changeSummary: { fi: 'Ensimmäinen.' } }).expect(201);
  Object.assign(ids, {
    controllers: controller.documentId,
    purposes: purpose.documentId,
    'data-categories': category.documentId,
    recipients: recipient.documentId,
    registers: register.documentId,
    slug: register.slug as string,
  });
  initial = await databaseState();
});
afterAll(() => stopStrapi(strapi));

describe('hostile input on every route', () => {
  // Each test lists everything that went wrong, rather than stopping at the first failure.
  beforeEach(() => {
    violations.length = 0;
  });
  afterEach(() => {
    expect(violations).toEqual([]);
  });

  it('refuses bodies generated from the schemas, one bad field at a time', async () => {
    for (const { type, route } of allRoutes()) {
      const schema = bodySchemaOf(route);
      if (!schema) continue;
      await refuseAll(schemaCases(route.method, urlOf(type, route), schema.description, schema.base));
    }
  });

  it('refuses missing required fields', async () => {
    for (const { type, route } of allRoutes()) {
      const schema = bodySchemaOf(route);
      if (!schema || !route.handler.endsWith('.create')) continue;
      const url = urlOf(type, route);
      for (const field of Object.keys(schema.base)) {
        const { [field]: _missing, ...rest } = schema.base;
        const required = await LIBRARY_KINDS[route.path.split('/')[1] as LibraryKindKey]?.schema(LANGUAGES).isValid(rest);
        if (required === false) await refused({ label: `POST ${url} without ${field}`, method: 'POST', url, body: { data: rest }, field }, initial.hash);
      }
    }
  });

  it('refuses malformed, oversized and prototype-polluting bodies on every route that takes one', async () => {
    for (const { type, route } of allRoutes()) {
      if (!['POST', 'PUT'].includes(route.method)) continue;
      await refuseAll(malformedBodies(route.method, urlOf(type, route)));
    }
  });

  it('answers 4xx to traversal, SQL and odd encodings in every path parameter', async () => {
    const cases = allRoutes().flatMap(({ type, route }) =>
      [...route.path.matchAll(/:(\w+)/g)].flatMap(([, name]) =>
        HOSTILE_PARAMS.map((value) => {
          const url = urlOf(type, route, { name, value });
          const body = bodySchemaOf(route) ? { data: bodySchemaOf(route)!.base } : undefined;
          return { label: `${route.method} ${url}`, method: route.method, url, body };
        }),
      ),
    );
    await refuseAll(cases);
  });

  it('refuses malformed query parameters, or ignores them entirely', async () => {
    for (const { type, route } of allRoutes()) {
      if (route.method !== 'GET') continue;
      const url = urlOf(type, route);
      const baseline = await send({ label: url, method: 'GET', url });
      await Promise.all(
        HOSTILE_QUERIES.map(async (query) => {
          const c = { label: `GET ${url}?${query}`, method: 'GET', url: `${url}?${query}` };
          const response = await send(c);
          const ignored = response.status === baseline.status && withoutHost(response.text) === withoutHost(baseline.text);
          record(c, response.status, response.status >= 400 && response.status < 500 ? shapeProblem(response) : ignored ? null : `answered ${response.status} and used the value: ${response.text.slice(0, 200)}`);
        }),
      );
    }
    expect((await databaseState()).hash).toBe(initial.hash);
  });

  it('finds SQL in a search only as text', async () => {
    for (const segment of Object.keys(LIBRARY_KINDS)) {
      for (const q of ["' OR '1'='1", '%', '_', '\\', '"; DROP TABLE privacy_notices_registers; --']) {
        const c = { label: `GET /privacy-notices/${segment}?q=${q}`, method: 'GET', url: `/privacy-notices/${segment}?q=${encodeURIComponent(q)}` };
        const response = await send(c);
        record(c, response.status, response.status === 200 && response.body.data.length === 0 ? null : `answered ${response.status} with ${response.body.data?.length} results`);
      }
    }
  });

  it('answers hostile GraphQL arguments with a user-input error or null, never an internal error', async () => {
    const strings = ['../../etc/passwd', "x' OR '1'='1", '<script>alert(1)</script>', 'a\u0000b', 'x'.repeat(5000), '__proto__'];
    const queries = [
      ...strings.flatMap((value) => [
        `{ privacyNotice(slug: ${JSON.stringify(value)}) { slug } }`,
        `{ privacyNotice(slug: ${JSON.stringify(ids.slug)}, locale: ${JSON.stringify(value)}) { slug } }`,
        `{ privacyNotices(locale: ${JSON.stringify(value)}) { slug } }`,
        `{ privacyNoticeVersions(slug: ${JSON.stringify(value)}) { version } }`,
      ]),
      ...[-1, 0, 2147483647].map((version) => `{ privacyNotice(slug: ${JSON.stringify(ids.slug)}, version: ${version}) { slug } }`),
      `{ privacyNotice(slug: ${JSON.stringify(ids.slug)}, version: "1") { slug } }`,
      `{ privacyNotice { slug } }`,
    ];
    for (const query of queries) {
      const c = { label: `GraphQL ${query.slice(0, 120)}`, method: 'POST', url: '/graphql' };
      const response = await http().post('/graphql').send({ query });
      const codes: string[] = (response.body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      const ok = response.status < 500 && codes.every((code) => ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(code));
      record(c, response.status, ok ? null : `answered ${response.status}: ${response.text.slice(0, 200)}`);
    }
  });

  it('ran at least 300 cases', () => {
    expect(casesRun).toBeGreaterThanOrEqual(300);
  });

  // Last, because it changes the database on purpose.
  it('would notice a write that was not refused', async () => {
    await refused({ label: 'a valid purpose', method: 'POST', url: '/privacy-notices/purposes', body: { data: purposeBody() } }, initial.hash);
    expect(violations).toEqual([{ label: 'a valid purpose', status: 201, problem: expect.stringMatching(/^answered 201: .* the database changed/) }]);
    violations.length = 0;
  });
});
