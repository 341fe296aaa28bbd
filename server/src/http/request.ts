/**
 * Reading and checking the parts of a request: the body's data, list queries, and the path and
 * query parameters of the public routes (also GraphQL's arguments). Anything malformed is a 400
 * naming the parameter; a slug that cannot exist is a 404.
 */
import { validateYupSchemaSync } from '@strapi/utils';
import { listQuerySchema, SLUG_PATTERN } from '../validation/schemas';
import { fieldError, NotFoundError } from '../errors';

export interface RequestContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number } };
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

/** The `data` of a `{ data: … }` body. */
export function bodyData(ctx: RequestContext): unknown {
  const body = ctx.request.body as { data?: unknown } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body) || !('data' in body)) {
    throw fieldError('data', 'the request body must be { "data": { … } }');
  }
  const unknown = Object.keys(body).find((key) => key !== 'data');
  if (unknown) throw fieldError(unknown, `unknown field "${unknown}"`);
  const problem = unstorable(body.data);
  if (problem) {
    const path = problem.path.join('.') || 'data';
    throw fieldError(path, `${path} ${problem.message}`);
  }
  return body.data;
}

/** Far deeper than any body the API takes (an extra section's text is 4 levels down). */
const MAX_DEPTH = 32;

/**
 * The first part of a body that would otherwise end in a 500: text with U+0000, which databases
 * refuse (PostgreSQL even in JSON), or nesting so deep that recursive validation overflows the
 * stack. Walked with an explicit stack for the same reason.
 */
function unstorable(data: unknown): { path: string[]; message: string } | null {
  const pending: [unknown, string[]][] = [[data, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (path.length > MAX_DEPTH) return { path: path.slice(0, MAX_DEPTH), message: `is nested more than ${MAX_DEPTH} levels deep` };
    if (typeof value === 'string' && value.includes('\u0000')) return { path, message: 'contains a NUL character' };
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const nulKey = entries.find(([key]) => key.includes('\u0000'));
      if (nulKey) return { path: [...path, nulKey[0]], message: 'contains a NUL character' };
      // Reversed, so that the first problem in reading order is the one reported.
      for (const [key, child] of entries.reverse()) pending.push([child, [...path, key]]);
    }
  }
  return null;
}

export function listQuery(ctx: RequestContext) {
  const query = validateYupSchemaSync(listQuerySchema)(ctx.query) as { q?: string; page?: string; pageSize?: string };
  return { q: query.q?.trim() || undefined, page: Number(query.page ?? 1), pageSize: Number(query.pageSize ?? 25) };
}

const LOCALE = /^[a-z]{2,3}$/;
const VERSION = /^[1-9]\d{0,8}$/;

/** `?locale=`: a well-formed language code; one the notice lacks falls back to the default. */
export function localeParam(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !LOCALE.test(value)) throw fieldError('locale', 'locale must be a language code such as fi, sv or en');
  return value;
}

/** A version number: 1, 2, 3 … */
export function versionParam(value: unknown, name = 'version'): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !VERSION.test(value)) throw fieldError(name, `${name} must be a version number: 1, 2, 3 …`);
  return Number(value);
}

/** A notice's slug; anything that could not be a slug is simply not found, before any query. */
export function slugParam(value: string): string {
  if (value.length > 100 || !SLUG_PATTERN.test(value)) throw new NotFoundError(`No privacy notice "${value.slice(0, 100)}"`);
  return value;
}

/** One of `allowed`, the first being the default; anything else is a 400 rather than silently ignored. */
export function formatParam<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0];
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw fieldError('format', `format must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function booleanParam(value: unknown, name: string): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true' || value === '') return true;
  throw fieldError(name, `${name} must be true or false`);
}

/** `?from=&to=&locale=` of a diff. */
export function diffQuery(query: Record<string, unknown>) {
  return { from: versionParam(query.from, 'from'), to: versionParam(query.to, 'to'), locale: localeParam(query.locale) };
}
