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

export function apiErrorOf(error: unknown): ApiError | null {
  if (!isFetchError(error)) return null;
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
}

/** A 400's `details.errors` as form errors, each on the field the server named (e.g. `['title', 'fi']`). */
export function formErrorsOf(error: unknown): FormErrors | null {
  const api = apiErrorOf(error);
  const list = api?.status === 400 ? (api.details.errors as FieldErrorDetail[] | undefined) : undefined;
  if (!list?.length) return null;
  const errors: FormErrors = {};
  for (const { path, message } of list) {
    if (path.length > 0 && get(errors, path) === undefined) set(errors, path.map(String), message);
  }
  return errors;
}

/** The registers still using a library entry, from a refused delete (409). */
export function usedByOf(error: unknown): UsedBy[] | null {
  const api = apiErrorOf(error);
  return api?.status === 409 && Array.isArray(api.details.usedBy) ? (api.details.usedBy as UsedBy[]) : null;
}
