import type { NoticeKind, NoticeSnapshot } from '../types';
import { citeArticles } from '../articles';
import { fieldRef } from './field-refs';
import { itemTexts, messagesFor, messagesLanguage, problemMessage } from './messages';
import { COMPLETENESS_RULES, type CompletenessRule, type RuleFinding } from './rules';
import type { CompletenessItem, CompletenessOptions, CompletenessReport } from './types';

/** The article references of an item: Art 13, Art 14 or both, as the notice kind says (or the rule's own). */
function articlesFor(rule: CompletenessRule, kind: NoticeKind): string[] {
  const { art13, art14, other } = rule.articles;
  if (other) return other;
  const wanted = kind === 'art13' ? [art13] : kind === 'art14' ? [art14 ?? art13] : [art13, art14];
  const references = wanted.filter((reference): reference is string => Boolean(reference));
  return references.length ? references : [art13 ?? art14 ?? ''].filter(Boolean);
}

/** What each rule finds in a notice, before it is put into words. */
export interface CompletenessFindings {
  noticeKind: NoticeKind;
  found: Array<{ rule: CompletenessRule; finding: RuleFinding }>;
}

/**
 * Runs every rule on a notice, from its structured data alone. Texts count when they are non-empty
 * in the default language; `locale` only chooses the language entries are named in.
 */
export function findCompleteness(snapshot: NoticeSnapshot, options: CompletenessOptions): CompletenessFindings {
  const context = { locale: options.locale, defaultLanguage: options.defaultLanguage };
  return { noticeKind: snapshot.noticeKind, found: COMPLETENESS_RULES.map((rule) => ({ rule, finding: rule.check(snapshot, context) })) };
}

/** The findings as a report, labels and messages in `locale` (the default language, else English, when it has none). */
export function completenessReport(findings: CompletenessFindings, options: CompletenessOptions): CompletenessReport {
  const messages = messagesFor(options.locale, options.defaultLanguage);
  const language = messagesLanguage(options.locale, options.defaultLanguage);
  const items = findings.found.map(({ rule, finding }): CompletenessItem => {
    const articles = articlesFor(rule, findings.noticeKind);
    const item: CompletenessItem = {
      id: rule.id,
      section: rule.section,
      articles,
      article: citeArticles(articles, language),
      status: finding.status,
      fields: finding.fields.map(fieldRef),
      ...itemTexts(messages, rule.id, finding.status),
    };
    if (finding.problems?.length) {
      item.problems = finding.problems.map(({ field, code, params = {} }) => ({
        code,
        params,
        field: fieldRef(field),
        message: problemMessage(messages, code, params),
      }));
    }
    return item;
  });

  const required = items.filter((item) => item.status !== 'not-applicable').length;
  const present = items.filter((item) => item.status === 'present').length;
  return { score: { present, required }, complete: present === required, items };
}

/** Checks a notice against the information GDPR Art 13 and 14 require, worded in `options.locale`. */
export function checkCompleteness(snapshot: NoticeSnapshot, options: CompletenessOptions): CompletenessReport {
  return completenessReport(findCompleteness(snapshot, options), options);
}

export { COMPLETENESS_ITEM_IDS } from './types';
export type { FieldRef, FieldScope } from './field-refs';
export type {
  CompletenessItem,
  CompletenessItemId,
  CompletenessOptions,
  CompletenessProblem,
  CompletenessReport,
  CompletenessStatus,
} from './types';
