/**
 * Recognising section headings: a line of its own ("4. Henkilötietojen käsittelyn tarkoitus")
 * or the label of a "Label: text" paragraph, also when the label wraps over lines.
 */
import { sortBy } from 'lodash';
import { NUMBER_ONLY, headingAsWritten, headingPattern, joinWrapped, normaliseHeading, wordingKey } from './patterns';
import { bulletText, consume, looksLikeHeading, numberedItem, startsLowercase, textLines, wordCount } from './lines';
import type { Block, SourceLine } from './lines';
import { isMarkdownHeading } from './markup';
import { SECTION_TARGETS } from './types';
import type { ImportDictionary, SectionTarget } from './types';

/** A heading a wildcard variant recognises: up to this many words, or its literal words and a few more. */
const MAX_HEADING_WORDS = 15;
const MAX_WILDCARD_WORDS = 10;
const MAX_LABEL_LINES = 3;
const MAX_UNKNOWN_LABEL_WORDS = 6;
/** A heading wrapped in a narrow table cell: its number and up to nine lines of a few words each. */
const MAX_WRAPPED_LINES = 10;
const MAX_WRAPPED_LINE_WORDS = 6;

/**
 * The section a heading stands for, or null. `wording` also tells whether the heading is one of
 * the dictionary's wordings word for word (`exact`), or was recognised by a variant with a `*`,
 * whose words the heading then says more than.
 */
export interface HeadingMatcher {
  (text: string): SectionTarget | null;
  wording: (text: string) => { target: SectionTarget; exact: boolean } | null;
}

export function headingMatcher(dictionary: ImportDictionary): HeadingMatcher {
  const variants = SECTION_TARGETS.flatMap((target) =>
    dictionary.headings[target].map((variant) => {
      const wildcard = variant.includes('*');
      // A dictionary's wording is matched whole whatever its length (the GDPR's run to 40 words); a `*` guesses at the rest.
      const maxWords = wildcard ? Math.max(MAX_HEADING_WORDS, wordCount(normaliseHeading(variant.replace(/\*/g, ' '))) + MAX_WILDCARD_WORDS) : Infinity;
      return { target, pattern: headingPattern(variant), wildcard, literal: variant.replace(/\*/g, '').length, maxWords };
    }),
  );
  // A variant's own words are a wording too: "Tarkastusoikeus" of "Tarkastusoikeus*".
  const exact = new Map<string, SectionTarget>();
  for (const target of SECTION_TARGETS) {
    for (const variant of dictionary.headings[target]) {
      const key = wordingKey(variant.replace(/\*/g, ' '));
      if (key && !exact.has(key)) exact.set(key, target);
    }
  }
  // Exact variants first, then the wildcard one with the most literal text.
  const ordered = sortBy(variants, [(v) => (v.wildcard ? 1 : 0), (v) => -v.literal]);
  const match = (text: string): SectionTarget | null => {
    const heading = normaliseHeading(text);
    if (!heading) return null;
    const words = wordCount(heading);
    // A sentence ("Evästeitä käytetään moniin käyttötarkoituksiin.") is matched by a whole variant only, never by a wildcard.
    const sentence = /\.$/.test(text.trim()) && !/^\d+\.$/.test(text.trim());
    const found = ordered.find((variant) => (!sentence || !variant.wildcard) && words <= variant.maxWords && variant.pattern.test(heading));
    return found ? found.target : null;
  };
  return Object.assign(match, {
    wording: (text: string) => {
      const target = match(text);
      return target === null ? null : { target, exact: exact.get(wordingKey(text)) === target };
    },
  });
}

export type BlockReading =
  /** A recognised heading; `body` is the rest of the block. */
  | {
      kind: 'heading';
      target: SectionTarget | null;
      heading: string | null;
      headingLines: SourceLine[];
      body: Block;
      label: boolean;
      /** The heading is a wording of the dictionary (or the editor's choice), not a `*` variant's guess: see HeadingMatcher. */
      exact: boolean;
    }
  /** "Label: text" whose label is no known heading. */
  | { kind: 'label'; heading: string; headingLines: SourceLine[]; body: Block }
  /** A title-like line alone in its block; `markdown` when it is written as a Markdown heading the dictionary does not know. */
  | { kind: 'loneLine'; markdown?: boolean }
  /**
   * Text; `titled` when its first line is shaped like a title and text follows ("Kameravalvonta" then a
   * paragraph): an unknown heading, if the notice writes its headings that way.
   */
  | { kind: 'text'; titled?: { heading: string; headingLines: SourceLine[]; body: Block } }
  /** Nothing left as text (a line of dates only). */
  | { kind: 'empty' };

interface Label {
  text: string;
  headingLines: SourceLine[];
  body: Block;
  rest: string;
  kind: 'colon' | 'dash' | 'tab';
}

/**
 * Where a label ends on a line: a colon ("Säilytysaika: 2 vuotta"), a dash between spaces
 * ("Säilytysaika – 2 vuotta", also "—" and "-"), or a tab between a table row's cells.
 * `marker` is the label as written with its separator; `rest` the text after it.
 */
function labelEnd(line: SourceLine): { kind: 'colon' | 'dash' | 'tab'; label: string; marker: string; rest: string } | null {
  const found: Array<{ kind: 'colon' | 'dash' | 'tab'; at: number; end: number }> = [];
  const colon = /:(?=\s|$)/.exec(line.text);
  if (colon) found.push({ kind: 'colon', at: colon.index, end: colon.index + 1 });
  const dash = /\s[–—-](?=\s|$)/.exec(line.text);
  if (dash && dash.index > 0) found.push({ kind: 'dash', at: dash.index, end: dash.index + 2 });
  const cell = line.cells?.[0];
  if (cell && line.text.startsWith(cell) && line.text.length > cell.length) found.push({ kind: 'tab', at: cell.length, end: cell.length });
  const first = sortBy(found, (f) => f.at)[0];
  if (!first) return null;
  return { kind: first.kind, label: line.text.slice(0, first.at).trim(), marker: line.text.slice(0, first.end).trim(), rest: line.text.slice(first.end).trim() };
}

/** "Label: text" at the start of a block; the label may wrap over a few lines. "EU:n" is no label. */
function findLabel(block: Block): Label | null {
  const headingLines: SourceLine[] = [];
  let text = '';
  for (let i = 0; i < Math.min(block.length, MAX_LABEL_LINES); i++) {
    const line = block[i];
    // A label wraps over plain lines only: a list item after a heading line is its text.
    if (i > 0 && (bulletText(line.text) !== null || numberedItem(line.text) !== null)) return null;
    const end = labelEnd(line);
    if (end) {
      const { rest } = end;
      const labelLine = consume(line, end.marker, rest);
      return {
        text: `${text} ${end.label}`.trim(),
        headingLines: rest ? headingLines : [...headingLines, labelLine],
        body: rest ? [labelLine, ...block.slice(i + 1)] : block.slice(i + 1),
        rest,
        kind: end.kind,
      };
    }
    if (!line.text || /[.!?]$/.test(line.text)) return null;
    text = `${text} ${line.text}`;
    headingLines.push(consume(line, line.text));
  }
  return null;
}

/**
 * "Säilytysaika – 2 vuotta", or a table row "Säilytysaika⇥2 vuotta": a known heading and its
 * text on one line, not a heading of that whole line (unless the line is a wording of the dictionary).
 */
export function isHeadingAndText(line: SourceLine, matchHeading: HeadingMatcher): boolean {
  const end = labelEnd(line);
  if (!end || end.kind === 'colon' || !end.rest || !/^[\p{Lu}\d#*_]/u.test(end.label)) return false;
  return matchHeading(end.label) !== null && !matchHeading.wording(line.text)?.exact;
}

function isUnknownLabel(label: Label, contactLabels: Set<string>): boolean {
  return (
    label.rest !== '' &&
    wordCount(label.text) <= MAX_UNKNOWN_LABEL_WORDS &&
    /^\p{Lu}/u.test(label.text) &&
    !/[.;!?]/.test(label.text) &&
    !contactLabels.has(normaliseLabel(label.text))
  );
}

export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '').trim();
}

/** A next line that goes on with a sentence: in lower case, and no list item ("a) …"). */
const continuesInLowercase = (next: SourceLine | undefined) =>
  next !== undefined && startsLowercase(next.text) && bulletText(next.text) === null && numberedItem(next.text) === null;

/** A line that is a heading by itself; a next line starting in lower case means a wrapped sentence instead. */
export function isHeadingLine(line: SourceLine, next: SourceLine | undefined, matchHeading: HeadingMatcher): boolean {
  return (
    line.text !== '' &&
    !/:\s/.test(line.text) &&
    !/[,;]$/.test(line.text) &&
    !continuesInLowercase(next) &&
    matchHeading(line.text) !== null &&
    !isHeadingAndText(line, matchHeading)
  );
}

/** Can this line be part of a wrapped heading? A few words, no sentence ending: "4." or "IV." is a number, "…tarkoitus." a sentence. */
const isHeadingPiece = (line: SourceLine) =>
  line.text !== '' &&
  !line.cells &&
  !/\s[–—-](\s|$)/.test(line.text) &&
  wordCount(line.text) <= MAX_WRAPPED_LINE_WORDS &&
  (NUMBER_ONLY.test(line.text) || !/[.!;]$/.test(line.text));

/**
 * A heading wrapped over 2–6 lines at the top of a block, as Word tables export them
 * ("4." / "Henkilö-" / "tietojen" / "käsittelyn" / "tarkoitus"): the longest run that reads as a heading.
 */
export function wrappedHeading(lines: SourceLine[], matchHeading: HeadingMatcher, conjunctions: string[]): { count: number; text: string } | null {
  let pieces = 0;
  while (pieces < Math.min(lines.length, MAX_WRAPPED_LINES) && isHeadingPiece(lines[pieces])) pieces++;
  for (let count = pieces; count >= 2; count--) {
    if (continuesInLowercase(lines[count])) continue;
    const text = joinWrapped(lines.slice(0, count).map((line) => line.text), conjunctions);
    if (matchHeading(text) !== null) return { count, text };
  }
  return null;
}

/** A question of a few words is a title too: "Who do we share data with?". */
const MAX_QUESTION_WORDS = 10;

/**
 * A first line shaped like a title, not a table row, and a next line that starts a sentence or an
 * item of its own; not a column of title-like lines (links, an address).
 */
function isTitleLine(line: SourceLine, next: SourceLine): boolean {
  const question = /^\p{Lu}/u.test(line.text) && /\?$/.test(line.text) && wordCount(line.text) <= MAX_QUESTION_WORDS && !/:\s/.test(line.text);
  return !line.cells && (looksLikeHeading(line.text) || question) && !continuesInLowercase(next) && !looksLikeHeading(next.text);
}

export function blockReader(dictionary: ImportDictionary, matchHeading: HeadingMatcher): (block: Block) => BlockReading {
  const contactLabels = new Set(Object.values(dictionary.contactLabels).flat().map(normaliseLabel));
  return (block) => {
    const lines = textLines(block);
    if (!lines.length) return { kind: 'empty' };
    // A heading line of its own first: a label or a wrapped heading joined with the line after it would read that line as heading.
    const first = block.indexOf(lines[0]);
    // "## 7. Retention": a line marked as a heading is one, also one the dictionary does not know (target null).
    const markdown = isMarkdownHeading(lines[0]) && !/:\s/.test(lines[0].text);
    if (markdown && matchHeading(lines[0].text) === null) {
      if (lines.length === 1) return { kind: 'loneLine', markdown: true };
      const headingLines = [...block.slice(0, first), consume(lines[0], lines[0].text)];
      return { kind: 'heading', target: null, heading: headingAsWritten(lines[0].text), headingLines, body: block.slice(first + 1), label: false, exact: true };
    }
    if (markdown || isHeadingLine(lines[0], lines[1], matchHeading)) {
      const target = matchHeading(lines[0].text) as SectionTarget;
      const headingLines = [...block.slice(0, first), consume(lines[0], lines[0].text)];
      const heading = headingAsWritten(lines[0].text);
      const exact = matchHeading.wording(lines[0].text)?.exact ?? false;
      return { kind: 'heading', target, heading, headingLines, body: block.slice(first + 1), label: false, exact };
    }
    const wrapped = wrappedHeading(lines, matchHeading, dictionary.conjunctions);
    if (wrapped) {
      const last = block.indexOf(lines[wrapped.count - 1]);
      const headingLines = block.slice(0, last + 1).map((line) => (line.text ? consume(line, line.text) : line));
      const target = matchHeading(wrapped.text) as SectionTarget;
      const exact = matchHeading.wording(wrapped.text)?.exact ?? false;
      return { kind: 'heading', target, heading: headingAsWritten(wrapped.text), headingLines, body: block.slice(last + 1), label: false, exact };
    }
    const label = findLabel(block);
    const labelTarget = label ? matchHeading(label.text) : null;
    if (label && labelTarget) {
      const { headingLines, body } = label;
      const exact = matchHeading.wording(label.text)?.exact ?? false;
      return { kind: 'heading', target: labelTarget, heading: headingAsWritten(label.text), headingLines, body, label: true, exact };
    }
    // A dash is a label's end only after a known heading: "Asiakkaat – eli jäsenet" is text.
    if (label && label.kind !== 'dash' && isUnknownLabel(label, contactLabels)) {
      return { kind: 'label', heading: headingAsWritten(label.text), headingLines: label.headingLines, body: label.body };
    }
    if (lines.length === 1) return looksLikeHeading(lines[0].text) ? { kind: 'loneLine' } : { kind: 'text' };
    return isTitleLine(lines[0], lines[1])
      ? { kind: 'text', titled: { heading: headingAsWritten(lines[0].text), headingLines: [...block.slice(0, first), consume(lines[0], lines[0].text)], body: block.slice(first + 1) } }
      : { kind: 'text' };
  };
}
