/**
 * "Laadittu 24.05.2018. Päivitetty 6.6.2018.": laadittu (created) and päivitetty (updated)
 * statements. They become the draft's legacyDates and are taken out of the text, because the
 * rendered notice prints its own dates from the version history.
 */
import { escapeRegExp, sortBy, uniq } from 'lodash';
import type { ImportDictionary } from './types';
import type { LegacyDate, SourceLine } from './lines';

const DATE = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})`;

export function isoDate(written: string): string | null {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  const [year, month, day] = finnish
    ? [finnish[3], finnish[2], finnish[1]].map(Number)
    : iso
      ? [iso[1], iso[2], iso[3]].map(Number)
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const markerKey = (marker: string) => marker.toLowerCase().replace(/\s+/g, ' ');

/** A marker matching in either case letter by letter; the `i` flag would also make \p{Ll} match capitals. */
const caseless = (marker: string) =>
  [...marker]
    .map((c) => (c === ' ' ? '\\s+' : c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegExp(c)))
    .join('');

/** Reads the date statements of one line: they must stand as sentences of their own. */
export function dateReader(dictionary: ImportDictionary): (line: SourceLine) => SourceLine {
  const kinds = new Map<string, LegacyDate['kind']>();
  dictionary.dateMarkers.created.forEach((marker) => kinds.set(markerKey(marker), 'created'));
  dictionary.dateMarkers.updated.forEach((marker) => kinds.set(markerKey(marker), 'updated'));
  const markers = sortBy([...kinds.keys()], (marker) => -marker.length)
    .map(caseless)
    .join('|');
  if (!markers) return (line) => line;
  // A statement is a sentence of its own: it ends the line, or the next sentence or statement follows.
  const end = `(?=\\s*$|\\s+[^\\p{Ll}]|\\s+(?:${markers})\\s)`;
  const statement = new RegExp(
    `(?<=^|[.!?,;]\\s+)(${markers})\\s*:?\\s*(${DATE}(?:\\s*[,;]\\s*${DATE})*)[.,;]?${end}`,
    'gu',
  );

  return (line) => {
    const found: LegacyDate[] = [];
    const read: string[] = [];
    let text = line.text;
    for (const match of line.text.matchAll(statement)) {
      const kind = kinds.get(markerKey(match[1]));
      const dates = match[2].split(/\s*[,;]\s*/).map(isoDate);
      if (!kind || dates.some((date) => date === null)) continue;
      dates.forEach((date) => found.push({ kind, date: date as string }));
      read.push(match[0]);
      text = text.replace(match[0], ' ');
    }
    if (!read.length) return line;
    return {
      ...line,
      text: text.replace(/\s+/g, ' ').trim(),
      markers: [...line.markers, ...read],
      dates: [...line.dates, ...found],
    };
  };
}

/** The first laadittu date, and every päivitetty date in order. */
export function legacyDatesOf(lines: SourceLine[]): { createdOn: string | null; updates: string[] } {
  const dates = lines.flatMap((line) => line.dates);
  const created = dates.find((date) => date.kind === 'created');
  const updates = uniq(dates.filter((date) => date.kind === 'updated').map((date) => date.date)).sort();
  return { createdOn: created ? created.date : null, updates };
}
