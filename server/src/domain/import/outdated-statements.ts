/**
 * Statements of an imported notice that contradict the rights the notice lists, or cite repealed
 * law, for the editor to review before publishing: the register's own rights text is published
 * after the derived list, so "access is free once a year" would stand beside it.
 *
 * - `rightsLimited`: a right narrowed beyond the GDPR, e.g. access free "enintään kerran vuodessa"
 *   (Art 12(5) and 15(3): the first copy is always free), or a request accepted only signed or in
 *   person (Art 12(2): the controller facilitates the exercise of rights).
 * - `repealedLaw`: the Personal Data Act (henkilötietolaki 523/1999), repealed on 1 January 2019.
 *
 * One warning per kind, quoting the first sentence. The words are data: locales/import/outdated-statements.json.
 */
import { union } from 'lodash';
import statements from '../../../../locales/import/outdated-statements.json';
import { findingsOf, forLanguage, termFinder } from './statements';
import type { StatedSentence } from './types';
import { warning, type ImportWarning, type ImportWarningCode } from './warnings';

export const OUTDATED_STATEMENT_KINDS = ['accessOncePerYear', 'requestForm', 'repealedLaw'] as const;
export type OutdatedStatementKind = (typeof OUTDATED_STATEMENT_KINDS)[number];

export interface OutdatedStatementTerms {
  code: Extract<ImportWarningCode, 'rightsLimited' | 'repealedLaw'>;
  /** A sentence holds a term of each group. */
  all: string[][];
  /** …and none of these. */
  unless: string[];
}

const { $comment: _comment, ...BY_LANGUAGE } = statements;
const LANGUAGES = BY_LANGUAGE as Record<string, Record<OutdatedStatementKind, OutdatedStatementTerms>>;

const merge = (a: OutdatedStatementTerms, b: OutdatedStatementTerms): OutdatedStatementTerms => ({
  code: a.code,
  all: a.all.map((group, i) => union(group, b.all[i] ?? [])),
  unless: union(a.unless, b.unless),
});

/** Where the earliest term starts in a sentence holding every group and nothing of `unless`; -1 otherwise. */
function statementFinder({ all, unless }: OutdatedStatementTerms): (text: string) => number {
  const groups = all.map((group) => termFinder(group));
  const denies = termFinder(unless);
  return (text) => {
    if (denies(text) >= 0) return -1;
    const found = groups.map((find) => find(text));
    return found.every((at) => at >= 0) ? Math.min(...found) : -1;
  };
}

/** A detector for one language's notice (all languages together for one without its own words). */
export function outdatedStatementDetector(locale: string): (sentences: StatedSentence[]) => ImportWarning[] {
  const words = forLanguage(LANGUAGES, locale, merge);
  const kinds = OUTDATED_STATEMENT_KINDS.filter((kind) => words[kind]);
  const finders = kinds.map((kind): [string, (text: string) => number] => [kind, statementFinder(words[kind])]);
  return (sentences) =>
    findingsOf(sentences, finders).map(({ kind, line, quote, more }) => {
      const { code } = words[kind as OutdatedStatementKind];
      return code === 'rightsLimited' ? warning(code, { kind, line, quote, more }) : warning(code, { line, quote, more });
    });
}

