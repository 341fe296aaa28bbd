/**
 * The privacy-notice domain as plain data. Nothing here knows about Strapi.
 *
 * A "seloste" (rekisteri- ja tietosuojaseloste) is the Finnish name for a GDPR privacy notice.
 * Editors compose a *register* from reusable library parts; publishing freezes it into a
 * *snapshot* stored as an immutable, numbered *notice version*.
 */

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

export const SOURCE_KINDS = ['data-subject', 'third-party', 'public'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Art 13: data collected from the data subject; Art 14: obtained from elsewhere. */
export const NOTICE_KINDS = ['art13', 'art14', 'both'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The register's free-text fields (translatable Markdown), in the order of the rendered notice. */
export const REGISTER_TEXT_FIELDS = [
  'dataSubjects',
  'sources',
  'regularDisclosures',
  'transfersText',
  'retention',
  'security',
  'automatedDecisions',
  'rights',
  'statutoryRequirement',
  'cookies',
] as const;
export type RegisterTextField = (typeof REGISTER_TEXT_FIELDS)[number];

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
  /** Y-tunnus, the Finnish business id, `1234567-8`. */
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
}

/** Henkilötietoryhmä. */
export interface DataCategorySnapshot {
  documentId: string;
  name: TranslatableText;
  description: TranslatableText | null;
  examples: TranslatableList | null;
  special: SpecialCategory;
  dpvCategory: string | null;
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

/**
 * A register fully resolved: every relation inlined, every language kept.
 * This is what a notice version stores and what its contentHash is computed from.
 */
export interface NoticeSnapshot {
  /** Bumped if the snapshot layout ever changes, so old versions stay readable. */
  schemaVersion: 1;
  slug: string;
  /** Languages with text at publish time, default language first. */
  languages: LanguageCode[];
  defaultLanguage: LanguageCode;
  noticeKind: NoticeKind;
  /** Rekisterin nimi. */
  title: TranslatableText;
  controller: ControllerSnapshot | null;
  /** Yhteyshenkilö rekisteriä koskevissa asioissa. */
  contactPerson: ContactPerson | null;
  purposes: PurposeSnapshot[];
  dataCategories: DataCategorySnapshot[];
  recipients: RecipientSnapshot[];
  /** Rekisteröityjen ryhmät. */
  dataSubjects: TranslatableText | null;
  /** Säännönmukaiset tietolähteet. */
  sources: TranslatableText | null;
  sourceKinds: SourceKind[];
  /** Säännönmukaiset luovutukset. */
  regularDisclosures: TranslatableText | null;
  /** Free text on transfers; the EU/EEA section is also derived from recipients. */
  transfersText: TranslatableText | null;
  /** Säilytysaika. */
  retention: TranslatableText | null;
  /** Rekisterin suojauksen periaatteet. */
  security: TranslatableText | null;
  /** Empty means "no automated decisions". */
  automatedDecisions: TranslatableText | null;
  /** Empty means the standard rights text from locales/. */
  rights: TranslatableText | null;
  /** Art 13(2)(e): whether providing the data is a statutory or contractual requirement. */
  statutoryRequirement: TranslatableText | null;
  cookies: TranslatableText | null;
  extraSections: ExtraSection[];
  legacyHistory: LegacyHistory | null;
}

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
