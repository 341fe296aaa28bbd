import { isLegacyEntry, type HistoryEntry } from '../timeline';
import { textIn } from '../text';
import type { LanguageCode } from '../types';
import { formatNoticeDate } from './dates';
import { escapeInline } from './markdown-text';
import { fillTemplate, type NoticeTexts } from './texts';

export interface HistoryRow {
  /** Null for a päivitetty date from before the notice was published here (an imported legacy notice). */
  version: number | null;
  /** Päivitetty in the language's date format; for an announced version, when it takes effect ("Tulossa: voimaan 1.2.2027"). */
  updatedOn: string;
  /** Plain text, empty when the version has none. */
  changeSummary: string;
  material: boolean;
  /** Announced, not yet in effect. */
  upcoming: boolean;
}

/** The päivitetty history under a notice, as domain/timeline.ts `historyEntries` gives it. */
export interface NoticeHistory {
  heading: string;
  labels: NoticeTexts['history'];
  rows: HistoryRow[];
  /** Under a history cut to its newest entries: a link to the whole list, e.g. "Koko muutoshistoria (1000 merkintää)". */
  full: { text: string; url: string } | null;
}

/** The history in one language: each entry a row, in the order given. */
export function resolveHistory(
  entries: HistoryEntry[],
  texts: NoticeTexts,
  language: LanguageCode,
  defaultLanguage: LanguageCode,
  whole: { total?: number; url?: string } = {},
): NoticeHistory | null {
  const date = (isoDate: string) => formatNoticeDate(isoDate, texts.dateFormat, language);
  const rows: HistoryRow[] = entries.map((entry) =>
    isLegacyEntry(entry)
      ? { version: null, updatedOn: date(entry.updatedOn), changeSummary: '', material: false, upcoming: false }
      : {
          version: entry.version,
          updatedOn: entry.upcoming ? fillTemplate(texts.history.upcoming, { date: date(entry.effectiveOn) }) : date(entry.updatedOn),
          changeSummary: textIn(entry.changeSummary, language, defaultLanguage)?.trim() ?? '',
          material: entry.material,
          upcoming: entry.upcoming,
        },
  );
  const shown = rows.filter((row) => !row.upcoming).length;
  const full =
    whole.url && whole.total !== undefined && whole.total > shown
      ? { text: fillTemplate(texts.history.full, { total: String(whole.total) }), url: whole.url }
      : null;
  return rows.some((row) => row.version !== null) ? { heading: texts.history.heading, labels: texts.history, rows, full } : null;
}

/** The history as a Markdown table (version, päivitetty, changes). */
export function historyMarkdown({ labels, rows, full }: NoticeHistory): string {
  const cell = (row: HistoryRow) =>
    [row.material && `**${labels.material}.**`, escapeInline(row.changeSummary)].filter(Boolean).join(' ');
  return [
    `| ${labels.version} | ${labels.updatedOn} | ${labels.changeSummary} |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.version ?? '–'} | ${escapeInline(row.updatedOn)} | ${cell(row)} |`),
    // The address is the plugin's own (http/links.ts): a checked origin and an encoded slug.
    ...(full ? ['', `[${escapeInline(full.text)}](${full.url})`] : []),
  ].join('\n');
}
