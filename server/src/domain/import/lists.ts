/**
 * Purposes and data categories split from the lists in their sections, and data categories from a
 * sentence that only names them (category-sentences.ts). Other prose is not split: it stays in
 * purposesText / dataCategoriesText for the editor.
 */
import { escapeRegExp, upperFirst } from 'lodash';
import type { LegalBasis } from '../types';
import { MAX_NAME_WORDS, categorySentenceReader, namesIn, sentenceTest } from './category-sentences';
import { groundsReader, lawListReader, statesGround } from './legal-grounds';
import { purposesFromTables } from './table-purposes';
import { wordCount } from './lines';
import { nestedItems } from './markdown';
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

/**
 * The purpose list's items, each with the sub-items indented under it (part of the item, not items
 * of their own): not the laws it names, nor a list a paragraph introduces as laws ("Keskeiset säädökset:").
 */
function purposeItems(elements: Element[], dictionary: ImportDictionary): Array<{ item: ListItem; subItems: ListItem[] }> {
  const { isLawName, introducesLaws } = lawListReader(dictionary);
  return elements.flatMap((element, i) => {
    if (element.kind !== 'list') return [];
    const intro = elements[i - 1];
    if (intro && intro.kind === 'paragraph' && introducesLaws(intro.text)) return [];
    return nestedItems(element.items).filter(({ item }) => !isLawName(item.text));
  });
}

/** Sub-items as the Markdown list they were. */
const subList = (subItems: ListItem[]) => subItems.map((sub) => `- ${sub.text}`).join('\n');

const SENTENCE_END = /(?<=[\p{Ll}\d)"”][.!?])\s+(?=[\p{Lu}\d])/u;
const MAX_PROSE_TITLE_WORDS = 15;

const sentencesOf = (elements: Element[]): string[] =>
  elements.flatMap((element) => (element.kind === 'paragraph' && !element.table ? element.text.split(SENTENCE_END) : [])).map((s) => s.trim()).filter(Boolean);

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
  const listed = purposeItems(elements, dictionary).map(({ item, subItems }) => {
    const { head, rest } = splitTitle(item.text);
    const own = guessBasis(item.text);
    // An item that states its ground for a part only ("suostumus alle 15-vuotiaiden osalta") gets no basis, not the section's either.
    const limited = !own && readGrounds(item.text).partial;
    const basis = own ?? (limited ? null : sectionBasis?.basis ?? null);
    const description = [rest, subList(subItems)].filter(Boolean).join('\n\n');
    return {
      title: { [locale]: upperFirst(tidy(head)) },
      description: description ? { [locale]: description } : null,
      legalBasis: basis,
      legalBasisEvidence: own ? tidy(item.text) : basis ? (sectionBasis as { sentence: string }).sentence : null,
    };
  });
  const tabled = purposesFromTables(elements, guessBasis, locale);
  if (listed.length || tabled.length || !sectionBasis) return [...listed, ...tabled];
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

/** A label of a group of data, "Lapsen tiedot" or "Huoltajan tiedot": a few words, no sentence. */
const MAX_GROUP_LABEL_WORDS = 4;
/** Below this many labelled groups, a label is the section's opening ("Henkilötiedot: …"), not whose data follows. */
const MIN_LABELLED_GROUPS = 2;

/** A group of names under a label: "Lapsen tiedot: nimi, henkilötunnus", or "Pelaajan tiedot:" above a list. */
interface Group {
  label: string;
  examples: string[];
}

/**
 * A list item as examples: "nimi, osoite ja puhelin" split at its commas and the joiner after the last
 * one; without a comma ("lisenssin ja vakuutuksen numero") or with an example marker or a clause, whole.
 */
function itemExamples(text: string, joiners: string[], markers: RegExp | null): string[] {
  const body = tidy(text);
  if (!body.includes(',') || (markers && markers.test(body))) return [body];
  const names = splitEnumeration(body, joiners);
  return names.every((name) => wordCount(name) <= MAX_COMMA_ITEM_WORDS) ? names : [body];
}

export function dataCategoriesFrom(elements: Element[], dictionary: ImportDictionary, locale: string): ImportedDataCategory[] {
  const markers = dictionary.exampleMarkers.map(escapeRegExp).join('|');
  // "Perustiedot, kuten:" introduces one category whose list items are its examples.
  const exampleIntro = markers ? new RegExp(`[\\s,]+(?:${markers})\\s*:$`, 'iu') : null;
  const markerWord = markers ? new RegExp(`(?:^|\\s)(?:${markers})(?=\\s|$)`, 'iu') : null;
  const { joiners } = dictionary.dataCategoryProse;
  const isSentence = sentenceTest(dictionary);
  const category = (name: string, examples: string[] | null): ImportedDataCategory => ({
    name: { [locale]: upperFirst(tidy(name)) },
    examples: examples && examples.length ? { [locale]: examples } : null,
  });
  const fromItem = ({ item, subItems }: { item: ListItem; subItems: ListItem[] }) => {
    const { head, rest } = splitTitle(item.text);
    // A nested list is the examples of the item above it.
    const examples = [...(rest ? splitEnumeration(rest, dictionary.conjunctions) : []), ...subItems.flatMap((sub) => itemExamples(sub.text, joiners, markerWord))];
    return category(head, examples);
  };
  const isLabel = (text: string) => wordCount(text) <= MAX_GROUP_LABEL_WORDS && /^\p{Lu}/u.test(text) && !/[.;!?]/.test(text) && !isSentence(text);
  const sentencesIn = (text: string) => text.split(SENTENCE_END).map((sentence) => sentence.trim()).filter(Boolean);

  // Labelled groups: "Lapsen tiedot: nimi, …" sentences, and "Pelaajan tiedot:" paragraphs above a list.
  const introOf = (i: number): string | null => {
    const intro = elements[i - 1];
    if (elements[i].kind !== 'list' || !intro || intro.kind !== 'paragraph' || intro.table) return null;
    const label = /^(.+?)\s*:$/u.exec(intro.text.trim());
    return label && isLabel(label[1]) ? label[1] : null;
  };
  const labelledSentence = (sentence: string): Group | null => {
    const opened = /^([^:]{1,80}):\s+(.+)$/u.exec(sentence);
    if (!opened || !isLabel(opened[1])) return null;
    const names = namesIn(opened[2], dictionary, MAX_NAME_WORDS);
    if (!names || names.length < 2) return null;
    // A name's own examples stay with it, in brackets, as "kuten" or brackets said.
    return { label: opened[1], examples: names.map(({ name, examples }) => (examples.length ? `${name} (${examples.join(', ')})` : name)) };
  };
  const groupCount =
    elements.filter((_, i) => introOf(i) !== null).length +
    elements.flatMap((element) => (element.kind === 'paragraph' && !element.table ? sentencesIn(element.text) : [])).filter((s) => labelledSentence(s)).length;
  // Two or more labels group the data by whose it is (the child's, the guardian's): each label is a
  // category and its names are examples, or "Nimi" would stand twice without saying whose. One label
  // alone is the section's opening ("Rekisteriin tallennetaan seuraavat tiedot: …"), and its names are the categories.
  const labelled = groupCount >= MIN_LABELLED_GROUPS;
  const grouped: ImportedDataCategory[] = [];
  if (labelled) {
    elements.forEach((element, i) => {
      const label = introOf(i);
      if (label !== null && element.kind === 'list') {
        const examples = nestedItems(element.items).flatMap(({ item, subItems }) => [...itemExamples(item.text, joiners, markerWord), ...subItems.map((sub) => tidy(sub.text))]);
        grouped.push(category(label, examples));
      } else if (element.kind === 'paragraph' && !element.table) {
        for (const sentence of sentencesIn(element.text)) {
          const group = labelledSentence(sentence);
          if (group) grouped.push(category(group.label, group.examples));
        }
      } else if (element.kind === 'list') {
        grouped.push(...nestedItems(element.items).map(fromItem));
      }
    });
    return grouped;
  }

  const categories = elements.flatMap((element, i) => {
    if (element.kind !== 'list') return [];
    const intro = elements[i - 1];
    if (exampleIntro && intro && intro.kind === 'paragraph' && exampleIntro.test(intro.text)) {
      return [category(intro.text.replace(exampleIntro, ''), element.items.map((item) => tidy(item.text)))];
    }
    return nestedItems(element.items).map(fromItem);
  });
  if (categories.length) return categories;
  const names = elements.length === 1 && elements[0].kind === 'paragraph' ? enumeratedNames(elements[0].text, joiners) : null;
  if (names && !names.some(isSentence)) return names.map((name) => category(name, null));
  // Names in sentences: "Rekisteriin tallennettavia tietoja voivat olla nimi, osoite ja …".
  const readSentence = categorySentenceReader(dictionary);
  const named: ImportedDataCategory[] = [];
  for (const element of elements) {
    if (element.kind !== 'paragraph' || element.table) continue;
    const sentences = sentencesIn(element.text);
    for (const sentence of sentences) {
      const read = readSentence(sentence, { alone: sentences.length === 1, continuing: named.length > 0 });
      named.push(...read.map(({ name, examples }) => category(name, examples)));
    }
  }
  return named;
}
