/**
 * The fixed wording of a notice (headings, labels, standard texts, date format) per language.
 * The wording is data in locales/notice/<language>.json; adding a language means adding a file
 * there and one line to NOTICE_TEXTS.
 */
import en from '../../../../locales/notice/en.json';
import fi from '../../../../locales/notice/fi.json';
import sv from '../../../../locales/notice/sv.json';
import type { NoticeSectionId } from '../sections';
import { citeArticle } from '../articles';
import type { Art49Derogation, Art9Ground, LanguageCode, LegalBasis, NoticeKind, RecipientRole, SourceKind, TransferSafeguard } from '../types';

export interface LabelWithArticle {
  label: string;
  /** Where in the GDPR the label comes from, e.g. "Article 6(1)(a) GDPR". */
  article: string;
}

export interface NoticeTexts {
  language: { code: string; name: string };
  /** date-fns pattern, e.g. `d.M.yyyy`. */
  dateFormat: string;
  document: {
    title: string;
    /** `{register}` is the register's title. */
    titleWithRegister: string;
    intro: Record<NoticeKind, string>;
    /** Shown in a section GDPR requires when the editor has not written it yet. */
    placeholder: string;
  };
  /** Section headings (domain/sections.ts); `extra` heads an extra section that has no title of its own. */
  sections: Record<NoticeSectionId, string>;
  fields: Record<
    | 'name' | 'businessId' | 'address' | 'email' | 'phone' | 'website' | 'representative' | 'dpo'
    | 'legalBasis' | 'legitimateInterest' | 'dataCategories' | 'examples' | 'dataSubjects'
    | 'recipients' | 'regularDisclosures' | 'legitimateInterestOfThirdParty' | 'art9Ground' | 'art10Authority'
    | 'automatedLogic' | 'automatedConsequences' | 'transferDerogation' | 'contact',
    string
  >;
  legalBases: Record<LegalBasis, LabelWithArticle>;
  roles: Record<RecipientRole, string>;
  safeguards: Record<TransferSafeguard, LabelWithArticle>;
  specialCategories: Record<'art9' | 'art10', LabelWithArticle>;
  /** Art 9(2)(a)–(j); the article is cited by citeArticle. */
  art9Grounds: Record<Art9Ground, string>;
  /** Art 49(1)(a)–(g); the article is cited by citeArticle. */
  art49Derogations: Record<Art49Derogation, string>;
  sourceKinds: Record<SourceKind, string>;
  /** Markdown. */
  standard: {
    /** Said only when the organisation answered "no" to transfers outside the EU/EEA. */
    noTransfers: string;
    /** Said when it answered "yes" and names no recipient outside the EU/EEA. */
    transfersYes: string;
    transfersIntro: string;
    /** Art 13(1)(f): the means by which to obtain a copy of the safeguards. */
    safeguardsCopy: string;
    /** Said only when the organisation answered "none" to automated decisions. */
    noAutomatedDecisions: string;
    automatedDecisionsYes: string;
    /** Each right, listed when the purposes' legal bases give it (render/sections/rights.ts). */
    rights: Record<
      | 'intro' | 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'directMarketingObjection'
      | 'portability' | 'withdrawConsent' | 'exercise',
      string
    >;
    /** `{authority}` is the supervisory authority's name. */
    complaint: string;
  };
  /** `{created}` is laadittu, `{updated}` päivitetty. */
  dates: { createdAndUpdated: string; createdOnly: string };
  /**
   * `upcoming`: an announced version's date cell, `{date}` when it takes effect. `legacy`: a
   * päivitetty date of the notice from before its first version here. `feedDescription`: `{title}` is the notice's name. `full`: the link to the whole history, `{total}` entries.
   */
  history: {
    heading: string; version: string; updatedOn: string; changeSummary: string; material: string;
    upcoming: string; legacy: string; feedDescription: string; full: string;
  };
}

// Typed assignments: tsc reports a key missing from any language file.
const FI: NoticeTexts = fi;
const SV: NoticeTexts = sv;
const EN: NoticeTexts = en;

export const NOTICE_TEXTS: Readonly<Record<LanguageCode, NoticeTexts>> = { fi: FI, sv: SV, en: EN };

/** The wording for a language; English for a language without its own file. */
export function noticeTexts(language: LanguageCode): NoticeTexts {
  return NOTICE_TEXTS[language] ?? EN;
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "label (article)", e.g. "Rekisteröidyn suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)". */
export function withArticle(entry: LabelWithArticle | undefined, fallback: string): string {
  return entry ? `${entry.label} (${entry.article})` : fallback;
}

/** "label (article)" for a condition of a list whose article is a reference such as `9(2)(a)`. */
export function labelWithReference(label: string | undefined, reference: string, language: LanguageCode, fallback: string): string {
  return label ? `${label} (${citeArticle(reference, language)})` : fallback;
}
