/**
 * UI strings whose keys are built from a value (`legalBasis.consent`, `library.purposes.title`,
 * `field.register.retention`). Listed here so the translations test can check that every one exists
 * in en, fi and sv.
 */
import { CONTACT_PARTS, REGISTER_FIELDS } from '../../server/src/domain/register-fields';
import { NOTICE_SECTION_IDS } from '../../server/src/domain/sections';
import { CHOICE_LISTS, LIBRARY_PARTS } from '../../server/src/domain/types';
import type { LibraryKind } from './api/types';

export const LIBRARY_KINDS: readonly LibraryKind[] = LIBRARY_PARTS;

/**
 * The fields a comparison names besides the register's own (server/src/domain/diff/sections.ts):
 * the controller's, the contact person's and the fields of library entries.
 */
export const DIFF_FIELDS = [
  'controller.name',
  'controller.businessId',
  'controller.streetAddress',
  'controller.postalCode',
  'controller.city',
  'controller.country',
  'controller.email',
  'controller.phone',
  'controller.website',
  'controller.representative',
  'contactPerson.name',
  'contactPerson.email',
  'contactPerson.phone',
  'contactPerson.address',
  'controller.dpo.name',
  'controller.dpo.email',
  'controller.dpo.phone',
  'title',
  'name',
  'body',
  'description',
  'legalBasis',
  'legitimateInterest',
  'legitimateInterestOf',
  'directMarketing',
  'dpvPurpose',
  'examples',
  'special',
  'art9Ground',
  'art10Authority',
  'dpvCategory',
  'role',
  'country',
  'transferSafeguard',
  'art49Derogation',
  'safeguardDetails',
  'contact',
] as const;

/** Option labels `<list>.<value>` of the domain's fixed lists, and of the comparison's fields and statuses. */
export const OPTION_FAMILIES = {
  ...CHOICE_LISTS,
  'diff.field': DIFF_FIELDS,
  'diff.status': ['unchanged', 'added', 'removed', 'changed'],
  /** A flag's value in a comparison (`common.yes`). */
  common: ['yes', 'no'],
} as const;
export type OptionFamily = keyof typeof OPTION_FAMILIES;

/** Each section of the notice (compose page, comparison, completeness) has `section.<id>` and `section.<id>.description`. */
export const SECTION_KEYS = NOTICE_SECTION_IDS.flatMap((id) => [`section.${id}`, `section.${id}.description`]);

/**
 * The label of each register field the compose page shows, `field.register.<name>` (a contact
 * person's parts `field.register.<name>.<part>`); an optional hint is `field.register.<name>.hint`.
 * The controller and the further sections are edited by their own controls, without a label.
 */
export const REGISTER_FIELD_KEYS = REGISTER_FIELDS.flatMap((field) => {
  if (field.kind === 'contact') return CONTACT_PARTS.map((part) => `field.register.${field.name}.${part}`);
  if (field.kind === 'legacyHistory' || field.kind === 'extraSections' || (field.kind === 'relation' && !field.multiple)) return [];
  return [`field.register.${field.name}`];
});

/** The strings every library kind has: `library.<kind>.<name>`. */
export const KIND_STRINGS = ['title', 'subtitle', 'singular', 'create', 'edit', 'add', 'pick', 'empty', 'created', 'saved', 'deleted'] as const;
export type KindString = (typeof KIND_STRINGS)[number];
