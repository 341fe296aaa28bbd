/**
 * The snapshot a version stores: a register resolved field by field as register-fields.ts
 * describes it, every relation inlined, and hashed in canonical JSON.
 */
import { normaliseList, normaliseText, hasText } from './text';
import { contentHash } from './hash';
import { CONTACT_PARTS, SNAPSHOT_FIELDS, type SnapshotField } from './register-fields';
import type {
  ContactPerson,
  ControllerSnapshot,
  DataCategorySnapshot,
  ExtraSection,
  LanguageCode,
  LegacyHistory,
  LibraryPart,
  LibrarySnapshot,
  NoticeSnapshot,
  PersonContact,
  PurposeSnapshot,
  RecipientSnapshot,
  TranslatableText,
} from './types';
import { CHOICE_LISTS, FIRST_SNAPSHOT_FIELDS } from './types';

/** A register as loaded with its relations: plain data, extra fields ignored. */
export type RegisterRecord = Record<string, unknown>;

export interface SnapshotLanguages {
  languages: LanguageCode[];
  defaultLanguage: LanguageCode;
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function contact<T extends PersonContact>(value: unknown, fields: (keyof T)[]): T | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  const result = {} as T;
  let any = false;
  for (const field of fields) {
    const text = str(source[field as string]);
    (result as Record<string, unknown>)[field as string] = text;
    any = any || text !== null;
  }
  return any ? result : null;
}

function controllerSnapshot(record: Record<string, unknown>, languages: LanguageCode[]): ControllerSnapshot {
  return {
    documentId: String(record.documentId),
    name: str(record.name) ?? '',
    businessId: str(record.businessId),
    streetAddress: str(record.streetAddress),
    postalCode: str(record.postalCode),
    city: str(record.city),
    country: str(record.country) ?? 'FI',
    email: str(record.email),
    phone: str(record.phone),
    website: str(record.website),
    representative: normaliseText(record.representative, languages),
    dpo: contact<PersonContact>(record.dpo, ['name', 'email', 'phone']),
  };
}

/** A value of a fixed list, or undefined: a library field added after the first snapshots is kept only when given. */
function laterChoice<L extends keyof typeof CHOICE_LISTS>(list: L, value: unknown): (typeof CHOICE_LISTS)[L][number] | undefined {
  return (CHOICE_LISTS[list] as readonly unknown[]).includes(value) ? (value as (typeof CHOICE_LISTS)[L][number]) : undefined;
}

/** Drops the undefined keys, so that an entry that does not use a later field keeps its hash. */
const given = <T extends object>(entry: T): T =>
  Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as T;

function purposeSnapshot(record: Record<string, unknown>, languages: LanguageCode[]): PurposeSnapshot {
  return given({
    documentId: String(record.documentId),
    title: normaliseText(record.title, languages) ?? {},
    description: normaliseText(record.description, languages),
    legalBasis: record.legalBasis as PurposeSnapshot['legalBasis'],
    legitimateInterest: normaliseText(record.legitimateInterest, languages),
    dpvPurpose: str(record.dpvPurpose),
    // The controller's interest is what a notice has always meant: only a third party's is recorded.
    legitimateInterestOf:
      record.legalBasis === 'legitimate-interests' && record.legitimateInterestOf === 'third-party' ? ('third-party' as const) : undefined,
    directMarketing: record.directMarketing === true ? (true as const) : undefined,
  });
}

function dataCategorySnapshot(record: Record<string, unknown>, languages: LanguageCode[]): DataCategorySnapshot {
  const snapshot: DataCategorySnapshot = {
    documentId: String(record.documentId),
    name: normaliseText(record.name, languages) ?? {},
    description: normaliseText(record.description, languages),
    examples: normaliseList(record.examples, languages),
    special: (record.special as DataCategorySnapshot['special']) ?? 'none',
    dpvCategory: str(record.dpvCategory),
  };
  // The condition belongs to the kind of data: a ground left over from an earlier kind is not kept.
  const ground = snapshot.special === 'art9' ? laterChoice('art9Ground', record.art9Ground) : undefined;
  const authority = snapshot.special === 'art10' ? (normaliseText(record.art10Authority, languages) ?? undefined) : undefined;
  return given({ ...snapshot, art9Ground: ground, art10Authority: authority });
}

function recipientSnapshot(record: Record<string, unknown>, languages: LanguageCode[]): RecipientSnapshot {
  const snapshot: RecipientSnapshot = {
    documentId: String(record.documentId),
    name: normaliseText(record.name, languages) ?? {},
    description: normaliseText(record.description, languages),
    role: record.role as RecipientSnapshot['role'],
    country: str(record.country),
    transferSafeguard: (record.transferSafeguard as RecipientSnapshot['transferSafeguard']) ?? null,
    safeguardDetails: normaliseText(record.safeguardDetails, languages),
  };
  const derogation = snapshot.transferSafeguard === 'derogation-art49' ? laterChoice('art49Derogation', record.art49Derogation) : undefined;
  // The contact belongs to a joint controller: one left over from another role is not kept.
  const contact = snapshot.role === 'joint-controller' ? (str(record.contact) ?? undefined) : undefined;
  return given({ ...snapshot, art49Derogation: derogation, contact });
}

function extraSections(value: unknown, languages: LanguageCode[]): ExtraSection[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((section) => ({
      title: normaliseText(section?.title, languages) ?? {},
      body: normaliseText(section?.body, languages) ?? {},
    }))
    .filter((section) => Object.keys(section.title).length > 0 || Object.keys(section.body).length > 0);
}

function legacyHistory(value: unknown): LegacyHistory | null {
  if (!value || typeof value !== 'object') return null;
  const { createdOn, updates } = value as { createdOn?: unknown; updates?: unknown };
  const dates = Array.isArray(updates) ? updates.filter((d): d is string => typeof d === 'string').sort() : [];
  const created = typeof createdOn === 'string' ? createdOn : null;
  return created || dates.length > 0 ? { createdOn: created, updates: dates } : null;
}

const LIBRARY_SNAPSHOTS: { [P in LibraryPart]: (record: Record<string, unknown>, languages: LanguageCode[]) => LibrarySnapshot[P] } = {
  controllers: controllerSnapshot,
  purposes: purposeSnapshot,
  'data-categories': dataCategorySnapshot,
  recipients: recipientSnapshot,
};

type Entries = Record<string, unknown>[] | null | undefined;

/** What the snapshot keeps of one field's stored value. */
function snapshotValue(field: SnapshotField, value: unknown, languages: LanguageCode[]): unknown {
  switch (field.kind) {
    case 'name':
      return normaliseText(value, languages) ?? {};
    case 'text':
      return normaliseText(value, languages);
    case 'slug':
      return value;
    case 'choice':
      return value ?? ('default' in field ? field.default : null);
    case 'choices': {
      const list: readonly string[] = CHOICE_LISTS[field.choices];
      return Array.isArray(value) ? list.filter((choice) => value.includes(choice)) : [];
    }
    case 'relation': {
      const build = LIBRARY_SNAPSHOTS[field.target];
      if (field.multiple) return ((value as Entries) ?? []).map((entry) => build(entry, languages));
      return value ? build(value as Record<string, unknown>, languages) : null;
    }
    case 'contact':
      return contact<ContactPerson>(value, [...CONTACT_PARTS]);
    case 'extraSections':
      return extraSections(value, languages);
    case 'legacyHistory':
      return legacyHistory(value);
  }
}

const FIRST_FIELDS = new Set<string>(FIRST_SNAPSHOT_FIELDS);
const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/**
 * Resolves a register into the snapshot a version stores: every relation inlined, every
 * configured language kept, blanks removed, so that equal content gives an equal hash.
 */
export function buildSnapshot(register: RegisterRecord, config: SnapshotLanguages): NoticeSnapshot {
  const { languages: configured, defaultLanguage } = config;
  const fields = Object.fromEntries(
    SNAPSHOT_FIELDS.flatMap((field) => {
      const value = snapshotValue(field, register[field.name], configured);
      // A field added after the first snapshots is kept only when given: see FIRST_SNAPSHOT_FIELDS.
      return isEmpty(value) && !FIRST_FIELDS.has(field.name) ? [] : [[field.name, value]];
    }),
  );
  const title = fields.title as TranslatableText;
  // A language counts as present when the register's title is written in it; default first.
  const languages = [defaultLanguage, ...configured.filter((l) => l !== defaultLanguage && hasText(title, l))];
  return { schemaVersion: 1, languages, defaultLanguage, ...fields } as NoticeSnapshot;
}

export function snapshotHash(snapshot: NoticeSnapshot): string {
  return contentHash(snapshot);
}
