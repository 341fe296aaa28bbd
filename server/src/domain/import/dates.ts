/**
 * "Laadittu 24.05.2018. Päivitetty 6.6.2018.": laadittu (created) and päivitetty (updated)
 * statements. They become the draft's legacyDates and are taken out of the text, because the
 * rendered notice prints its own dates from the version history.
 */
import { escapeRegExp, sortBy, uniq } from 'lodash';
import type { ImportDictionary } from './types';
import type { LegacyDate, SourceLine } from './lines';

const NUMERIC_DATE = String.raw`\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}`;

/** The day as `YYYY-MM-DD`, or null when there is no such day (31.2.2020). */
function dayOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function isoDate(written: string): string | null {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
  if (finnish) return dayOf(Number(finnish[3]), Number(finnish[2]), Number(finnish[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  return iso ? dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/**
 * Dates as a notice writes them: "5.9.2019", "2019-09-05", and with the month's name, "3 April 2023",
 * "3. huhtikuuta 2023", "April 3, 2023". `source` finds one in text; `iso` reads one found.
 */
export interface DateForms {
  source: string;
  iso: (written: string) => string | null;
}

export function dateForms(monthNames: string[][]): DateForms {
  const names = sortBy(uniq(monthNames.flat()), (name) => -name.length).map(caseless).join('|');
  const source = names
    ? String.raw`(?:${NUMERIC_DATE}|\d{1,2}\.?\s+(?:${names})\.?\s+\d{4}|(?:${names})\.?\s+\d{1,2},?\s+\d{4})(?![\p{L}\p{N}])`
    : `(?:${NUMERIC_DATE})`;
  const monthOf = (word: string) => monthNames.findIndex((names) => names.some((name) => name.toLowerCase() === word.toLowerCase())) + 1;
  const iso = (written: string): string | null => {
    const text = written.trim().replace(/\s+/g, ' ');
    const dayFirst = /^(\d{1,2})\.? (\p{L}+)\.? (\d{4})$/u.exec(text);
    const monthFirst = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(text);
    if (dayFirst && monthOf(dayFirst[2])) return dayOf(Number(dayFirst[3]), monthOf(dayFirst[2]), Number(dayFirst[1]));
    if (monthFirst && monthOf(monthFirst[1])) return dayOf(Number(monthFirst[3]), monthOf(monthFirst[1]), Number(monthFirst[2]));
    return isoDate(text);
  };
  return { source, iso };
}

/** What stands between two statements on one line: a bar or a bullet. */
const SEPARATOR = '[|•·]';

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
  dictionary.dateMarkers.effective.forEach((marker) => kinds.set(markerKey(marker), 'effective'));
  const markers = sortBy([...kinds.keys()], (marker) => -marker.length)
    .map(caseless)
    .join('|');
  if (!markers) return (line) => line;
  const { source: DATE, iso } = dateForms(dictionary.monthNames);
  // A statement is a sentence of its own: it ends the line, or the next sentence or statement follows,
  // also after a bar or a bullet between them ("Julkaistu 4.4.2020 | Päivitetty 18.10.2023").
  const end = `(?=\\s*$|\\s*${SEPARATOR}|\\s+[^\\p{Ll}]|\\s+(?:${markers})\\s)`;
  const statement = new RegExp(
    `(?<=^|[.!?,;]\\s+|${SEPARATOR}\\s*)(${markers})\\s*:?\\s*(${DATE}(?:\\s*[,;]\\s*${DATE})*)[.,;]?${end}`,
    'gu',
  );
  const oneDate = new RegExp(DATE, 'gu');

  return (line) => {
    const found: LegacyDate[] = [];
    const read: string[] = [];
    let text = line.text;
    for (const match of line.text.matchAll(statement)) {
      const kind = kinds.get(markerKey(match[1]));
      const dates = [...match[2].matchAll(oneDate)].map((written) => iso(written[0]));
      if (!kind || dates.some((date) => date === null)) continue;
      dates.forEach((date) => found.push({ kind, date: date as string }));
      read.push(match[0]);
      text = text.replace(match[0], ' ');
    }
    if (!read.length) return line;
    const rest = text.replace(/\s+/g, ' ').trim();
    // The bars that stood between the statements are read with them.
    const separators = new RegExp(`^(?:${SEPARATOR}|\\s)+$`, 'u').test(rest) ? rest.split(' ') : [];
    return {
      ...line,
      text: separators.length ? '' : rest,
      markers: [...line.markers, ...read, ...separators],
      dates: [...line.dates, ...found],
    };
  };
}

/**
 * The first laadittu date, and every päivitetty date in order. The date the current text took effect
 * ("Effective date") is an update of a notice that states when it was created or updated; when it is
 * the notice's only date, the text's known history starts there, as from a laadittu date.
 */
export function legacyDatesOf(lines: SourceLine[]): { createdOn: string | null; updates: string[] } {
  const dates = lines.flatMap((line) => line.dates);
  const created = dates.find((date) => date.kind === 'created');
  const effective = dates.filter((date) => date.kind === 'effective').map((date) => date.date);
  const updated = dates.filter((date) => date.kind === 'updated').map((date) => date.date);
  const onlyEffective = !created && !updated.length && effective.length > 0;
  const createdOn = created ? created.date : onlyEffective ? effective[0] : null;
  const updates = uniq([...updated, ...effective.filter((date) => date !== createdOn)]).sort();
  return { createdOn, updates };
}
