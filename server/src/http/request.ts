/**
 * Reading and checking the parts of a request: the body's data, list queries, and the path and
 * query parameters of the public routes (also GraphQL's arguments). Anything malformed is a 400
 * naming the parameter; a slug that cannot exist is a 404.
 */
import { validateYupSchemaSync } from '@strapi/utils';
import { listQuerySchema, SLUG_PATTERN } from '../validation/schemas';
import { fieldError, NotFoundError, quoted } from '../errors';
import { momentOf } from '../domain/in-force';
import { isIsoDate } from '../domain/dates';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageQuery } from '../domain/paging';

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
  if (unknown) throw fieldError(quoted(unknown), `unknown field "${quoted(unknown)}"`);
  // Text no database stores (NUL, lone surrogates) and too-deep nesting were refused by the route's middleware.
  return body.data;
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

const PAGE = /^[1-9]\d{0,5}$/;
const PAGE_SIZE = /^[1-9]\d{0,2}$/;

/** `?page=`: 1, 2, 3 … (default 1). */
export function pageParam(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !PAGE.test(value)) {
    throw fieldError('page', 'page must be a whole number from 1 up', { code: 'validation.page.format', params: {} });
  }
  return Number(value);
}

/** `?page=&pageSize=` of a public list: pageSize from 1 to 100, by default 25. */
export function pageParams(query: Record<string, unknown>): PageQuery {
  const page = pageParam(query.page);
  const { pageSize } = query;
  if (pageSize === undefined) return { page, pageSize: DEFAULT_PAGE_SIZE };
  if (typeof pageSize !== 'string' || !PAGE_SIZE.test(pageSize) || Number(pageSize) > MAX_PAGE_SIZE) {
    throw fieldError('pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`, { code: 'validation.pageSize.range', params: { max: MAX_PAGE_SIZE } });
  }
  return { page, pageSize: Number(pageSize) };
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

/** `?at=`: a date (`YYYY-MM-DD`, the whole day in `timeZone`) or a date and time with its offset. */
export function atParam(value: unknown, timeZone: string): Date | undefined {
  if (value === undefined) return undefined;
  const moment = typeof value === 'string' ? momentOf(value, timeZone) : null;
  if (!moment) {
    throw fieldError('at', 'at must be a date such as 2024-03-01 or a date and time such as 2024-03-01T12:00:00Z', {
      code: 'validation.at.format',
      params: {},
    });
  }
  return moment;
}

/** A calendar day `YYYY-MM-DD` (the record's `?at=`), or undefined when not given. */
export function dateParam(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw fieldError(name, `${name} must be a date such as 2024-03-01`, { code: 'validation.date.format', params: {} });
  }
  return value;
}
