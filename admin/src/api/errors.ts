/** Reading the plugin's error responses: `{ data: null, error: { status, name, message, details } }`. */
import get from 'lodash/get';
import set from 'lodash/set';
import { isFetchError, type FormErrors } from '@strapi/strapi/admin';
import type { UsedBy } from './types';

export interface ApiError {
  status: number;
  name?: string;
  message: string;
  details: Record<string, unknown>;
}

/** The error of a failed request: a fetch client's error, or the query client's `{ status, name, message, details }`. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!isFetchError(error)) {
    const plain = error as Partial<ApiError> | null;
    if (!plain || typeof plain !== 'object' || typeof plain.message !== 'string' || !('status' in plain || 'details' in plain)) return null;
    return { status: plain.status ?? 0, name: plain.name, message: plain.message, details: (plain.details as Record<string, unknown>) ?? {} };
  }
  const body = error.response?.data?.error as (Partial<ApiError> & { details?: Record<string, unknown> }) | undefined;
  return {
    status: body?.status ?? error.status ?? 0,
    name: body?.name,
    message: body?.message ?? error.message,
    details: body?.details ?? {},
  };
}

interface FieldErrorDetail {
  path: (string | number)[];
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Says a coded problem in the admin's language (see useProblemText). */
export type ProblemText = (problem: { code: string; params?: Record<string, string | number> }, fallback?: string) => string;

/**
 * A 400's `details.errors` as form errors, each on the field the server named (e.g. `['title', 'fi']`),
 * said in the admin's language from its code and parameters.
 */
export function formErrorsOf(error: unknown, say: ProblemText): FormErrors | null {
  const api = apiErrorOf(error);
  const list = api?.status === 400 ? (api.details.errors as FieldErrorDetail[] | undefined) : undefined;
  if (!list?.length) return null;
  const errors: FormErrors = {};
  for (const { path, message, code, params } of list) {
    const text = code ? say({ code, params }, message) : message;
    if (path.length > 0 && get(errors, path) === undefined) set(errors, path.map(String), text);
  }
  return errors;
}

/**
 * A refusal's coded problem, or null: `details.code` and `details.params` as the plugin's 409s
 * carry them, else the first coded field problem of a 400 or 413.
 */
export function problemOf(error: unknown): { code: string; params: Record<string, string | number> } | null {
  const details = apiErrorOf(error)?.details;
  const coded = typeof details?.code === 'string' ? details : (details?.errors as FieldErrorDetail[] | undefined)?.find((problem) => problem.code);
  if (!coded || typeof coded.code !== 'string') return null;
  return { code: coded.code, params: (coded.params as Record<string, string | number> | undefined) ?? {} };
}

/** The registers still using a library entry, from a refused delete (409). */
export function usedByOf(error: unknown): UsedBy[] | null {
  const api = apiErrorOf(error);
  return api?.status === 409 && Array.isArray(api.details.usedBy) ? (api.details.usedBy as UsedBy[]) : null;
}
