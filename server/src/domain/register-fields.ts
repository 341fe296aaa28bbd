/**
 * The one description of a register's fields: what kind of value each holds, whether it is
 * translatable, which section of the notice shows it, and for a choice its values. From it come
 * the register's content-type attributes (content-types/register), the request validation
 * (validation/schemas.ts), the snapshot and its localisation (snapshot.ts, localize.ts), the
 * GraphQL type (graphql/schema.ts), the diff (diff/sections.ts) and the admin's types, compose
 * form and labels. The renderer places each field by hand in its section's text.
 *
 * Listed in the order of the public JSON. The notice shows the fields in the order of their
 * sections (sections.ts), and within a section in this order.
 *
 * A plain translatable text is `{ name, kind: 'text', section }` here, its label
 * `field.register.<name>` in locales/admin, and its place in the section's renderer. Attributes
 * the register stores for itself (a search index, the version chain's head) are not fields:
 * they stay in content-types/register/schema.json.
 */
import type { NoticeSectionId } from './sections';
import { sectionOrder } from './sections';
import type { ChoiceListName, LibraryPart } from './types';

export type RegisterFieldKind =
  /** Translatable plain text on one line, required in the default language: the register's name. */
  | 'name'
  /** Translatable Markdown. */
  | 'text'
  /** The notice's public address: lower-case letters, digits and hyphens, unique. */
  | 'slug'
  /** One value of a fixed list (CHOICE_LISTS[choices]), or none. */
  | 'choice'
  /** Any number of values of a fixed list, kept in the list's order. */
  | 'choices'
  /** Yes or no, for the register itself: not part of the notice. */
  | 'flag'
  /** Library entries: one, or an ordered list. */
  | 'relation'
  /** A person's name, email, phone and address. */
  | 'contact'
  /** The editor's own further sections, each a translatable title and body. */
  | 'extraSections'
  /** The laadittu and päivitetty dates of a legacy notice from before it was published here. */
  | 'legacyHistory';

interface Described<K extends RegisterFieldKind> {
  name: string;
  kind: K;
  /** The notice section that shows it (and the admin section that edits it); null for neither. */
  section: NoticeSectionId | null;
}

export type RegisterField =
  | Described<'name' | 'text' | 'slug' | 'flag' | 'contact' | 'extraSections' | 'legacyHistory'>
  | (Described<'choice'> & { choices: ChoiceListName; /** The value of a register that has none. */ default?: string })
  | (Described<'choices'> & { choices: ChoiceListName })
  | (Described<'relation'> & { target: LibraryPart; multiple: boolean });

export const REGISTER_FIELDS = [
  /** Rekisterin nimi. */
  { name: 'title', kind: 'name', section: 'register' },
  { name: 'slug', kind: 'slug', section: 'register' },
  /** Art 13, Art 14 or both: whether the data comes from the data subject or elsewhere. */
  { name: 'noticeKind', kind: 'choice', section: 'register', choices: 'noticeKind', default: 'art13' },
  /** Rekisterinpitäjä. */
  { name: 'controller', kind: 'relation', section: 'controller', target: 'controllers', multiple: false },
  /** Yhteyshenkilö rekisteriä koskevissa asioissa. */
  { name: 'contactPerson', kind: 'contact', section: 'contact' },
  { name: 'purposes', kind: 'relation', section: 'purposes', target: 'purposes', multiple: true },
  { name: 'dataCategories', kind: 'relation', section: 'dataContent', target: 'data-categories', multiple: true },
  /** Rekisteröityjen ryhmät. */
  { name: 'dataSubjects', kind: 'text', section: 'dataContent' },
  /** Säännönmukaiset tietolähteet. */
  { name: 'sources', kind: 'text', section: 'sources' },
  { name: 'sourceKinds', kind: 'choices', section: 'sources', choices: 'sourceKind' },
  { name: 'recipients', kind: 'relation', section: 'recipients', target: 'recipients', multiple: true },
  /** Säännönmukaiset luovutukset. */
  { name: 'regularDisclosures', kind: 'text', section: 'recipients' },
  /** The organisation's own answer: transfers outside the EU/EEA, yes or no; none given says nothing in the notice. */
  { name: 'transfersOutsideEea', kind: 'choice', section: 'transfers', choices: 'transfersAnswer' },
  /** The editor's words on transfers; the section also lists the recipients outside the EU/EEA. */
  { name: 'transfersText', kind: 'text', section: 'transfers' },
  /** Säilytysaika. */
  { name: 'retention', kind: 'text', section: 'retention' },
  /** Rekisterin suojauksen periaatteet. */
  { name: 'security', kind: 'text', section: 'security' },
  /** The organisation's own answer: automated decisions including profiling (Art 22), none or yes; none given says nothing. */
  { name: 'automatedDecisionMaking', kind: 'choice', section: 'automatedDecisions', choices: 'automatedDecisionsAnswer' },
  /** With "yes": the logic involved (Art 13(2)(f)). */
  { name: 'automatedDecisions', kind: 'text', section: 'automatedDecisions' },
  /** With "yes": the significance and the envisaged consequences for the data subject (Art 13(2)(f)). */
  { name: 'automatedDecisionsConsequences', kind: 'text', section: 'automatedDecisions' },
  /** The register's own words on rights, added after the rights its purposes' legal bases give. */
  { name: 'rights', kind: 'text', section: 'rights' },
  /** Art 13(2)(e): whether providing the data is a statutory or contractual requirement. */
  { name: 'statutoryRequirement', kind: 'text', section: 'statutoryRequirement' },
  { name: 'cookies', kind: 'text', section: 'cookies' },
  { name: 'extraSections', kind: 'extraSections', section: 'extra' },
  { name: 'legacyHistory', kind: 'legacyHistory', section: null },
  /** No longer listed publicly; its versions stay readable at their addresses. */
  { name: 'archived', kind: 'flag', section: 'register' },
] as const satisfies readonly RegisterField[];

export type DescribedField = (typeof REGISTER_FIELDS)[number];
export type RegisterFieldName = DescribedField['name'];
export type FieldOfKind<K extends RegisterFieldKind> = Extract<DescribedField, { kind: K }>;

/** What a snapshot keeps: every field but those about the register itself. */
export type SnapshotField = Exclude<DescribedField, { kind: 'flag' }>;
/** What a reader's notice shows: the snapshot without the slug (given beside it) and the legacy dates (in the history). */
export type NoticeField = Exclude<SnapshotField, { kind: 'slug' | 'legacyHistory' }>;

const isSnapshotField = (field: DescribedField): field is SnapshotField => field.kind !== 'flag';
const isNoticeField = (field: DescribedField): field is NoticeField => isSnapshotField(field) && field.kind !== 'slug' && field.kind !== 'legacyHistory';

export const SNAPSHOT_FIELDS: readonly SnapshotField[] = REGISTER_FIELDS.filter(isSnapshotField);
export const NOTICE_FIELDS: readonly NoticeField[] = REGISTER_FIELDS.filter(isNoticeField);

export function fieldsOfKind<K extends RegisterFieldKind>(kind: K): FieldOfKind<K>[] {
  return REGISTER_FIELDS.filter((field): field is FieldOfKind<K> => field.kind === kind);
}

/** The fields a section shows (and the admin edits there), in order. */
export function fieldsOfSection(section: NoticeSectionId): DescribedField[] {
  return REGISTER_FIELDS.filter((field) => field.section === section);
}

/** Fields in the order the notice shows them: by section, then as listed. */
export function inNoticeOrder<F extends DescribedField>(fields: readonly F[]): F[] {
  return [...fields].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
}

/** Translatable text is a map from language to text (or, for extra sections, such maps inside). */
export const isTranslatable = (field: DescribedField): boolean => field.kind === 'name' || field.kind === 'text' || field.kind === 'extraSections';

/** The register's free-text fields (translatable Markdown), in the order of the rendered notice. */
export const REGISTER_TEXT_FIELDS = inNoticeOrder(fieldsOfKind('text')).map((field) => field.name);
export type RegisterTextField = FieldOfKind<'text'>['name'];

/** The parts of a contact person. */
export const CONTACT_PARTS = ['name', 'email', 'phone', 'address'] as const;
