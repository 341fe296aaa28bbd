/**
 * The importer's promise that no sentence is dropped, as a check: every non-empty input line
 * must appear in some text of the drafts, apart from the parts recorded as read into structure
 * (headings, labels, dates; see ImportedLine.markers). Whitespace, bullets and a final period
 * do not count, and a wrapped line only needs to appear inside its joined paragraph.
 */
import { isPlainObject } from 'lodash';
import { bulletText, cleanLine, splitLines } from './lines';
import type { ImportedRegisterDraft } from './types';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every string in a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isPlainObject(value)) return Object.values(value as object).flatMap(strings);
  return [];
}

export function uncoveredLines(input: string, drafts: ImportedRegisterDraft[]): Array<{ line: number; text: string }> {
  // legacyDates and lines are bookkeeping, not text a reader would see.
  const texts = drafts.flatMap(({ lines: _lines, legacyDates: _dates, ...text }) => strings(text)).map(squash);
  const markers = new Map<number, string[]>();
  drafts.forEach((draft) =>
    draft.lines.forEach(({ line, markers: found }) => markers.set(line, [...(markers.get(line) ?? []), ...(found ?? [])])),
  );
  return splitLines(input).flatMap((raw, index) => {
    let text = cleanLine(raw);
    for (const marker of markers.get(index + 1) ?? []) text = text.replace(marker, ' ');
    text = squash(text);
    const needle = squash(bulletText(text) ?? text).replace(/\.$/, '');
    return needle && !texts.some((haystack) => haystack.includes(needle)) ? [{ line: index + 1, text: cleanLine(raw) }] : [];
  });
}
