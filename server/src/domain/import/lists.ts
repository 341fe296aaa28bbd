/**
 * Purposes and data categories split from the lists in their sections, and data categories from a
 * sentence that only names them (category-sentences.ts). Other prose is not split: it stays in
 * purposesText / dataCategoriesText for the editor.
 */
import { escapeRegExp, upperFirst } from 'lodash';
import type { LegalBasis } from '../types';
import { categorySentenceReader, sentenceTest } from './category-sentences';
import { groundsReader, lawListReader, statesGround } from './legal-grounds';
import { wordCount } from './lines';
import type { Element, ListItem } from './markdown';
import type { ImportDictionary, ImportedDataCategory, ImportedPurpose } from './types';

const MAX_TITLE_WORDS = 6;
const MAX_COMMA_ITEM_WORDS = 4;
const MIN_COMMA_ITEMS = 3;

/** An item's words without Markdown emphasis ("**Perustiedot**") or end punctuation. */
const tidy = (text: string) =>
  text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .trim()
    .replace(/[\s.,;]+$/, '');

/** "Markkinointi: uutiskirjeet" → head "Markkinointi", rest "uutiskirjeet"; long heads are no titles. */
function splitTitle(item: string): { head: string; rest: string | null } {
  const text = tidy(item);
  const colon = /:\s+/.exec(text);
  if (colon && wordCount(text.slice(0, colon.index)) <= MAX_TITLE_WORDS) {
    return { head: text.slice(0, colon.index), rest: tidy(text.slice(colon.index + colon[0].length)) || null };
  }
  return { head: text, rest: null };
}

/** Every legal basis a text names. */
export function legalBasesNamer(dictionary: ImportDictionary): (text: string) => LegalBasis[] {
  const read = groundsReader(dictionary);
  return (text) => read(text).bases;
}

/**
 * The legal basis a text names, when it names exactly one, grounds nothing on a law beside it, and
 * states it for all it is about ("suostumus alle 15-vuotiaiden osalta" states it for a part only).
 */
export function legalBasisGuesser(dictionary: ImportDictionary): (text: string) => LegalBasis | null {
  const read = groundsReader(dictionary);
  return (text) => {
    const { bases, law, partial } = read(text);
    return bases.length === 1 && !law && !partial ? bases[0] : null;
  };
}

/** The purpose list's items: not the laws it names, nor a list a paragraph introduces as laws ("Keskeiset säädökset:"). */
function purposeItems(elements: Element[], dictionary: ImportDictionary): ListItem[] {
  const { isLawName, introducesLaws } = lawListReader(dictionary);
  return elements.flatMap((element, i) => {
    if (element.kind !== 'list') return [];
    const intro = elements[i - 1];
    if (intro && intro.kind === 'paragraph' && introducesLaws(intro.text)) return [];
    return element.items.filter((item) => !isLawName(item.text));
  });
}

const SENTENCE_END = /(?<=[\p{Ll}\d)"”][.!?])\s+(?=[\p{Lu}\d])/u;
const MAX_PROSE_TITLE_WORDS = 15;

const sentencesOf = (elements: Element[]): string[] =>
  elements.flatMap((element) => (element.kind === 'paragraph' ? element.text.split(SENTENCE_END) : [])).map((s) => s.trim()).filter(Boolean);

/**
 * Purposes from the purpose section. A listed item is a purpose; its legal basis is the one it
 * names, else the one the section's prose states for all of them ("Käsittelyn oikeusperuste on
 * sopimus."). Without a list, the first sentence that states no ground is proposed as one purpose
 * under the stated basis. A basis is only ever read from the text: with none, or two grounds (a law
 * is one: "perustuu yhdistyslakiin"), none is set; nor from a sentence that states it for part of
 * the processing only ("valokuvien osalta").
 */
export function purposesFrom(elements: Element[], dictionary: ImportDictionary, locale: string): ImportedPurpose[] {
  const guessBasis = legalBasisGuesser(dictionary);
  const readGrounds = groundsReader(dictionary);
  const sentences = sentencesOf(elements).map((sentence) => ({ sentence, grounds: readGrounds(sentence) }));
  const stating = sentences.filter(({ grounds }) => statesGround(grounds));
  const distinct = new Set<string>(stating.flatMap(({ grounds }) => [...grounds.bases, ...(grounds.law ? ['law'] : [])]));
  const [only] = distinct;
  // The prose states one basis for the section only when all its sentences together state exactly
  // one ground, a basis, and a sentence states it without restricting it to part of the processing.
  const whole = stating.find(({ grounds }) => !grounds.partial);
  const sectionBasis =
    distinct.size === 1 && only !== 'law' && whole ? { basis: only as LegalBasis, sentence: whole.sentence } : null;
  const listed = purposeItems(elements, dictionary).map((item) => {
    const { head, rest } = splitTitle(item.text);
    const own = guessBasis(item.text);
    // An item that states its ground for a part only ("suostumus alle 15-vuotiaiden osalta") gets no basis, not the section's either.
    const limited = !own && readGrounds(item.text).partial;
    const basis = own ?? (limited ? null : sectionBasis?.basis ?? null);
    return {
      title: { [locale]: upperFirst(tidy(head)) },
      description: rest ? { [locale]: rest } : null,
      legalBasis: basis,
      legalBasisEvidence: own ? tidy(item.text) : basis ? (sectionBasis as { sentence: string }).sentence : null,
    };
  });
  if (listed.length || !sectionBasis) return listed;
  const title = sentences.find(({ sentence, grounds }) => !statesGround(grounds) && wordCount(sentence) <= MAX_PROSE_TITLE_WORDS);
  if (!title) return [];
  return [{ title: { [locale]: upperFirst(tidy(title.sentence)) }, description: null, legalBasis: sectionBasis.basis, legalBasisEvidence: sectionBasis.sentence }];
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
  if (categories.length) return categories;
  const isSentence = sentenceTest(dictionary);
  const names = elements.length === 1 && elements[0].kind === 'paragraph' ? enumeratedNames(elements[0].text, dictionary.dataCategoryProse.joiners) : null;
  if (names && !names.some(isSentence)) return names.map((name) => category(name, null));
  // Names in sentences: "Rekisteriin tallennettavia tietoja voivat olla nimi, osoite ja …".
  const readSentence = categorySentenceReader(dictionary);
  const named: ImportedDataCategory[] = [];
  for (const element of elements) {
    if (element.kind !== 'paragraph') continue;
    const sentences = element.text.split(SENTENCE_END).map((sentence) => sentence.trim()).filter(Boolean);
    for (const sentence of sentences) {
      const read = readSentence(sentence, { alone: sentences.length === 1, continuing: named.length > 0 });
      named.push(...read.map(({ name, examples }) => category(name, examples)));
    }
  }
  return named;
}
