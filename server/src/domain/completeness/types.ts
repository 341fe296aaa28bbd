import type en from '../../../../locales/completeness/en.json';
import type { NoticeSectionId } from '../sections';
import type { FieldRef } from './field-refs';

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
  'specialCategories',
  'dataCategories',
  'sources',
] as const;
export type CompletenessItemId = (typeof COMPLETENESS_ITEM_IDS)[number];

export type CompletenessStatus = 'present' | 'missing' | 'not-applicable';

/** The problems a rule can report; their texts live in locales/completeness. */
export type ProblemCode = keyof (typeof en)['problems'];

export interface CompletenessProblem {
  /** What is wrong, e.g. `legitimateInterest`; its text is `problems.<code>` in locales/completeness. */
  code: ProblemCode;
  /** The values the text names, e.g. `{ purpose: 'Newsletter' }`. */
  params: Record<string, string>;
  /** The field to fix. */
  field: FieldRef;
  /** The text in the asked language, for API clients; the admin words it from code and params itself. */
  message: string;
}

export interface CompletenessItem {
  id: CompletenessItemId;
  /** The section of the notice that gives the item (domain/sections.ts); the admin links to it. */
  section: NoticeSectionId;
  /** The GDPR references, e.g. `['13(1)(a)', '14(1)(a)']` for a notice of kind `both`. */
  articles: string[];
  /** The same cited in the asked language's style, as the notice cites articles. */
  article: string;
  status: CompletenessStatus;
  /** The fields that satisfy the item, or would satisfy it when missing. */
  fields: FieldRef[];
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
