/**
 * What an imported notice says, sentence by sentence, for the detectors that ask the editor to
 * review a statement (special-data.ts, outdated-statements.ts): the sentences of a register's
 * sections with their input lines, term lists read per language, and a short quote of a sentence.
 */
import { findLastIndex, has } from 'lodash';
import { sentencesWithLines } from './answers';
import { textLines, type Block } from './lines';
import { termPattern } from './patterns';
import type { Section } from './segment';
import type { StatedSentence } from './types';

/** At most this many characters of a sentence are quoted in a warning. */
export const QUOTE_MAX = 80;

/** A register's sentences: its headings as written, the document's title lines, and its text. */
export function registerSentences(register: Section[]): StatedSentence[] {
  return register.flatMap((section) => {
    const heading = section.heading !== null && section.headingLines.length ? [{ line: section.headingLines[0].number, text: section.heading }] : [];
    const titles = section.blocks.flat().flatMap((line) => (line.documentTitle ? [{ line: line.number, text: line.markers.join(' ') }] : []));
    return [...heading, ...titles, ...section.blocks.flatMap(located)];
  });
}

/** A block's sentences, each with the line it starts on, also when a sentence starts inside a wrapped line. */
function located(block: Block): StatedSentence[] {
  const lines = textLines(block);
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${line.text.replace(/\s+/g, ' ')} `;
  }
  let from = 0;
  return sentencesWithLines([block]).map((sentence) => {
    const at = joined.indexOf(sentence.text.slice(0, 30), from);
    if (at < 0) return sentence;
    from = at + 1;
    return { ...sentence, line: lines[findLastIndex(starts, (start) => start <= at)].number };
  });
}

/** Per-language data: the language's own, or for a language without its own all of them together. */
export function forLanguage<T>(byLanguage: Record<string, Record<string, T>>, locale: string, merge: (a: T, b: T) => T): Record<string, T> {
  if (has(byLanguage, locale)) return byLanguage[locale];
  const merged: Record<string, T> = {};
  for (const language of Object.values(byLanguage)) {
    for (const [kind, value] of Object.entries(language)) merged[kind] = has(merged, kind) ? merge(merged[kind], value) : value;
  }
  return merged;
}

const global = (pattern: RegExp) => new RegExp(pattern.source, 'giu');

/**
 * Finds terms in a sentence, after blanking out phrases that use them in another sense
 * ("uskonto ja elämänkatsomustieto" is a school subject). Returns where the first term starts, or -1.
 */
export function termFinder(terms: string[], except: string[] = []): (text: string) => number {
  const patterns = terms.map(termPattern);
  const excepted = except.map((phrase) => global(termPattern(phrase)));
  return (text) => {
    const blanked = excepted.reduce((rest, pattern) => rest.replace(pattern, (found) => ' '.repeat(found.length)), text);
    const found = patterns.map((pattern) => blanked.search(pattern)).filter((at) => at >= 0);
    return found.length ? Math.min(...found) : -1;
  };
}

/** The sentence, or at most QUOTE_MAX characters of it around `at`, cut with "…". */
export function quoteOf(text: string, at = 0): string {
  if (text.length <= QUOTE_MAX) return text;
  const inner = QUOTE_MAX - 2;
  let start = Math.max(0, Math.min(at - 30, text.length - inner));
  let end = Math.min(text.length, start + inner);
  // Whole words only: a cut word moves out of the quote.
  if (start > 0 && /\S/.test(text[start - 1])) start = Math.min(at, text.indexOf(' ', start) + 1 || start);
  if (end < text.length && /\S/.test(text[end])) end = Math.max(text.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Sentences found for one kind: the first quoted, with its line, and how many more there are. */
export interface Finding {
  kind: string;
  line: number;
  quote: string;
  more: number;
}

/** One finding per kind, in the order of the kinds, from the sentences each `find` accepts (-1: not this one). */
export function findingsOf(sentences: StatedSentence[], finders: Array<[string, (text: string) => number]>): Finding[] {
  return finders.flatMap(([kind, find]) => {
    const hits = sentences.map((sentence) => ({ sentence, at: find(sentence.text) })).filter((hit) => hit.at >= 0);
    if (!hits.length) return [];
    const [{ sentence, at }] = hits;
    return [{ kind, line: sentence.line, quote: quoteOf(sentence.text, at), more: hits.length - 1 }];
  });
}
