/**
 * The importer's output: draft registers read from a legacy notice (seloste) as plain data.
 * A Strapi service turns a draft into library entries and a register; nothing here publishes.
 */
import type { ImportWarning } from './warnings';
import { REGISTER_TEXT_FIELDS, type AutomatedDecisionAnswer, type ExtraSection, type LegalBasis, type TransferAnswer, type TranslatableList, type TranslatableText } from '../types';

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

/**
 * Words for grounds of processing that name no GDPR basis: a law (yhdistyslaki, Accounting Act) and
 * the phrases that make a basis cover only part of the processing (valokuvien osalta).
 */
export interface LegalGroundTerms {
  /** A reference to a law; "*lakiin" finds yhdistyslakiin. A term with a capital matches as written ("Act"). */
  law: string[];
  /** Words that end like a law word but are none (sv underlag, förslag). */
  lawExcept: string[];
  /** Data-protection laws themselves: never a ground, blanked out before laws are looked for. */
  dataProtectionLaw: string[];
  /** A sentence with one of these states its basis for part of the processing only. */
  partOfProcessing: string[];
  /** Words that name a law by themselves (varhaiskasvatuslaki, lagen, Act): a list item that is a law's name is no purpose. */
  lawName: string[];
  /** Words of a paragraph that introduces a list of laws ("Keskeiset säädökset:"): its items are no purposes. */
  lawListIntro: string[];
}

/** One language's words for reading a legacy notice: the data in locales/import/<lang>.json. */
export interface ImportDictionary {
  headings: Record<SectionTarget, string[]>;
  contactLabels: Record<ContactDetail, string[]>;
  /** Names of Finland, the controller's country by default: "Espoo, Finland" names the city and that country. */
  homeCountryNames: string[];
  /**
   * Words before a date: laadittu or julkaistu (created), päivitetty (updated), and the date the current text
   * took effect ("Effective date", "Gäller från"): see legacyDatesOf.
   */
  dateMarkers: { created: string[]; updated: string[]; effective: string[] };
  /** The months' names in dates written in words ("3 April 2023", "3. huhtikuuta 2023"): twelve lists, January first. */
  monthNames: string[][];
  legalBasisTerms: Record<LegalBasis, string[]>;
  transferTerms: string[];
  /** Words that end a list's intro, e.g. "Perustiedot, kuten:" names a category whose examples follow. */
  exampleMarkers: string[];
  conjunctions: string[];
  /** The document's own title ("Rekisteri- ja tietosuojaseloste"): read as structure, since the notice prints its own. */
  documentTitles: string[];
  /**
   * The last word of a register's name ("Asiakasrekisteri", "Kundregistret", "Customer records"); `*` stands
   * for the start of the word. A lone line ending in one, before a section, names a register.
   */
  registerWords: string[];
  legalGroundTerms: LegalGroundTerms;
  /**
   * Words for the answers a notice states: a transfer's verb; where to: "outside" (ulkopuolelle) counts
   * only beside a `region` (EU, ETA), `places` are outside by themselves (kolmas maa, USA); automated
   * decisions or profiling; negation, and the words that make a denial state an exception (lukuun ottamatta);
   * profiling or targeting stated beside a denial of automated decisions, and the words (mutta, but) that
   * start a clause of its own ("emme tee automaattisia päätöksiä, mutta kohdennamme markkinointia");
   * the whole text of a transfers section that is only an answer ("Ei.", "Yes.").
   */
  answerTerms: {
    transfer: string[];
    outside: string[];
    region: string[];
    places: string[];
    automated: string[];
    negation: string[];
    exception: string[];
    profiling: string[];
    contrast: string[];
    bareNo: string[];
    bareYes: string[];
  };
  /** Words every sentence of a paragraph uses when it is about one of these fields ("säilytetään"). */
  fieldTerms: Record<'retention' | 'sources' | 'regularDisclosures', string[]>;
  /** Words for data categories a notice names in a sentence, not a list (see category-sentences.ts). */
  dataCategoryProse: { leadIns: string[]; subjects: string[]; names: string[]; joiners: string[] };
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
  /** Guessed only when the item names exactly one basis, or the section states one for all its purposes. */
  legalBasis: LegalBasis | null;
  /** The sentence that names the legal basis, quoted for the editor to confirm; null without one. */
  legalBasisEvidence: string | null;
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
  /** Answers the text states; nothing for what it leaves unsaid. */
  proposedAnswers: ProposedAnswers;
  /** Paragraphs elsewhere that read as a field the register lacks, for the editor to move there. */
  suggestedSections: SectionSuggestion[];
  lines: ImportedLine[];
}

/**
 * The editor's correction of the reading: from input line `line` on, the text belongs to the
 * section `target` (null: an extra section of its own), until the next heading. With `heading`,
 * the line itself is that section's heading; without, its text is the first of the section's text.
 */
export interface SectionChoice {
  line: number;
  target: SectionTarget | null;
  heading?: boolean;
}

/** The fields a paragraph found elsewhere may be suggested for. */
export const SUGGESTED_FIELDS = ['retention', 'sources', 'regularDisclosures'] as const;
export type SuggestedField = (typeof SUGGESTED_FIELDS)[number];

/** A paragraph that reads as `field`, which the register lacks: the section choices that would move it there. */
export interface SectionSuggestion {
  field: SuggestedField;
  line: number;
  text: string;
  sections: SectionChoice[];
}

/** A sentence of the notice, with the input line it starts on. */
export interface StatedSentence {
  line: number;
  text: string;
}

/**
 * Answers the notice states in so many words, proposed for the register's explicit answers of
 * the same name: `transfersOutsideEea` (data go, or may go, outside the EU/EEA) and
 * `automatedDecisionMaking` (automated decisions or profiling). A key is present only when a
 * sentence states it; any sentence affirming it outweighs one denying it. `evidence` quotes the
 * sentences. A proposal becomes the register's answer only when the editor confirms it.
 */
export interface ProposedAnswers {
  transfersOutsideEea?: { answer: TransferAnswer; evidence: StatedSentence[] };
  automatedDecisionMaking?: { answer: AutomatedDecisionAnswer; evidence: StatedSentence[] };
}

/** The explicit answers the editor confirmed in the import's preview; a missing key stays unanswered. */
export type ConfirmedAnswers = { [K in keyof ProposedAnswers]?: NonNullable<ProposedAnswers[K]>['answer'] | null };

export interface ImportResult {
  registers: ImportedRegisterDraft[];
  warnings: ImportWarning[];
}
