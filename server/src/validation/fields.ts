/**
 * Field schemas shared by the request bodies (yup, as Strapi validates its own bodies).
 * Each produces a 400 naming the failing field.
 */
import { yup } from '@strapi/utils';
import { businessIdProblem } from '../domain/business-id';
import { isCountryCode } from '../domain/countries';
import { isIsoDate } from '../domain/dates';

export const MAX_NAME = 300;
export const MAX_TEXT = 50_000;

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
        return options.required ? this.createError({ message: `${this.path} is required in "${options.required}"` }) : true;
      }
      if (!isPlainObject(value)) {
        return this.createError({ message: `${this.path} must be an object of texts per language, e.g. { "${languages[0]}": "…" }` });
      }
      for (const [language, text] of Object.entries(value)) {
        if (!languages.includes(language)) {
          return this.createError({
            path: `${this.path}.${language}`,
            message: `unknown language "${language}" (configured: ${languages.join(', ')})`,
          });
        }
        if (typeof text !== 'string') {
          return this.createError({ path: `${this.path}.${language}`, message: `${this.path}.${language} must be a string` });
        }
        if (text.length > max) {
          return this.createError({ path: `${this.path}.${language}`, message: `${this.path}.${language} must be at most ${max} characters` });
        }
      }
      if (options.required && !(typeof value[options.required] === 'string' && (value[options.required] as string).trim())) {
        return this.createError({ path: `${this.path}.${options.required}`, message: `${this.path} is required in "${options.required}"` });
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
          return this.createError({ path: `${this.path}.${language}`, message: `unknown language "${language}" (configured: ${languages.join(', ')})` });
        }
        if (!Array.isArray(items) || items.length > 200 || !items.every((item) => typeof item === 'string' && item.length <= MAX_NAME)) {
          return this.createError({ path: `${this.path}.${language}`, message: `${this.path}.${language} must be a list of at most 200 short texts` });
        }
      }
      return true;
    });
}

export const optionalString = (max = MAX_NAME) => yup.string().nullable().max(max);

export const email = () => yup.string().nullable().max(MAX_NAME).email('${path} must be an email address');

export const phone = () =>
  yup.string().nullable().max(40).matches(/^\+?[0-9 ()-]{3,39}$/, { message: '${path} must be a phone number such as +358 40 123 4567', excludeEmptyString: true });

export const url = () => yup.string().nullable().max(2000).url('${path} must be a URL starting with https:// or http://');

export const country = () =>
  yup
    .string()
    .nullable()
    .test('iso-3166', '${path} must be an ISO 3166-1 alpha-2 country code such as FI', (value) => value == null || isCountryCode(value));

export const businessId = () =>
  yup
    .string()
    .nullable()
    .test('y-tunnus', '', function test(value) {
      if (value == null || value === '') return true;
      const problem = businessIdProblem(value);
      if (problem === 'format') return this.createError({ message: `${this.path} must be a Y-tunnus of the form 1234567-8` });
      if (problem === 'check-digit') return this.createError({ message: `${this.path} ${value} has a wrong check digit` });
      return true;
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
  yup.string().test('iso-date', '${path} must be a date written YYYY-MM-DD', (value) => value === undefined || isIsoDate(value));

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
      return unknown === undefined ? true : this.createError({ path: this.path ? `${this.path}.${unknown}` : unknown, message: `unknown field "${unknown}"` });
    });
}
