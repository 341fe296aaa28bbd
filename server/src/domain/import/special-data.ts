/**
 * Mentions of special categories of personal data (GDPR Art 9) and of criminal convictions and
 * offences (Art 10) in an imported notice: "terveydentila", "poliittiseen puolueeseen",
 * "fackföreningsmedlemskap". Each kind mentioned gives one `specialCategoryMentioned` warning
 * quoting the sentence. Nothing is marked special here: whether the register holds such data, and
 * on which condition, is the editor's to decide. The words are data: locales/import/special-data.json.
 */
import { union } from 'lodash';
import terms from '../../../../locales/import/special-data.json';
import type { StatedSentence } from './types';
import { findingsOf, forLanguage, termFinder } from './statements';
import { warning, type ImportWarning } from './warnings';

/** The kinds of data, as the warning's `kind` parameter names them. */
export const SPECIAL_DATA_KINDS = [
  'racialOrEthnicOrigin',
  'politicalOpinions',
  'religiousBeliefs',
  'tradeUnionMembership',
  'geneticData',
  'biometricData',
  'health',
  'sexLife',
  'criminalOffences',
] as const;
export type SpecialDataKind = (typeof SPECIAL_DATA_KINDS)[number];

export interface SpecialDataTerms {
  terms: string[];
  except: string[];
}

const { $comment: _comment, ...BY_LANGUAGE } = terms;
const LANGUAGES = BY_LANGUAGE as Record<string, Record<SpecialDataKind, SpecialDataTerms>>;
/** The languages with words of their own (the same as locales/import/outdated-statements.json's). */
export const SPECIAL_DATA_LANGUAGES = Object.keys(LANGUAGES);

const merge = (a: SpecialDataTerms, b: SpecialDataTerms): SpecialDataTerms => ({ terms: union(a.terms, b.terms), except: union(a.except, b.except) });

/** A detector for one language's notice (all languages together for one without its own words). */
export function specialDataDetector(locale: string): (sentences: StatedSentence[]) => ImportWarning[] {
  const words = forLanguage(LANGUAGES, locale, merge);
  const finders = SPECIAL_DATA_KINDS.filter((kind) => words[kind]).map((kind): [string, (text: string) => number] => [kind, termFinder(words[kind].terms, words[kind].except)]);
  return (sentences) => findingsOf(sentences, finders).map(({ kind, line, quote, more }) => warning('specialCategoryMentioned', { kind, line, quote, more }));
}
