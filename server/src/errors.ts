/**
 * The errors the plugin throws. Strapi's error middleware turns each into its response shape
 * `{ data: null, error: { status, name, message, details } }`.
 */
import createHttpError from 'http-errors';
import { errors } from '@strapi/utils';

export const { ValidationError, NotFoundError, ForbiddenError } = errors;

/** What an editor's admin shows for an error, in their language: a dotted code and its values. */
export interface MessageCode {
  code: string;
  params: Record<string, string | number>;
}

/** 409: the request is well-formed but conflicts with what is stored. */
export function conflict(message: string, details: Record<string, unknown> = {}) {
  return createHttpError(409, message, { details });
}

/** 503: a transient collision the client may retry, with the wait in details and a Retry-After header. */
export function retryLater(message: string, retryAfterSeconds: number) {
  return createHttpError(503, message, { details: { retryAfterSeconds }, headers: { 'Retry-After': String(retryAfterSeconds) } });
}

/**
 * Strapi's error middleware writes an error's status and body only; this carries its headers
 * (http-errors' `headers`, e.g. Retry-After) to the response before rethrowing it.
 */
export function withErrorHeaders(ctx: { set(field: string, value: string): void }) {
  return (error: unknown): never => {
    const { headers } = (error ?? {}) as { headers?: Record<string, string> };
    for (const [field, value] of Object.entries(headers ?? {})) ctx.set(field, value);
    throw error;
  };
}

/** A 400 that names the failing field, in the same shape as Strapi's own validation errors. */
export function fieldError(path: string, message: string, coded?: MessageCode) {
  return fieldErrors([{ path, message, ...coded }]);
}

/** A 400 naming several failing fields at once; the first one's message is the error's. */
export function fieldErrors(problems: ({ path: string; message: string } & Partial<MessageCode>)[]) {
  const list = problems.map(({ path, message, code, params }) => ({ path: path ? path.split('.') : [], message, name: 'ValidationError', ...(code ? { code, params: params ?? {} } : {}) }));
  return new errors.ValidationError(problems[0].message, { errors: list });
}

/** A 413 for input beyond a limit, naming the field like a validation error. */
export function tooLarge(path: string, message: string, coded?: MessageCode) {
  return new errors.PayloadTooLargeError(message, { errors: [{ path: path.split('.'), message, name: 'PayloadTooLargeError', ...coded }] });
}

/** A piece of what a client sent, short enough to quote in a message. */
export function quoted(input: string, max = 40): string {
  return input.length > max ? `${input.slice(0, max)}…` : input;
}
