import type { NoticeSectionId } from '../../sections';
import type { NoticeSnapshot } from '../../types';
import type { CompletenessItemId, CompletenessStatus, ProblemCode } from '../types';

/** A problem before it is put into words: the message comes from locales/completeness. */
export interface RuleProblem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string>;
}

export interface RuleFinding {
  status: CompletenessStatus;
  fields: string[];
  problems?: RuleProblem[];
}

export interface RuleContext {
  defaultLanguage: string;
  /** Used only to name entries (purposes, recipients) in problem messages. */
  locale: string;
}

export interface CompletenessRule {
  id: CompletenessItemId;
  /** The section of the notice that gives the item. */
  section: NoticeSectionId;
  /**
   * The item's place in Art 13 and in Art 14; a missing one means that article does not ask for it.
   * `other`: the articles of an item that is not an Art 13/14 information item (e.g. Art 9(2) and 10).
   */
  articles: { art13?: string; art14?: string; other?: string[] };
  check(snapshot: NoticeSnapshot, context: RuleContext): RuleFinding;
}

/** Present when nothing is wrong, else missing with the problems. */
export function findingFrom(fields: string[], problems: RuleProblem[]): RuleFinding {
  return problems.length === 0 ? { status: 'present', fields } : { status: 'missing', fields, problems };
}

export const notApplicable = (fields: string[]): RuleFinding => ({ status: 'not-applicable', fields });

/** Art 14 items apply when some data is obtained elsewhere than from the data subject. */
export const coversArt14 = (snapshot: NoticeSnapshot): boolean => snapshot.noticeKind !== 'art13';

/** Art 13 items apply when some data is collected from the data subject. */
export const coversArt13 = (snapshot: NoticeSnapshot): boolean => snapshot.noticeKind !== 'art14';
