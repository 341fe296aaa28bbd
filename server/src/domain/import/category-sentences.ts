/**
 * Data categories a notice names in a sentence instead of a list: "Rekisteriin tallennettavia
 * tietoja voivat olla henkilön nimi, asema sekä yhteystiedot (puhelinnumero, osoite)." or, as a
 * paragraph of its own, "Name and e-mail address.". The names are the notice's own words, split at
 * commas and conjunctions; words in brackets, or after "kuten", become the examples of the name
 * before them. A sentence is read only when every part is short enough to be a name: anything else
 * is prose and stays as written, for the editor.
 */
import { escapeRegExp } from 'lodash';
import { wordCount } from './lines';
import { mentionsAny, termPattern } from './patterns';
import type { ImportDictionary } from './types';

/** A category's name and its examples, as the sentence words them. */
export interface NamedCategory {
  name: string;
  examples: string[];
}

export const MAX_NAME_WORDS = 8;
/** Without a lead-in, only a paragraph of short names of personal data is read as names. */
const MAX_BARE_NAME_WORDS = 4;
/** "Rekisteriin tallennettavia henkilötietoja" before "ovat": the opening names the data, briefly. */
const MAX_OPENING_WORDS = 5;

const alternation = (terms: string[]) => terms.map((term) => escapeRegExp(term).replace(/\s+/g, '\\s+')).join('|');

/** One part of an enumeration; `fresh` when it follows a comma and a joiner (", sekä laskutustiedot"). */
interface Part {
  text: string;
  fresh: boolean;
}

/**
 * Splits at commas, semicolons and joiners outside brackets. Only "ja"-like joiners split: "etu- ja
 * sukunimi" and "huoltajan tai edunvalvojan tiedot" stay whole.
 */
function splitParts(text: string, joiners: string[]): Part[] {
  const brackets: string[] = [];
  const masked = text.replace(/\([^()]*\)/g, (group) => `\u0000${brackets.push(group) - 1}\u0000`);
  const joiner = alternation(joiners);
  const separator = new RegExp(`(\\s*[,;]\\s*${joiner ? `|(?<!-)\\s+(?:${joiner})\\s+` : ''})`, 'iu');
  const leading = joiner ? new RegExp(`^(?:${joiner})\\s+`, 'iu') : /^$/;
  const pieces = masked.split(separator);
  const parts: Part[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const afterComma = i > 0 && /[,;]/.test(pieces[i - 1]);
    const fresh = afterComma && leading.test(pieces[i]);
    const restored = pieces[i].replace(leading, '').replace(/\u0000(\d+)\u0000/g, (_, n: string) => brackets[Number(n)]).trim();
    if (restored) parts.push({ text: restored, fresh });
  }
  return parts;
}

const splitNames = (text: string, joiners: string[]) => splitParts(text, joiners).map((part) => part.text);

/** "yhteystiedot (puhelinnumero, osoite)" → the name and its examples in brackets. */
function withBracketExamples(part: string, dictionary: ImportDictionary, marker: RegExp): NamedCategory {
  const bracket = /^(.*?)\s*\(([^()]*)\)$/u.exec(part);
  if (!bracket || !bracket[1]) return { name: part, examples: [] };
  return { name: bracket[1], examples: splitNames(bracket[2].replace(marker, ''), dictionary.dataCategoryProse.joiners) };
}

/** The enumeration after a lead-in, as names; null when a part is too long to be one. */
export function namesIn(enumeration: string, dictionary: ImportDictionary, maxWords: number): NamedCategory[] | null {
  const markers = alternation(dictionary.exampleMarkers);
  const leadingMarker = markers ? new RegExp(`^(?:${markers})(?:\\s+|$)`, 'iu') : /^$/;
  const innerMarker = markers ? new RegExp(`(?:^|\\s+)(?:${markers})\\s+`, 'iu') : null;
  const body = enumeration.replace(/[\s.!]+$/u, '').replace(leadingMarker, '');
  const categories: NamedCategory[] = [];
  let examplesOf: NamedCategory | null = null;
  const { joiners } = dictionary.dataCategoryProse;
  for (const { text: part, fresh } of splitParts(body, joiners)) {
    // Examples run to the end of the enumeration, or to ", sekä …", which names another category.
    if (examplesOf && !fresh) {
      examplesOf.examples.push(part);
      continue;
    }
    examplesOf = null;
    const marked = innerMarker?.exec(part);
    if (marked) {
      // "… julkiset tiedot kuten profiilien tiedot, julkaisut": what follows are examples of the name before.
      const head = part.slice(0, marked.index).trim();
      const owner = head ? withBracketExamples(head, dictionary, leadingMarker) : categories[categories.length - 1];
      if (!owner) return null;
      if (head) categories.push(owner);
      owner.examples.push(...splitNames(part.slice(marked.index + marked[0].length), joiners));
      examplesOf = owner;
      continue;
    }
    categories.push(withBracketExamples(part, dictionary, leadingMarker));
  }
  const fits = categories.every((category) => wordCount(category.name) <= maxWords) && categories.every((c) => c.examples.every((e) => wordCount(e) <= MAX_NAME_WORDS));
  return fits && categories.length > 0 ? categories : null;
}

/** True when a would-be name holds a verb of the lead-ins: "Rekisteri sisältää nimen" is a sentence. */
export function sentenceTest(dictionary: ImportDictionary): (text: string) => boolean {
  const leadInTerms = dictionary.dataCategoryProse.leadIns.map(termPattern);
  return (text) => mentionsAny(text, leadInTerms);
}

/**
 * Reads one sentence. `alone`: the sentence is its paragraph. `continuing`: an earlier sentence of
 * the section was read as names, so "Lisäksi tietoja voivat olla palautteet." continues that list.
 */
export function categorySentenceReader(dictionary: ImportDictionary): (sentence: string, where: { alone: boolean; continuing: boolean }) => NamedCategory[] {
  const { leadIns, subjects, names } = dictionary.dataCategoryProse;
  const subjectTerms = subjects.map(termPattern);
  const nameTerms = names.map(termPattern);
  const isSentence = sentenceTest(dictionary);
  const leadIn = new RegExp(`^(.{1,80}?)(?::\\s+|\\s+(?:${alternation(leadIns)})\\s+)(.+)$`, 'iu');
  const colon = /^([^:]{1,80}):\s+(.+)$/u;

  const ofPersonalData = (categories: NamedCategory[]) => categories.filter((category) => mentionsAny(category.name, nameTerms)).length;

  return (sentence, { alone, continuing }) => {
    const opened = colon.exec(sentence) ?? leadIn.exec(sentence);
    if (opened && wordCount(opened[1]) <= MAX_OPENING_WORDS && mentionsAny(opened[1], subjectTerms)) {
      // "This information is needed for the contract, and …" is no list: a list of data names a name or an address.
      const categories = namesIn(opened[2], dictionary, MAX_NAME_WORDS);
      const enough = categories && (categories.length > 1 || categories[0].examples.length > 0) && (continuing || ofPersonalData(categories) > 0);
      return enough ? categories : [];
    }
    // A paragraph that is only names: "Name and e-mail address."
    if (!alone) return [];
    const bare = namesIn(sentence, dictionary, MAX_BARE_NAME_WORDS);
    // "Registret innehåller medlemmens namn" is a sentence, not a name.
    const sentenceLike = bare?.some((category) => isSentence(category.name));
    return bare && !sentenceLike && bare.length > 1 && ofPersonalData(bare) * 2 >= bare.length ? bare : [];
  };
}
