import type en from '../../../../locales/completeness/en.json';
import type { NoticeSectionId } from '../sections';

/** One GDPR Art 13/14 information item the notice must (or, in the case at hand, need not) give. */
export const COMPLETENESS_ITEM_IDS = [
  'controller',
  'dpo',
  'purposes',
  'legitimateInterests',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'consentWithdrawal',
  'complaint',
  'statutoryRequirement',
  'automatedDecisions',
  'dataCategories',
  'sources',
] as const;
export type CompletenessItemId = (typeof COMPLETENESS_ITEM_IDS)[number];

export type CompletenessStatus = 'present' | 'missing' | 'not-applicable';

/** The problems a rule can report; their texts live in locales/completeness. */
export type ProblemCode = keyof (typeof en)['problems'];

export interface CompletenessProblem {
  /** Snapshot path of the field to fix, e.g. `purposes[1].legitimateInterest`. */
  field: string;
  message: string;
}

export interface CompletenessItem {
  id: CompletenessItemId;
  /** The section of the notice that gives the item (domain/sections.ts); the admin links to it. */
  section: NoticeSectionId;
  /** GDPR article, e.g. `13(1)(a)`; both articles for a notice of kind `both`. */
  article: string;
  status: CompletenessStatus;
  /** Snapshot paths that satisfy the item, or would satisfy it when missing. */
  fields: string[];
  label: string;
  explanation: string;
  problems?: CompletenessProblem[];
}

export interface CompletenessReport {
  /** `required` counts the items that apply, `present` those of them that are given. */
  score: { present: number; required: number };
  complete: boolean;
  items: CompletenessItem[];
}

export interface CompletenessOptions {
  /** Language of labels, explanations and problem messages (en, fi, sv). */
  locale: string;
  /** Language whose text decides whether a text field is present. */
  defaultLanguage: string;
}
