/**
 * The importer's promise that no sentence is dropped, as a check: every non-empty input line
 * must appear in some text of the drafts, apart from the parts recorded as read into structure
 * (see ImportedLine.markers). Whitespace, bullets and a final period do not count, and a wrapped
 * line only needs to appear inside its joined paragraph.
 *
 * What was read as structure is checked too. A date must be in the legacy dates. A heading may be
 * left out of the text only when it is a wording of the dictionary word for word (its section's
 * own heading then says it), alone or wrapped over lines; a heading that says more — or a list
 * item read as a heading by mistake — must still be found in the text, or its line is lost.
 */
import { isPlainObject } from 'lodash';
import en from '../../../../locales/import/en.json';
import fi from '../../../../locales/import/fi.json';
import sv from '../../../../locales/import/sv.json';
import { dateForms } from './dates';
import { bulletText, cleanLine, splitLines } from './lines';
import { headingAsWritten, joinWrapped, wordingKey } from './patterns';
import type { ImportDictionary, ImportedLine, ImportedRegisterDraft, SectionChoice } from './types';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every string in a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isPlainObject(value)) return Object.values(value as object).flatMap(strings);
  return [];
}

const DICTIONARIES: ImportDictionary[] = [fi, sv, en];
/** The dictionaries' wordings word for word; a variant with a `*` stands for its own words. */
const WORDINGS = new Set(DICTIONARIES.flatMap((d) => Object.values(d.headings).flat()).map((v) => wordingKey(v.replace(/\*/g, ' '))));
const CONJUNCTIONS = DICTIONARIES.flatMap((d) => d.conjunctions);
/** Dates as any of the languages writes them: "5.9.2019", "3 April 2023", "3 april 2023". */
const DATE_FORMS = dateForms(DICTIONARIES.map((d) => d.monthNames).reduce((all, months) => all.map((names, i) => [...names, ...months[i]])));
const DATE = new RegExp(DATE_FORMS.source, 'gu');

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when the words of `needle` appear one after another in `haystack`, whatever the markup between them. */
export function containsWords(haystack: string, needle: string): boolean {
  return ` ${words(haystack).join(' ')} `.includes(` ${words(needle).join(' ')} `);
}

/** A marker naming a heading or label: not a date statement, not Markdown marks alone. */
const isHeadingMarker = (marker: string) => !new RegExp(DATE.source, 'u').test(marker) && /[\p{L}\p{N}]/u.test(marker);

/** The ISO dates a date marker states. */
export const datesOf = (marker: string): string[] => (marker.match(DATE) ?? []).map((date) => DATE_FORMS.iso(date) ?? date);

/**
 * The lines read as a heading that the text does not account for: neither a wording of the
 * dictionary (alone, or joined with the heading lines around it as a table cell wraps it) nor
 * found by `isShown`, which is given the heading as written and the lines it was read from.
 */
export function lostHeadings<Line extends { line: number; markers?: string[] } = ImportedLine>(
  input: string,
  lines: Line[],
  isShown: (heading: string, lines: Line[]) => boolean,
  /** Where a line went (ImportedLine.target by default): a heading wraps over lines of one place only. */
  placeOf: (line: Line) => string = (line) => (line as unknown as ImportedLine).target,
): Array<{ line: number; text: string }> {
  const raw = splitLines(input);
  const rest = (record: Line) => {
    let text = cleanLine(raw[record.line - 1] ?? '');
    for (const marker of record.markers ?? []) text = text.replace(marker, ' ');
    return squash(bulletText(squash(text)) ?? text);
  };
  const headed = [...lines]
    .filter((record) => placeOf(record) !== 'documentTitle' && (record.markers ?? []).some(isHeadingMarker))
    .sort((a, b) => a.line - b.line);
  // Runs of heading lines one after another (blank lines aside), each but the last read wholly as heading.
  const groups: Line[][] = [];
  headed.forEach((record, i) => {
    const previous = headed[i - 1];
    const between = previous ? raw.slice(previous.line, record.line - 1) : [];
    const joins = previous && between.every((line) => cleanLine(line) === '') && placeOf(previous) === placeOf(record) && rest(previous) === '';
    if (joins) groups[groups.length - 1].push(record);
    else groups.push([record]);
  });
  const headingOf = (record: Line) => (record.markers ?? []).filter(isHeadingMarker).join(' ');
  return groups.flatMap((group) => {
    const texts = group.map(headingOf);
    const accounted = (from: number, to: number) => {
      const joined = joinWrapped(texts.slice(from, to), CONJUNCTIONS);
      // Section numbers alone ("IV.") are numbering, not words.
      const key = wordingKey(joined);
      return key === '' || WORDINGS.has(key) || isShown(headingAsWritten(joined), group.slice(from, to));
    };
    // Some cut of the run into wordings and shown headings.
    const reach = [true, ...group.map(() => false)];
    for (let to = 1; to <= group.length; to++) {
      for (let from = 0; from < to && !reach[to]; from++) reach[to] = reach[from] && accounted(from, to);
    }
    if (reach[group.length]) return [];
    return group.flatMap((record, i) => (accounted(i, i + 1) ? [] : [{ line: record.line, text: cleanLine(raw[record.line - 1] ?? '') }]));
  });
}

/** `sections`: the editor's choices; a line the editor made a heading is the editor's to leave out. */
export function uncoveredLines(input: string, drafts: ImportedRegisterDraft[], sections: SectionChoice[] = []): Array<{ line: number; text: string }> {
  // legacyDates, lines and the proposed answers' quotes are bookkeeping, not text a reader would see.
  const texts = drafts.flatMap(({ lines: _lines, legacyDates: _dates, proposedAnswers: _answers, suggestedSections: _suggested, ...text }) => strings(text)).map(squash);
  const legacy = new Set(drafts.flatMap((draft) => [draft.legacyDates.createdOn, ...draft.legacyDates.updates]));
  const records = drafts.flatMap((draft) => draft.lines);
  const markers = new Map<number, string[]>();
  records.forEach(({ line, markers: found }) => markers.set(line, [...(markers.get(line) ?? []), ...(found ?? [])]));
  const chosen = new Set(sections.filter((choice) => choice.heading).map((choice) => choice.line));
  const lost = splitLines(input).flatMap((raw, index) => {
    let text = cleanLine(raw);
    const found = markers.get(index + 1) ?? [];
    for (const marker of found) text = text.replace(marker, ' ');
    text = squash(text);
    const needle = squash(bulletText(text) ?? text).replace(/\.$/, '');
    const textLost = needle !== '' && !texts.some((haystack) => haystack.includes(needle));
    const dateLost = found.some((marker) => !isHeadingMarker(marker) && datesOf(marker).some((date) => !legacy.has(date)));
    return textLost || dateLost ? [{ line: index + 1, text: cleanLine(raw) }] : [];
  });
  const headings = lostHeadings(
    input,
    records.filter((record) => !chosen.has(record.line)),
    (heading) => texts.some((haystack) => containsWords(haystack, heading)),
  );
  const seen = new Set(lost.map((entry) => entry.line));
  return [...lost, ...headings.filter((entry) => !seen.has(entry.line))].sort((a, b) => a.line - b.line);
}
