/**
 * The dictionary's plain-text variants as patterns. In a heading variant `*` stands for any
 * text ("*tarkastusoikeus" matches a heading ending in that word); in a term it stands for the
 * rest of a word, so "sopimu*" finds the inflected forms sopimus, sopimuksen, sopimukseen.
 */
import { escapeRegExp } from 'lodash';

const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?\s+)+/;

/** A heading reduced to what identifies it: no numbering, asides in parentheses, case or end punctuation. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(NUMBERING, '')
    .replace(/[\s:.]+$/, '')
    .toLowerCase();
}

/** A heading as written, without numbering or trailing colon: "9. Rekisterin suojaus:" → "Rekisterin suojaus". */
export function headingAsWritten(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(NUMBERING, '').replace(/[\s:]+$/, '');
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

/** True when any of the terms occurs in the text. */
export function mentionsAny(text: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
