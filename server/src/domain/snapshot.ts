import { normaliseList, normaliseText, hasText } from './text';
import { contentHash } from './hash';
import type {
  ContactPerson,
  ControllerSnapshot,
  DataCategorySnapshot,
  ExtraSection,
  LanguageCode,
  LegacyHistory,
  NoticeSnapshot,
  PersonContact,
  PurposeSnapshot,
  RecipientSnapshot,
  SourceKind,
} from './types';
import { REGISTER_TEXT_FIELDS, SOURCE_KINDS } from './types';

/** A register as loaded with its relations: plain data, extra fields ignored. */
export type RegisterRecord = Record<string, unknown> & {
  slug: string;
  controller?: Record<string, unknown> | null;
  purposes?: Record<string, unknown>[] | null;
  dataCategories?: Record<string, unknown>[] | null;
  recipients?: Record<string, unknown>[] | null;
};

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

function purposeSnapshot(record: Record<string, unknown>, languages: LanguageCode[]): PurposeSnapshot {
  return {
    documentId: String(record.documentId),
    title: normaliseText(record.title, languages) ?? {},
    description: normaliseText(record.description, languages),
    legalBasis: record.legalBasis as PurposeSnapshot['legalBasis'],
    legitimateInterest: normaliseText(record.legitimateInterest, languages),
    dpvPurpose: str(record.dpvPurpose),
  };
}

function dataCategorySnapshot(record: Record<string, unknown>, languages: LanguageCode[]): DataCategorySnapshot {
  return {
    documentId: String(record.documentId),
    name: normaliseText(record.name, languages) ?? {},
    description: normaliseText(record.description, languages),
    examples: normaliseList(record.examples, languages),
    special: (record.special as DataCategorySnapshot['special']) ?? 'none',
    dpvCategory: str(record.dpvCategory),
  };
}

function recipientSnapshot(record: Record<string, unknown>, languages: LanguageCode[]): RecipientSnapshot {
  return {
    documentId: String(record.documentId),
    name: normaliseText(record.name, languages) ?? {},
    description: normaliseText(record.description, languages),
    role: record.role as RecipientSnapshot['role'],
    country: str(record.country),
    transferSafeguard: (record.transferSafeguard as RecipientSnapshot['transferSafeguard']) ?? null,
    safeguardDetails: normaliseText(record.safeguardDetails, languages),
  };
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

/**
 * Resolves a register into the snapshot a version stores: every relation inlined, every
 * configured language kept, blanks removed, so that equal content gives an equal hash.
 */
export function buildSnapshot(register: RegisterRecord, config: SnapshotLanguages): NoticeSnapshot {
  const { languages: configured, defaultLanguage } = config;
  const title = normaliseText(register.title, configured) ?? {};
  // A language counts as present when the register's title is written in it; default first.
  const languages = [defaultLanguage, ...configured.filter((l) => l !== defaultLanguage && hasText(title, l))];
  const sourceKinds = Array.isArray(register.sourceKinds)
    ? SOURCE_KINDS.filter((kind) => (register.sourceKinds as string[]).includes(kind))
    : [];

  const texts = Object.fromEntries(
    REGISTER_TEXT_FIELDS.map((field) => [field, normaliseText(register[field], configured)]),
  ) as Pick<NoticeSnapshot, (typeof REGISTER_TEXT_FIELDS)[number]>;

  return {
    schemaVersion: 1,
    slug: register.slug,
    languages,
    defaultLanguage,
    noticeKind: (register.noticeKind as NoticeSnapshot['noticeKind']) ?? 'art13',
    title,
    controller: register.controller ? controllerSnapshot(register.controller, configured) : null,
    contactPerson: contact<ContactPerson>(register.contactPerson, ['name', 'email', 'phone', 'address']),
    purposes: (register.purposes ?? []).map((p) => purposeSnapshot(p, configured)),
    dataCategories: (register.dataCategories ?? []).map((c) => dataCategorySnapshot(c, configured)),
    recipients: (register.recipients ?? []).map((r) => recipientSnapshot(r, configured)),
    ...texts,
    sourceKinds: sourceKinds as SourceKind[],
    extraSections: extraSections(register.extraSections, configured),
    legacyHistory: legacyHistory(register.legacyHistory),
  };
}

export function snapshotHash(snapshot: NoticeSnapshot): string {
  return contentHash(snapshot);
}
