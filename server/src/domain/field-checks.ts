/**
 * The checks of single fields and of the rules between them that both sides run: the server's
 * request validation (validation/) refuses with them, and the admin's forms run them as the
 * editor leaves a field. A problem is a code with parameters; its words are in locales/admin
 * (`validation.<…>`), in the editor's language, under the field's own label.
 */
import { businessIdProblem } from './business-id';
import { isCountryCode, isOutsideEea } from './countries';
import { isEmailAddress } from './email';

export interface FieldProblem {
  code: FieldProblemCode;
  params: Record<string, string | number>;
}

export const FIELD_PROBLEM_CODES = [
  'validation.required',
  'validation.requiredIn',
  'validation.tooLong',
  'validation.invalid',
  'validation.oneOf',
  'validation.businessId.format',
  'validation.businessId.checkDigit',
  'validation.email',
  'validation.phone',
  'validation.url',
  'validation.country',
  'validation.slug.format',
  'validation.legitimateInterest.required',
  'validation.transferSafeguard.required',
] as const;
export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

const problem = (code: FieldProblemCode, params: FieldProblem['params'] = {}): FieldProblem => ({ code, params });
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export const PHONE_PATTERN = /^\+?[0-9 ()-]{3,39}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Y-tunnus: seven digits, a hyphen and the right check digit (e.g. 1234567-1). Empty is no problem. */
export function checkBusinessId(value: unknown): FieldProblem | null {
  if (isBlank(value)) return null;
  const found = businessIdProblem(String(value));
  if (found === 'format') return problem('validation.businessId.format');
  if (found === 'check-digit') return problem('validation.businessId.checkDigit', { value: String(value) });
  return null;
}

export function checkEmail(value: unknown): FieldProblem | null {
  return isBlank(value) || isEmailAddress(String(value)) ? null : problem('validation.email');
}

export function checkPhone(value: unknown): FieldProblem | null {
  return isBlank(value) || PHONE_PATTERN.test(String(value)) ? null : problem('validation.phone');
}

export function checkCountry(value: unknown): FieldProblem | null {
  return isBlank(value) || isCountryCode(String(value)) ? null : problem('validation.country', { value: String(value) });
}

export function checkSlug(value: unknown): FieldProblem | null {
  if (isBlank(value)) return problem('validation.required');
  return SLUG_PATTERN.test(String(value)) ? null : problem('validation.slug.format');
}

export function checkRequired(value: unknown): FieldProblem | null {
  return isBlank(value) ? problem('validation.required') : null;
}

/** A text per language that the default language must have. */
export function checkRequiredText(value: unknown, language: string): FieldProblem | null {
  const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[language] : undefined;
  return isBlank(text) ? problem('validation.requiredIn', { language }) : null;
}

/** GDPR Art 13(1)(d): a purpose on legitimate interests names the interest, in the default language. */
export function checkLegitimateInterest(purpose: { legalBasis?: unknown; legitimateInterest?: unknown }, language: string): FieldProblem | null {
  if (purpose.legalBasis !== 'legitimate-interests') return null;
  return checkRequiredText(purpose.legitimateInterest, language) ? problem('validation.legitimateInterest.required', { language }) : null;
}

/** GDPR Art 13(1)(f): a recipient outside the EU/EEA needs the transfer's safeguard. */
export function checkTransferSafeguard(recipient: { country?: unknown; transferSafeguard?: unknown }): FieldProblem | null {
  const country = recipient.country;
  if (typeof country !== 'string' || !isCountryCode(country) || !isOutsideEea(country) || !isBlank(recipient.transferSafeguard)) return null;
  return problem('validation.transferSafeguard.required', { country });
}

/** A check of one field of a form: its path, the fields it reads, and the check itself. */
export interface FieldRule {
  path: string;
  /** Leaving any of these fields runs the rule (the path itself always does). */
  reads?: string[];
  check: (values: Record<string, unknown>) => FieldProblem | null;
}

const at = (values: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values);

const plain = (path: string, check: (value: unknown) => FieldProblem | null): FieldRule => ({ path, check: (values) => check(at(values, path)) });

/** The rules of each library entry's form, for the configured default language. */
export function entryRules(kind: 'controllers' | 'purposes' | 'data-categories' | 'recipients' | 'registers', defaultLanguage: string): FieldRule[] {
  const requiredText = (path: string) => plain(path, (value) => checkRequiredText(value, defaultLanguage));
  switch (kind) {
    case 'controllers':
      return [
        plain('name', checkRequired),
        plain('businessId', checkBusinessId),
        plain('country', checkCountry),
        plain('email', checkEmail),
        plain('phone', checkPhone),
        plain('dpo.email', checkEmail),
        plain('dpo.phone', checkPhone),
      ];
    case 'purposes':
      return [
        requiredText('title'),
        plain('legalBasis', checkRequired),
        { path: 'legitimateInterest', reads: ['legalBasis'], check: (values) => checkLegitimateInterest(values, defaultLanguage) },
      ];
    case 'data-categories':
      return [requiredText('name')];
    case 'recipients':
      return [
        requiredText('name'),
        plain('role', checkRequired),
        plain('country', checkCountry),
        { path: 'transferSafeguard', reads: ['country'], check: checkTransferSafeguard },
      ];
    case 'registers':
      return [requiredText('title'), plain('slug', checkSlug), plain('contactPerson.email', checkEmail), plain('contactPerson.phone', checkPhone)];
  }
}

/** The problems the editor should see on leaving `left`: the rules of that field and of those that read it. */
export function problemsOnLeaving(rules: FieldRule[], left: string, values: Record<string, unknown>): Map<string, FieldProblem | null> {
  const found = new Map<string, FieldProblem | null>();
  for (const rule of rules) {
    const touches = left === rule.path || left.startsWith(`${rule.path}.`) || rule.reads?.some((read) => left === read || left.startsWith(`${read}.`));
    if (touches) found.set(rule.path, rule.check(values));
  }
  return found;
}
