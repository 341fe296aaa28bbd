/**
 * UI strings whose keys are built from a value (`legalBasis.consent`, `library.purposes.title`).
 * Listed here so the translations test can check that every one exists in en, fi and sv.
 */
import {
  LEGAL_BASES,
  NOTICE_KINDS,
  RECIPIENT_ROLES,
  SOURCE_KINDS,
  SPECIAL_CATEGORIES,
  TRANSFER_SAFEGUARDS,
} from '../../server/src/domain/types';
import { NOTICE_SECTION_IDS } from '../../server/src/domain/sections';
import type { LibraryKind } from './api/types';

export const LIBRARY_KINDS: readonly LibraryKind[] = ['controllers', 'purposes', 'data-categories', 'recipients'];

/** The fields a comparison names (server/src/domain/diff/sections.ts). */
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
  'dpvPurpose',
  'examples',
  'special',
  'dpvCategory',
  'role',
  'country',
  'transferSafeguard',
  'safeguardDetails',
  'dataSubjects',
  'sources',
  'sourceKinds',
  'regularDisclosures',
  'transfersText',
] as const;

export const OPTION_FAMILIES = {
  legalBasis: LEGAL_BASES,
  noticeKind: NOTICE_KINDS,
  recipientRole: RECIPIENT_ROLES,
  sourceKind: SOURCE_KINDS,
  special: SPECIAL_CATEGORIES,
  transferSafeguard: TRANSFER_SAFEGUARDS,
  'diff.field': DIFF_FIELDS,
  'diff.status': ['unchanged', 'added', 'removed', 'changed'],
} as const;
export type OptionFamily = keyof typeof OPTION_FAMILIES;

/** Each section of the notice (compose page, comparison, completeness) has `section.<id>` and `section.<id>.description`. */
export const SECTION_KEYS = NOTICE_SECTION_IDS.flatMap((id) => [`section.${id}`, `section.${id}.description`]);

/** The strings every library kind has: `library.<kind>.<name>`. */
export const KIND_STRINGS = ['title', 'subtitle', 'singular', 'create', 'edit', 'add', 'pick', 'empty', 'created', 'saved', 'deleted'] as const;
export type KindString = (typeof KIND_STRINGS)[number];
