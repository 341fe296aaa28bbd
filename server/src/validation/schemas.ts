/** Request bodies of the admin API, built for the configured languages. */
import { yup } from '@strapi/utils';
import { checkLegitimateInterest, checkSlug, checkTransferSafeguard, SLUG_PATTERN } from '../domain/field-checks';
import { REGISTER_FIELDS, type DescribedField } from '../domain/register-fields';
import {
  ART49_DEROGATIONS,
  ART9_GROUNDS,
  CHOICE_LISTS,
  INTEREST_HOLDERS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  SPECIAL_CATEGORIES,
  TRANSFER_SAFEGUARDS,
} from '../domain/types';
import {
  MAX_NAME,
  businessId,
  codedError,
  country,
  documentId,
  documentIdList,
  email,
  isoDate,
  isoDateTime,
  optionalString,
  phone,
  strictObject,
  translatableList,
  translatableText,
  url,
} from './fields';

export interface LanguageConfig {
  languages: string[];
  defaultLanguage: string;
}

const oneOf = (values: readonly string[]) =>
  yup.string().nullable().oneOf([...values, null], `\${path} must be one of: ${values.join(', ')}`);

export function controllerSchema({ languages }: LanguageConfig) {
  return strictObject({
    name: yup.string().required('${path} is required').trim().min(1, '${path} is required').max(MAX_NAME),
    businessId: businessId(),
    streetAddress: optionalString(),
    postalCode: optionalString(20),
    city: optionalString(),
    country: country(),
    email: email(),
    phone: phone(),
    website: url(),
    representative: translatableText(languages),
    dpo: strictObject({ name: optionalString(), email: email(), phone: phone() }).nullable().default(undefined),
  });
}

export function purposeSchema({ languages, defaultLanguage }: LanguageConfig) {
  return strictObject({
    title: translatableText(languages, { required: defaultLanguage, max: MAX_NAME }),
    description: translatableText(languages),
    legalBasis: oneOf(LEGAL_BASES).required('${path} is required: one of ' + LEGAL_BASES.join(', ')),
    legitimateInterest: translatableText(languages),
    legitimateInterestOf: oneOf(INTEREST_HOLDERS),
    directMarketing: yup.boolean().nullable(),
    dpvPurpose: url(),
  }).test('legitimate-interest', '', function test(value) {
    const problem = value ? checkLegitimateInterest(value, defaultLanguage) : null;
    if (!problem) return true;
    const message = `legitimateInterest must name the interest (in "${defaultLanguage}") when the legal basis is legitimate-interests (GDPR Art 13(1)(d))`;
    return codedError(this, problem, message, 'legitimateInterest');
  });
}

export function dataCategorySchema({ languages, defaultLanguage }: LanguageConfig) {
  return strictObject({
    name: translatableText(languages, { required: defaultLanguage, max: MAX_NAME }),
    description: translatableText(languages),
    examples: translatableList(languages),
    special: oneOf(SPECIAL_CATEGORIES),
    art9Ground: oneOf(ART9_GROUNDS),
    art10Authority: translatableText(languages),
    dpvCategory: url(),
  });
}

export function recipientSchema({ languages, defaultLanguage }: LanguageConfig) {
  return strictObject({
    name: translatableText(languages, { required: defaultLanguage, max: MAX_NAME }),
    description: translatableText(languages),
    role: oneOf(RECIPIENT_ROLES).required('${path} is required: one of ' + RECIPIENT_ROLES.join(', ')),
    country: country(),
    transferSafeguard: oneOf(TRANSFER_SAFEGUARDS),
    safeguardDetails: translatableText(languages),
    art49Derogation: oneOf(ART49_DEROGATIONS),
    contact: optionalString(),
  }).test('transfer-safeguard', '', function test(value) {
    const problem = value ? checkTransferSafeguard(value) : null;
    if (!problem) return true;
    const message = `transferSafeguard is required because ${value?.country} is outside the EU/EEA (GDPR Art 13(1)(f)): one of ${TRANSFER_SAFEGUARDS.join(', ')}`;
    return codedError(this, problem, message, 'transferSafeguard');
  });
}

export { SLUG_PATTERN };

/** How a request gives a register field of each kind (domain/register-fields.ts). */
function registerFieldSchema(field: DescribedField, { languages, defaultLanguage }: LanguageConfig): yup.AnySchema {
  switch (field.kind) {
    case 'name':
      return translatableText(languages, { required: defaultLanguage, max: MAX_NAME });
    case 'text':
      return translatableText(languages);
    case 'slug':
      return yup
        .string()
        .required('${path} is required')
        .max(100)
        .test('slug', '', function test(value) {
          const problem = value ? checkSlug(value) : null;
          return problem ? codedError(this, problem, `${this.path} must be lower-case letters, digits and single hyphens, e.g. customer-register`) : true;
        });
    case 'choice':
      return oneOf(CHOICE_LISTS[field.choices]);
    case 'choices':
      return yup
        .array()
        .nullable()
        .of(oneOf(CHOICE_LISTS[field.choices]).required())
        .test('unique', '${path} lists the same kind twice', (values) => !values || new Set(values).size === values.length);
    case 'flag':
      return yup.boolean().nullable();
    case 'relation':
      return field.multiple ? documentIdList() : documentId().nullable();
    case 'contact':
      return strictObject({ name: optionalString(), email: email(), phone: phone(), address: optionalString(500) })
        .nullable()
        .default(undefined);
    case 'extraSections':
      return yup
        .array()
        .nullable()
        .max(50)
        .of(strictObject({ title: translatableText(languages, { max: MAX_NAME }), body: translatableText(languages) }).required());
    case 'legacyHistory':
      return strictObject({
        createdOn: isoDate().nullable(),
        updates: yup.array().max(50).of(isoDate().required()),
      })
        .nullable()
        .default(undefined);
  }
}

export function registerSchema(config: LanguageConfig) {
  return strictObject(Object.fromEntries(REGISTER_FIELDS.map((field) => [field.name, registerFieldSchema(field, config)])));
}

export function publishSchema({ languages }: LanguageConfig) {
  return strictObject({
    changeSummary: translatableText(languages, { max: 5000 }),
    material: yup.boolean(),
    updatedOn: isoDate(),
    effectiveFrom: isoDateTime(),
    /** The editor saw the completeness check's gaps and publishes with them (see publishing.ts). */
    acceptGaps: yup.boolean(),
  });
}

/** `?q=&page=&pageSize=` of the admin lists. */
export const listQuerySchema = strictObject({
  q: yup.string().max(200).matches(/^[^\u0000-\u001f]*$/, '${path} must not contain control characters'),
  page: yup.string().matches(/^[1-9]\d{0,5}$/, '${path} must be a positive whole number'),
  pageSize: yup
    .string()
    .matches(/^[1-9]\d{0,2}$/, '${path} must be a whole number from 1 to 100')
    .test('max', '${path} must be a whole number from 1 to 100', (value) => value === undefined || Number(value) <= 100),
});
