/**
 * The privacy-notice domain as plain data. Nothing here knows about Strapi.
 *
 * A "seloste" (rekisteri- ja tietosuojaseloste) is the Finnish name for a GDPR privacy notice.
 * Editors compose a *register* from reusable library parts; publishing freezes it into a
 * *snapshot* stored as an immutable, numbered *notice version*.
 */

import type { SnapshotField } from './register-fields';

/** A language code from the plugin's configured languages, e.g. `fi`, `sv`, `en`. */
export type LanguageCode = string;

/** Translatable text: one string per language, e.g. `{ fi: 'Asiakasrekisteri', en: 'Customer register' }`. */
export type TranslatableText = Partial<Record<LanguageCode, string>>;

/** A translatable list of strings, e.g. examples of a data category. */
export type TranslatableList = Partial<Record<LanguageCode, string[]>>;

/** GDPR Art 6(1)(a)–(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** `art9`: special categories (Art 9); `art10`: criminal convictions and offences (Art 10). */
export const SPECIAL_CATEGORIES = ['none', 'art9', 'art10'] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export const RECIPIENT_ROLES = ['processor', 'controller', 'joint-controller', 'public-authority', 'category'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Safeguards for a transfer outside the EU/EEA (GDPR Art 45, 46(2)(c), 47, 49). */
export const TRANSFER_SAFEGUARDS = [
  'adequacy-decision',
  'standard-contractual-clauses',
  'binding-corporate-rules',
  'derogation-art49',
] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

/** The derogations of Art 49(1)(a)–(g), one of which a transfer on `derogation-art49` rests on. */
export const ART49_DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Art49Derogation = (typeof ART49_DEROGATIONS)[number];

/** The conditions of Art 9(2)(a)–(j), one of which processing a special category of data rests on. */
export const ART9_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Art9Ground = (typeof ART9_GROUNDS)[number];

/** Whose legitimate interest an Art 6(1)(f) purpose pursues (Art 13(1)(d): the controller's or a third party's). */
export const INTEREST_HOLDERS = ['controller', 'third-party'] as const;
export type InterestHolder = (typeof INTEREST_HOLDERS)[number];

/**
 * The organisation's answer to "is personal data transferred outside the EU/EEA?". No answer is
 * null: the notice then says nothing about transfers and the completeness check asks for it.
 */
export const TRANSFER_ANSWERS = ['yes', 'no'] as const;
export type TransferAnswer = (typeof TRANSFER_ANSWERS)[number];

/** The answer to "are decisions made solely by automated processing, including profiling (Art 22)?"; null is unanswered. */
export const AUTOMATED_DECISION_ANSWERS = ['none', 'yes'] as const;
export type AutomatedDecisionAnswer = (typeof AUTOMATED_DECISION_ANSWERS)[number];

export const SOURCE_KINDS = ['data-subject', 'third-party', 'public'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Art 13: data collected from the data subject; Art 14: obtained from elsewhere. */
export const NOTICE_KINDS = ['art13', 'art14', 'both'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The fixed lists a field takes its values from, by name. The content types' enumerations and the
 * admin's option labels (`<list>.<value>` in locales/admin) come from here.
 */
export const CHOICE_LISTS = {
  legalBasis: LEGAL_BASES,
  noticeKind: NOTICE_KINDS,
  recipientRole: RECIPIENT_ROLES,
  sourceKind: SOURCE_KINDS,
  special: SPECIAL_CATEGORIES,
  transferSafeguard: TRANSFER_SAFEGUARDS,
  art49Derogation: ART49_DEROGATIONS,
  art9Ground: ART9_GROUNDS,
  legitimateInterestOf: INTEREST_HOLDERS,
  transfersAnswer: TRANSFER_ANSWERS,
  automatedDecisionsAnswer: AUTOMATED_DECISION_ANSWERS,
} as const;
export type ChoiceListName = keyof typeof CHOICE_LISTS;
export type ChoiceValue<L extends ChoiceListName> = (typeof CHOICE_LISTS)[L][number];

/** The kinds of reusable library entries a register is composed from, by the name of their admin API. */
export const LIBRARY_PARTS = ['controllers', 'purposes', 'data-categories', 'recipients'] as const;
export type LibraryPart = (typeof LIBRARY_PARTS)[number];

export { REGISTER_TEXT_FIELDS, type RegisterTextField } from './register-fields';

export interface PersonContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ContactPerson extends PersonContact {
  address?: string | null;
}

/** Rekisterinpitäjä. */
export interface ControllerSnapshot {
  documentId: string;
  name: string;
  /** Y-tunnus, the Finnish business id, e.g. `1234567-1`. */
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** Art 27 representative in the EU, when the controller is established outside it. */
  representative: TranslatableText | null;
  /** Tietosuojavastaava (data protection officer). */
  dpo: PersonContact | null;
}

/** Käsittelyn tarkoitus. */
export interface PurposeSnapshot {
  documentId: string;
  title: TranslatableText;
  description: TranslatableText | null;
  legalBasis: LegalBasis;
  /** Required when legalBasis is `legitimate-interests` (Art 13(1)(d)). */
  legitimateInterest: TranslatableText | null;
  /** Optional IRI from the W3C Data Privacy Vocabulary, e.g. `https://w3id.org/dpv#CustomerManagement`. */
  dpvPurpose: string | null;
  /** Whose interest a legitimate-interests purpose pursues; absent (read as the controller's) when not chosen. */
  legitimateInterestOf?: InterestHolder;
  /** Present (true) when the purpose is direct marketing, to which the data subject may always object (Art 21(2)–(3)). */
  directMarketing?: true;
}

/** Henkilötietoryhmä. */
export interface DataCategorySnapshot {
  documentId: string;
  name: TranslatableText;
  description: TranslatableText | null;
  examples: TranslatableList | null;
  special: SpecialCategory;
  dpvCategory: string | null;
  /** The Art 9(2) condition of a special category; absent when not given. */
  art9Ground?: Art9Ground;
  /** The law or official authority under which Art 10 data is processed; absent when not given. */
  art10Authority?: TranslatableText;
}

/** Vastaanottaja. */
export interface RecipientSnapshot {
  documentId: string;
  name: TranslatableText;
  description: TranslatableText | null;
  role: RecipientRole;
  /** ISO 3166-1 alpha-2, null when not stated. */
  country: string | null;
  /** Required when the country is outside the EU/EEA. */
  transferSafeguard: TransferSafeguard | null;
  safeguardDetails: TranslatableText | null;
  /** Which Art 49(1) derogation a `derogation-art49` transfer rests on; absent when not given. */
  art49Derogation?: Art49Derogation;
  /** A joint controller's contact details (address, e-mail …), kept only for that role; absent when not given. */
  contact?: string;
}

/**
 * Dates of a notice kept before it was published here (from an imported legacy seloste):
 * its original laadittu date and the päivitetty dates that followed, oldest first.
 */
export interface LegacyHistory {
  createdOn: string | null;
  updates: string[];
}

export interface ExtraSection {
  title: TranslatableText;
  body: TranslatableText;
}

/** A library entry as a snapshot inlines it. */
export interface LibrarySnapshot {
  controllers: ControllerSnapshot;
  purposes: PurposeSnapshot;
  'data-categories': DataCategorySnapshot;
  recipients: RecipientSnapshot;
}

/** What a snapshot keeps of a field, by its description (register-fields.ts). */
export type SnapshotValue<F extends SnapshotField> = F extends { kind: 'name' }
  ? TranslatableText
  : F extends { kind: 'text' }
    ? TranslatableText | null
    : F extends { kind: 'slug' }
      ? string
      : F extends { kind: 'choice'; choices: infer L extends ChoiceListName; default: string }
        ? ChoiceValue<L>
        : F extends { kind: 'choice'; choices: infer L extends ChoiceListName }
          ? ChoiceValue<L> | null
          : F extends { kind: 'choices'; choices: infer L extends ChoiceListName }
            ? ChoiceValue<L>[]
            : F extends { kind: 'relation'; target: infer T extends LibraryPart; multiple: true }
              ? LibrarySnapshot[T][]
              : F extends { kind: 'relation'; target: infer T extends LibraryPart }
                ? LibrarySnapshot[T] | null
                : F extends { kind: 'contact' }
                  ? ContactPerson | null
                  : F extends { kind: 'extraSections' }
                    ? ExtraSection[]
                    : F extends { kind: 'legacyHistory' }
                      ? LegacyHistory | null
                      : never;

/**
 * The fields every snapshot has had from the first: always present, null or empty when not given.
 * A field added since is left out of the snapshot while it is empty, so that a register which does
 * not use it keeps its hash (and shows no unpublished change); readers take a missing field as
 * empty. This list never grows.
 */
export const FIRST_SNAPSHOT_FIELDS = [
  'title',
  'slug',
  'noticeKind',
  'controller',
  'contactPerson',
  'purposes',
  'dataCategories',
  'dataSubjects',
  'sources',
  'sourceKinds',
  'recipients',
  'regularDisclosures',
  'transfersText',
  'retention',
  'security',
  'automatedDecisions',
  'rights',
  'statutoryRequirement',
  'cookies',
  'extraSections',
  'legacyHistory',
] as const satisfies readonly SnapshotField['name'][];
type FirstSnapshotField = Extract<SnapshotField, { name: (typeof FIRST_SNAPSHOT_FIELDS)[number] }>;
type LaterSnapshotField = Exclude<SnapshotField, FirstSnapshotField>;

/**
 * A register fully resolved: every relation inlined, every language kept.
 * This is what a notice version stores and what its contentHash is computed from.
 */
export type NoticeSnapshot = {
  /** Bumped if the snapshot layout ever changes incompatibly, so old versions stay readable. */
  schemaVersion: 1;
  /** Languages with text at publish time, default language first. */
  languages: LanguageCode[];
  defaultLanguage: LanguageCode;
} & { [F in FirstSnapshotField as F['name']]: SnapshotValue<F> } & { [F in LaterSnapshotField as F['name']]?: SnapshotValue<F> };

/** The metadata of one published version, without its snapshot. */
export interface VersionSummary {
  version: number;
  /** Päivitetty: the date shown to readers, `YYYY-MM-DD`. */
  updatedOn: string;
  /** ISO datetime from which this version applies. */
  effectiveFrom: string;
  changeSummary: TranslatableText | null;
  material: boolean;
  contentHash: string;
  /** The version's link in its register's hash chain (domain/record-chain); absent before it is published. */
  recordHash?: string | null;
}

/** A stored notice version. */
export interface NoticeVersion extends VersionSummary {
  snapshot: NoticeSnapshot;
}
