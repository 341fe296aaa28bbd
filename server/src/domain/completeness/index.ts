import type { NoticeKind, NoticeSnapshot } from '../types';
import { itemTexts, messagesFor, problemMessage } from './messages';
import { COMPLETENESS_RULES, type CompletenessRule, type RuleFinding } from './rules';
import type { CompletenessItem, CompletenessOptions, CompletenessReport } from './types';

/** The article reference(s) shown for an item: Art 13, Art 14 or both, as the notice kind says. */
function articleFor(rule: CompletenessRule, kind: NoticeKind): string {
  const { art13, art14 } = rule.articles;
  const wanted = kind === 'art13' ? [art13] : kind === 'art14' ? [art14 ?? art13] : [art13, art14];
  const references = wanted.filter((reference): reference is string => Boolean(reference));
  return references.length ? references.join(', ') : art13 ?? art14 ?? '';
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
  const items = findings.found.map(({ rule, finding }): CompletenessItem => {
    const item: CompletenessItem = {
      id: rule.id,
      section: rule.section,
      article: articleFor(rule, findings.noticeKind),
      status: finding.status,
      fields: finding.fields,
      ...itemTexts(messages, rule.id, finding.status),
    };
    if (finding.problems?.length) {
      item.problems = finding.problems.map(({ field, code, params }) => ({
        field,
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
export type {
  CompletenessItem,
  CompletenessItemId,
  CompletenessOptions,
  CompletenessProblem,
  CompletenessReport,
  CompletenessStatus,
} from './types';
