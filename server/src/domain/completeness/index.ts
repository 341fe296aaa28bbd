import type { NoticeKind, NoticeSnapshot } from '../types';
import { itemTexts, messagesFor, problemMessage } from './messages';
import { COMPLETENESS_RULES, type CompletenessRule } from './rules';
import type { CompletenessItem, CompletenessOptions, CompletenessReport } from './types';

/** The article reference(s) shown for an item: Art 13, Art 14 or both, as the notice kind says. */
function articleFor(rule: CompletenessRule, kind: NoticeKind): string {
  const { art13, art14 } = rule.articles;
  const wanted = kind === 'art13' ? [art13] : kind === 'art14' ? [art14 ?? art13] : [art13, art14];
  const references = wanted.filter((reference): reference is string => Boolean(reference));
  return references.length ? references.join(', ') : art13 ?? art14 ?? '';
}

/**
 * Checks a notice against the information GDPR Art 13 and 14 require, from its structured data alone.
 * Texts count when they are non-empty in the default language; labels and messages are in `options.locale`.
 */
export function checkCompleteness(snapshot: NoticeSnapshot, options: CompletenessOptions): CompletenessReport {
  const messages = messagesFor(options.locale, options.defaultLanguage);
  const context = { locale: options.locale, defaultLanguage: options.defaultLanguage };

  const items = COMPLETENESS_RULES.map((rule): CompletenessItem => {
    const finding = rule.check(snapshot, context);
    const item: CompletenessItem = {
      id: rule.id,
      section: rule.section,
      article: articleFor(rule, snapshot.noticeKind),
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

export { COMPLETENESS_ITEM_IDS } from './types';
export type {
  CompletenessItem,
  CompletenessItemId,
  CompletenessOptions,
  CompletenessProblem,
  CompletenessReport,
  CompletenessStatus,
} from './types';
