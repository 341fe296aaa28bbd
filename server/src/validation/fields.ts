/**
 * Field schemas shared by the request bodies (yup, as Strapi validates its own bodies).
 * Each produces a 400 naming the failing field.
 */
import { yup } from '@strapi/utils';
import { checkBusinessId, checkCountry, checkEmail, checkPhone, type FieldProblem } from '../domain/field-checks';
import { isIsoDate } from '../domain/dates';
import { quoted } from '../errors';

export const MAX_NAME = 300;
export const MAX_TEXT = 50_000;

/** The yup error of a failed domain check: its English message, and the code the admin says in the editor's language. */
export function codedError(context: yup.TestContext, problem: FieldProblem, message: string, path?: string) {
  return context.createError({ path: path ?? context.path, message, params: { problem } });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ fi: '…', sv: '…' }`: only configured languages; `required` demands the default one. */
export function translatableText(languages: string[], options: { required?: string; max?: number } = {}) {
  const max = options.max ?? MAX_TEXT;
  return yup
    .mixed()
    .nullable()
    .test('translatable-text', '', function test(value) {
      if (value === undefined || value === null) {
        if (!options.required) return true;
        return codedError(this, { code: 'validation.requiredIn', params: { language: options.required } }, `${this.path} is required in "${options.required}"`);
      }
      if (!isPlainObject(value)) {
        return this.createError({ message: `${this.path} must be an object of texts per language, e.g. { "${languages[0]}": "…" }` });
      }
      for (const [language, text] of Object.entries(value)) {
        if (!languages.includes(language)) {
          return this.createError({
            path: `${this.path}.${quoted(language)}`,
            message: `unknown language "${quoted(language)}" (configured: ${languages.join(', ')})`,
          });
        }
        if (typeof text !== 'string') {
          return this.createError({ path: `${this.path}.${language}`, message: `${this.path}.${language} must be a string` });
        }
        if (text.length > max) {
          return codedError(this, { code: 'validation.tooLong', params: { max } }, `${this.path}.${language} must be at most ${max} characters`, `${this.path}.${language}`);
        }
      }
      if (options.required && !(typeof value[options.required] === 'string' && (value[options.required] as string).trim())) {
        const problem: FieldProblem = { code: 'validation.requiredIn', params: { language: options.required } };
        return codedError(this, problem, `${this.path} is required in "${options.required}"`, `${this.path}.${options.required}`);
      }
      return true;
    });
}

/** `{ fi: ['…', '…'] }`: a list of strings per language. */
export function translatableList(languages: string[]) {
  return yup
    .mixed()
    .nullable()
    .test('translatable-list', '', function test(value) {
      if (value === undefined || value === null) return true;
      if (!isPlainObject(value)) return this.createError({ message: `${this.path} must be an object of lists per language` });
      for (const [language, items] of Object.entries(value)) {
        if (!languages.includes(language)) {
          return this.createError({ path: `${this.path}.${quoted(language)}`, message: `unknown language "${quoted(language)}" (configured: ${languages.join(', ')})` });
        }
        if (!Array.isArray(items) || items.length > 200 || !items.every((item) => typeof item === 'string' && item.length <= MAX_NAME)) {
          return this.createError({ path: `${this.path}.${language}`, message: `${this.path}.${language} must be a list of at most 200 short texts` });
        }
      }
      return true;
    });
}

export const optionalString = (max = MAX_NAME) => yup.string().nullable().max(max);

const EMAIL_MESSAGE = "${path} must be an e-mail address such as tietosuoja@esimerkki.fi, without spaces, quotes or angle brackets";

/** yup's check, then the practical syntax: no quoted local parts, spaces, angle brackets or IP literals. */
export const email = () =>
  yup
    .string()
    .nullable()
    .max(MAX_NAME)
    .email(EMAIL_MESSAGE)
    .test('practical-email', EMAIL_MESSAGE, function test(value) {
      const problem = checkEmail(value);
      return problem ? codedError(this, problem, EMAIL_MESSAGE) : true;
    });

export const phone = () =>
  yup
    .string()
    .nullable()
    .max(40)
    .test('phone', '', function test(value) {
      const problem = checkPhone(value);
      return problem ? codedError(this, problem, `${this.path} must be a phone number such as +358 40 123 4567`) : true;
    });

export const url = () => yup.string().nullable().max(2000).url('${path} must be a URL starting with https:// or http://');

export const country = () =>
  yup
    .string()
    .nullable()
    .test('iso-3166', '', function test(value) {
      const problem = checkCountry(value);
      return problem ? codedError(this, problem, `${this.path} must be an ISO 3166-1 alpha-2 country code such as FI`) : true;
    });

export const businessId = () =>
  yup
    .string()
    .nullable()
    .test('y-tunnus', '', function test(value) {
      const problem = checkBusinessId(value);
      if (!problem) return true;
      const message = problem.code === 'validation.businessId.format' ? `${this.path} must be a Y-tunnus of the form 1234567-1` : `${this.path} ${value} has a wrong check digit`;
      return codedError(this, problem, message);
    });

export const documentId = () => yup.string().max(100).matches(/^[A-Za-z0-9_-]+$/, '${path} must be a documentId');

/** An ordered list of documentIds without repeats. */
export const documentIdList = () =>
  yup
    .array()
    .nullable()
    .max(200)
    .of(documentId().required())
    .test('unique', '${path} lists the same entry twice', (ids) => !ids || new Set(ids).size === ids.length);

export const isoDate = () =>
  yup.string().test('iso-date', '${path} must be a date written YYYY-MM-DD', (value) => value == null || isIsoDate(value));

export const isoDateTime = () =>
  yup
    .string()
    .test(
      'iso-datetime',
      '${path} must be an ISO 8601 date and time such as 2026-01-31T12:00:00Z',
      (value) => value === undefined || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))),
    );

/** An object that refuses fields it does not know, naming the first unknown one. */
export function strictObject(shape: Record<string, yup.AnySchema>) {
  const known = new Set(Object.keys(shape));
  return yup
    .object()
    .shape(shape)
    .test('known-fields', '', function test(value) {
      if (!value || typeof value !== 'object') return true;
      const unknown = Object.keys(value).find((key) => !known.has(key));
      if (unknown === undefined) return true;
      const field = quoted(unknown);
      return this.createError({ path: this.path ? `${this.path}.${field}` : field, message: `unknown field "${field}"` });
    });
}
