/**
 * Validates a request body against its yup schema and refuses it with Strapi's 400 shape, every
 * failing field named and given a code with parameters (domain/field-checks.ts) so the admin can
 * say it in the editor's language under the field's own label.
 */
import { yup } from '@strapi/utils';
import toPath from 'lodash/toPath';
import type { FieldProblem } from '../domain/field-checks';
import { fieldErrors } from '../errors';

type YupError = yup.ValidationError & { params?: Record<string, unknown> };

/** The code of a yup error: the domain's problem where a check gave one, else by the kind of test that failed. */
function problemOf(error: YupError): FieldProblem {
  const given = error.params?.problem as FieldProblem | undefined;
  if (given) return given;
  switch (error.type) {
    case 'required':
    case 'min':
      return { code: 'validation.required', params: {} };
    case 'max':
      return { code: 'validation.tooLong', params: { max: Number(error.params?.max) || 0 } };
    case 'oneOf':
      return { code: 'validation.oneOf', params: {} };
    case 'email':
      return { code: 'validation.email', params: {} };
    case 'url':
      return { code: 'validation.url', params: {} };
    default:
      return { code: 'validation.invalid', params: {} };
  }
}

export async function validateBody<T>(schema: yup.AnySchema, body: unknown): Promise<T> {
  try {
    return (await schema.validate(body, { strict: true, abortEarly: false })) as T;
  } catch (error) {
    if (!(error instanceof yup.ValidationError)) throw error;
    const all = (error.inner.length ? error.inner : [error]) as YupError[];
    throw fieldErrors(all.map((failed) => ({ path: toPath(failed.path ?? '').join('.'), message: failed.message, ...problemOf(failed) })));
  }
}
