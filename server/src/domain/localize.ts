import { isOutsideEea } from './countries';
import { NOTICE_FIELDS, type NoticeField } from './register-fields';
import { textIn } from './text';
import type {
  ContactPerson,
  ControllerSnapshot,
  DataCategorySnapshot,
  LanguageCode,
  LibraryPart,
  LibrarySnapshot,
  NoticeSnapshot,
  PurposeSnapshot,
  RecipientSnapshot,
  SnapshotValue,
  TranslatableList,
  TranslatableText,
} from './types';

/** The language a reader gets: the one asked for when the version has it, else the default. */
export function servedLanguage(snapshot: NoticeSnapshot, requested: LanguageCode | undefined): LanguageCode {
  return requested && snapshot.languages.includes(requested) ? requested : snapshot.defaultLanguage;
}

/** Reads translatable values in one language; `path` names a field that fell back to the default language. */
interface Reader {
  text(value: TranslatableText | null | undefined, path: string): string | null;
  list(value: TranslatableList | null | undefined, path: string): string[];
}

const controllerIn = (c: ControllerSnapshot, read: Reader, path: string) => ({
  name: c.name,
  businessId: c.businessId,
  streetAddress: c.streetAddress,
  postalCode: c.postalCode,
  city: c.city,
  country: c.country,
  email: c.email,
  phone: c.phone,
  website: c.website,
  representative: read.text(c.representative, `${path}.representative`),
  dpo: c.dpo,
});

const purposeIn = (p: PurposeSnapshot, read: Reader, path: string) => ({
  title: read.text(p.title, `${path}.title`),
  description: read.text(p.description, `${path}.description`),
  legalBasis: p.legalBasis,
  legitimateInterest: read.text(p.legitimateInterest, `${path}.legitimateInterest`),
  legitimateInterestOf: p.legalBasis === 'legitimate-interests' ? (p.legitimateInterestOf ?? 'controller') : null,
  directMarketing: p.directMarketing === true,
  dpvPurpose: p.dpvPurpose,
});

const dataCategoryIn = (c: DataCategorySnapshot, read: Reader, path: string) => ({
  name: read.text(c.name, `${path}.name`),
  description: read.text(c.description, `${path}.description`),
  examples: read.list(c.examples, `${path}.examples`),
  special: c.special,
  art9Ground: c.special === 'art9' ? (c.art9Ground ?? null) : null,
  art10Authority: c.special === 'art10' ? read.text(c.art10Authority, `${path}.art10Authority`) : null,
  dpvCategory: c.dpvCategory,
});

const recipientIn = (r: RecipientSnapshot, read: Reader, path: string) => ({
  name: read.text(r.name, `${path}.name`),
  description: read.text(r.description, `${path}.description`),
  role: r.role,
  country: r.country,
  outsideEea: r.country !== null && isOutsideEea(r.country),
  transferSafeguard: r.transferSafeguard,
  safeguardDetails: read.text(r.safeguardDetails, `${path}.safeguardDetails`),
  art49Derogation: r.transferSafeguard === 'derogation-art49' ? (r.art49Derogation ?? null) : null,
  contact: r.role === 'joint-controller' ? (r.contact ?? null) : null,
});

/** A library entry in one language, as a reader's notice shows it. */
const LIBRARY_IN = { controllers: controllerIn, purposes: purposeIn, 'data-categories': dataCategoryIn, recipients: recipientIn };
type LocalizedEntry<P extends LibraryPart> = ReturnType<(typeof LIBRARY_IN)[P]>;
type AnyEntryIn = (entry: LibrarySnapshot[LibraryPart], read: Reader, path: string) => LocalizedEntry<LibraryPart>;

/** What a reader's notice shows of a field, by its description (register-fields.ts). */
type LocalizedValue<F extends NoticeField> = F extends { kind: 'name' | 'text' }
  ? string | null
  : F extends { kind: 'choice' | 'choices' }
    ? SnapshotValue<F>
    : F extends { kind: 'relation'; target: infer T extends LibraryPart; multiple: true }
      ? LocalizedEntry<T>[]
      : F extends { kind: 'relation'; target: infer T extends LibraryPart }
        ? LocalizedEntry<T> | null
        : F extends { kind: 'contact' }
          ? ContactPerson | null
          : F extends { kind: 'extraSections' }
            ? { title: string | null; body: string | null }[]
            : never;

export type LocalizedNotice = { [F in NoticeField as F['name']]: LocalizedValue<F> };

function localizeField(field: NoticeField, snapshot: NoticeSnapshot, read: Reader): unknown {
  const value = (snapshot as Record<string, unknown>)[field.name];
  switch (field.kind) {
    case 'name':
    case 'text':
      return read.text(value as TranslatableText | null | undefined, field.name);
    case 'choice':
    case 'contact':
      return value ?? null;
    case 'choices':
      return value ?? [];
    case 'relation': {
      const entryIn = LIBRARY_IN[field.target] as AnyEntryIn;
      if (!field.multiple) return value ? entryIn(value as LibrarySnapshot[LibraryPart], read, field.name) : null;
      return ((value ?? []) as LibrarySnapshot[LibraryPart][]).map((entry, i) => entryIn(entry, read, `${field.name}.${i}`));
    }
    case 'extraSections':
      return ((value ?? []) as NoticeSnapshot['extraSections']).map((s, i) => ({
        title: read.text(s.title, `${field.name}.${i}.title`),
        body: read.text(s.body, `${field.name}.${i}.body`),
      }));
  }
}

/**
 * The snapshot with every translatable text resolved to one language, in the order of the public
 * JSON. A field without text in that language falls back to the default language and is listed
 * in `untranslated`.
 */
export function localizeSnapshot(snapshot: NoticeSnapshot, language: LanguageCode): { notice: LocalizedNotice; untranslated: string[] } {
  const fallback = snapshot.defaultLanguage;
  const untranslated: string[] = [];
  const read: Reader = {
    text(value, path) {
      const resolved = textIn(value, language, fallback);
      if (resolved !== null && !value?.[language]) untranslated.push(path);
      return resolved;
    },
    list(value, path) {
      if (value?.[language]?.length) return value[language]!;
      if (value?.[fallback]?.length) {
        untranslated.push(path);
        return value[fallback]!;
      }
      return [];
    },
  };
  const notice = Object.fromEntries(NOTICE_FIELDS.map((field) => [field.name, localizeField(field, snapshot, read)])) as LocalizedNotice;
  return { notice, untranslated };
}
