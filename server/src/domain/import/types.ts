/**
 * The importer's output: draft registers read from a legacy notice (seloste) as plain data.
 * A Strapi service turns a draft into library entries and a register; nothing here publishes.
 */
import { REGISTER_TEXT_FIELDS, type ExtraSection, type LegalBasis, type TranslatableList, type TranslatableText } from '../types';

/** Register fields that take a section's text as Markdown. */
export const TEXT_FIELDS = REGISTER_TEXT_FIELDS;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * What a recognised heading stands for. `disclosuresAndTransfers` is the old combined
 * "luovutukset ja siirto EU:n tai ETA:n ulkopuolelle" section, split between two fields.
 */
export const SECTION_TARGETS = [
  'title',
  'controller',
  'contactPerson',
  'purposes',
  'dataCategories',
  'disclosuresAndTransfers',
  ...TEXT_FIELDS,
] as const;
export type SectionTarget = (typeof SECTION_TARGETS)[number];

export const CONTACT_DETAILS = ['name', 'address', 'postalCode', 'city', 'phone', 'email', 'businessId', 'website'] as const;
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

/** One language's words for reading a legacy notice: the data in locales/import/<lang>.json. */
export interface ImportDictionary {
  headings: Record<SectionTarget, string[]>;
  contactLabels: Record<ContactDetail, string[]>;
  dateMarkers: { created: string[]; updated: string[] };
  legalBasisTerms: Record<LegalBasis, string[]>;
  transferTerms: string[];
  /** Words that end a list's intro, e.g. "Perustiedot, kuten:" names a category whose examples follow. */
  exampleMarkers: string[];
  conjunctions: string[];
  /** Title of an extra section made from text that had no heading. */
  untitledSection: string;
}

export interface ImportedController {
  name: string | null;
  /** Y-tunnus, only when its check digit is valid. */
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface ImportedContactPerson {
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
}

export interface ImportedPurpose {
  title: TranslatableText;
  description: TranslatableText | null;
  /** Guessed only when the item names exactly one basis. */
  legalBasis: LegalBasis | null;
}

export interface ImportedDataCategory {
  name: TranslatableText;
  examples: TranslatableList | null;
}

/** Where one input line went: `target` is a path in the draft, e.g. `fields.retention`, `extraSections.0`. */
export interface ImportedLine {
  line: number;
  target: string;
  /** Parts of the line read as structure (a heading, a label, a date) rather than kept as text. */
  markers?: string[];
}

export interface ImportedRegisterDraft {
  title: TranslatableText;
  controller: ImportedController | null;
  /** The controller section as written, so details the reader did not pick out are kept. */
  controllerText: TranslatableText | null;
  contactPerson: ImportedContactPerson | null;
  contactPersonText: TranslatableText | null;
  purposes: ImportedPurpose[];
  /** The purpose sections in full: the split above loses intros and prose. */
  purposesText: TranslatableText | null;
  dataCategories: ImportedDataCategory[];
  dataCategoriesText: TranslatableText | null;
  fields: Partial<Record<TextField, TranslatableText>>;
  extraSections: ExtraSection[];
  /** Laadittu (created) and päivitetty (updated) dates found in the text, `YYYY-MM-DD`. */
  legacyDates: { createdOn: string | null; updates: string[] };
  lines: ImportedLine[];
}

export interface ImportResult {
  registers: ImportedRegisterDraft[];
  warnings: string[];
}
