/** Reading and checking the parts of a request that controllers share. */
import { validateYupSchemaSync } from '@strapi/utils';
import { listQuerySchema } from '../validation/schemas';
import { fieldError, NotFoundError } from '../errors';
import { SLUG_PATTERN } from '../validation/schemas';

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
  const nul = pathOfNulCharacter(body.data);
  if (nul !== null) throw fieldError(nul || 'data', `${nul || 'data'} contains a NUL character`);
  return body.data;
}

/** Databases refuse text with U+0000 (PostgreSQL even in JSON), so such input is a 400, not a 500. */
function pathOfNulCharacter(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) return path ? `${path}.${key}` : key;
      const found = pathOfNulCharacter(child, path ? `${path}.${key}` : key);
      if (found !== null) return found;
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
