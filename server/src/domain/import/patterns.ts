/**
 * The dictionary's plain-text variants as patterns. In a heading variant `*` stands for any
 * text ("*tarkastusoikeus" matches a heading ending in that word); in a term it stands for the
 * rest of a word, so "sopimu*" finds the inflected forms sopimus, sopimuksen, sopimukseen.
 */
import { escapeRegExp } from 'lodash';

/**
 * Section numbers before a heading: "4.", "4.1", "IV.", "IV" (two letters or more, or V and X,
 * without a dot: "I" may be a word), "a)", "A.".
 */
const NUMBERING = /^(?:(?:\d+(?:\.\d+)*[.)]?|[IVXL]+[.)]|(?:[IVXL]{2,}|V|X)(?=\s)|[A-Za-z][.)])(?:\s+|$))+/;
/** A line that is only a section number: "4.", "IV.", "IV", "a)", "B.". */
export const NUMBER_ONLY = /^(?:\d+(?:\.\d+)*[.)]?|[IVXL]+[.)]?|[A-Za-z][.)])$/;
/** Markdown a heading may be written in: "## 3. Tietolähteet", "**Tietolähteet:**", "__Tietolähteet__". */
const MARKUP = /^#{1,6}\s+|\*\*|__/g;

/** A heading without Markdown emphasis or "#" marks. */
export function withoutMarkup(text: string): string {
  return text.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

/** A heading reduced to what identifies it: no numbering, markup, asides in parentheses, case or end punctuation ("?" too). */
export function normaliseHeading(text: string): string {
  return withoutMarkup(text)
    .replace(/[–—]/g, '-')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(NUMBERING, '')
    .replace(/[\s:.?]+$/, '')
    .toLowerCase();
}

/**
 * A heading as the dictionary would write it, for telling whether it is one of its wordings word
 * for word: without numbering, markup, case, a trailing colon, full stop or question mark, but
 * with its asides in parentheses (which may name a Y-tunnus or a law). A label's dash ("Säilytysaika –") goes too.
 */
export function wordingKey(text: string): string {
  return withoutMarkup(text)
    .replace(/[–—‑]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(NUMBERING, '')
    .replace(/(?:\s-)?[\s:.?]*$/, '')
    .toLowerCase();
}

/** A heading as written, without numbering, markup or trailing colon: "9. **Rekisterin suojaus:**" → "Rekisterin suojaus". */
export function headingAsWritten(text: string): string {
  return withoutMarkup(text).replace(NUMBERING, '').replace(/[\s:]+$/, '');
}

/**
 * The lines of a heading wrapped in a table cell, as one line: "Rekisterin-" + "pitäjä" is
 * "Rekisterinpitäjä", but "Rekisteri-" + "ja" stays "Rekisteri- ja".
 */
export function joinWrapped(lines: string[], conjunctions: string[]): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    const firstWord = line.split(/\s+/)[0].toLowerCase();
    if (/\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line) && !conjunctions.includes(firstWord)) return joined.slice(0, -1) + line;
    // In capitals alike: "REKISTERIN-" + "PITÄJÄ" is "REKISTERINPITÄJÄ", "REKISTERI-" + "JA" stays apart.
    if (/\p{Lu}{2}-$/u.test(joined) && /^\p{Lu}{2}/u.test(line) && firstWord.toUpperCase() === line.split(/\s+/)[0] && !conjunctions.includes(firstWord)) {
      return joined.slice(0, -1) + line;
    }
    return `${joined} ${line}`;
  }, '');
}

export function headingPattern(variant: string): RegExp {
  const source = normaliseHeading(variant).split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${source}$`, 'u');
}

const REST_OF_WORD = '[\\p{L}\\p{N}-]*';
const NOT_IN_WORD = '[\\p{L}\\p{N}]';

/** Finds a term inside running text, at word starts only, any case. */
export function termPattern(term: string): RegExp {
  const source = term
    .trim()
    .split(/\s+/)
    .map((word) => word.split('*').map(escapeRegExp).join(REST_OF_WORD))
    .join('\\s+');
  return new RegExp(`(?<!${NOT_IN_WORD})${source}(?!${NOT_IN_WORD})`, 'iu');
}

/**
 * As termPattern, but a term written with a capital letter matches only as written: "US" and "Act"
 * are names, "us" and "act" are words. A term in lower case matches any case.
 */
export function namePattern(term: string): RegExp {
  const pattern = termPattern(term);
  return /\p{Lu}/u.test(term) ? new RegExp(pattern.source, 'u') : pattern;
}

/** True when any of the terms occurs in the text. */
export function mentionsAny(text: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
