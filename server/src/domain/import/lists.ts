/**
 * Purposes and data categories split from the lists in their sections. Prose is not split:
 * it stays in purposesText / dataCategoriesText for the editor.
 */
import { escapeRegExp, upperFirst } from 'lodash';
import { LEGAL_BASES } from '../types';
import type { LegalBasis } from '../types';
import { mentionsAny, termPattern } from './patterns';
import { wordCount } from './lines';
import type { Element, ListItem } from './markdown';
import type { ImportDictionary, ImportedDataCategory, ImportedPurpose } from './types';

const MAX_TITLE_WORDS = 6;
const MAX_COMMA_ITEM_WORDS = 4;
const MIN_COMMA_ITEMS = 3;

const tidy = (text: string) => text.trim().replace(/[\s.,;]+$/, '');

/** "Markkinointi: uutiskirjeet" → head "Markkinointi", rest "uutiskirjeet"; long heads are no titles. */
function splitTitle(text: string): { head: string; rest: string | null } {
  const colon = /:\s+/.exec(text);
  if (colon && wordCount(text.slice(0, colon.index)) <= MAX_TITLE_WORDS) {
    return { head: text.slice(0, colon.index), rest: tidy(text.slice(colon.index + colon[0].length)) || null };
  }
  return { head: text, rest: null };
}

export function legalBasisGuesser(dictionary: ImportDictionary): (text: string) => LegalBasis | null {
  const patterns = LEGAL_BASES.map((basis) => ({ basis, terms: dictionary.legalBasisTerms[basis].map(termPattern) }));
  return (text) => {
    const named = patterns.filter(({ terms }) => mentionsAny(text, terms));
    return named.length === 1 ? named[0].basis : null;
  };
}

const items = (elements: Element[]): ListItem[] =>
  elements.flatMap((element) => (element.kind === 'list' ? element.items : []));

export function purposesFrom(elements: Element[], dictionary: ImportDictionary, locale: string): ImportedPurpose[] {
  const guessBasis = legalBasisGuesser(dictionary);
  return items(elements).map((item) => {
    const { head, rest } = splitTitle(item.text);
    return {
      title: { [locale]: upperFirst(tidy(head)) },
      description: rest ? { [locale]: rest } : null,
      legalBasis: guessBasis(item.text),
    };
  });
}

/** "a, b ja c" → [a, b, c]; "etu- ja sukunimi" stays whole. */
function splitEnumeration(text: string, conjunctions: string[]): string[] {
  const parts = text.split(/\s*,\s*/).map(tidy).filter(Boolean);
  if (!conjunctions.length) return parts;
  const conjunction = new RegExp(`(?<!-)\\s+(?:${conjunctions.map(escapeRegExp).join('|')})\\s+`, 'u');
  const last = parts.pop() ?? '';
  return [...parts, ...last.split(conjunction).map(tidy).filter(Boolean)];
}

/** A paragraph that is only an enumeration of short names: "Nimi, sähköposti, yritys." */
function enumeratedNames(text: string, conjunctions: string[]): string[] | null {
  const body = tidy(text);
  if (/[.;:!?()]/.test(body)) return null;
  const names = splitEnumeration(body, conjunctions);
  const short = names.every((name) => wordCount(name) <= MAX_COMMA_ITEM_WORDS);
  return names.length >= MIN_COMMA_ITEMS && short ? names : null;
}

export function dataCategoriesFrom(elements: Element[], dictionary: ImportDictionary, locale: string): ImportedDataCategory[] {
  const markers = dictionary.exampleMarkers.map(escapeRegExp).join('|');
  // "Perustiedot, kuten:" introduces one category whose list items are its examples.
  const exampleIntro = markers ? new RegExp(`[\\s,]+(?:${markers})\\s*:$`, 'iu') : null;
  const category = (name: string, examples: string[] | null): ImportedDataCategory => ({
    name: { [locale]: upperFirst(tidy(name)) },
    examples: examples && examples.length ? { [locale]: examples } : null,
  });
  const fromItem = (text: string) => {
    const { head, rest } = splitTitle(text);
    return category(head, rest ? splitEnumeration(rest, dictionary.conjunctions) : null);
  };

  const categories = elements.flatMap((element, i) => {
    if (element.kind !== 'list') return [];
    const intro = elements[i - 1];
    if (exampleIntro && intro && intro.kind === 'paragraph' && exampleIntro.test(intro.text)) {
      return [category(intro.text.replace(exampleIntro, ''), element.items.map((item) => tidy(item.text)))];
    }
    return element.items.map((item) => fromItem(item.text));
  });
  if (categories.length || elements.length !== 1 || elements[0].kind !== 'paragraph') return categories;
  const names = enumeratedNames(elements[0].text, dictionary.conjunctions);
  return names ? names.map((name) => category(name, null)) : [];
}
