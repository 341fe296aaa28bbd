import { legacyHistoryEntries } from '../legacy-history';
import { textIn } from '../text';
import type { LanguageCode, LegacyHistory, VersionSummary } from '../types';
import { formatNoticeDate } from './dates';
import { escapeInline } from './markdown-text';
import type { NoticeTexts } from './texts';

export interface HistoryRow {
  /** Null for a päivitetty date from before the notice was published here (an imported legacy notice). */
  version: number | null;
  /** Päivitetty in the language's date format. */
  updatedOn: string;
  /** Plain text, empty when the version has none. */
  changeSummary: string;
  material: boolean;
}

/** The päivitetty history under a notice: the versions up to the one shown, newest first. */
export interface NoticeHistory {
  heading: string;
  labels: NoticeTexts['history'];
  rows: HistoryRow[];
}

export function resolveHistory(
  versions: VersionSummary[],
  upTo: number,
  texts: NoticeTexts,
  language: LanguageCode,
  defaultLanguage: LanguageCode,
  legacy: LegacyHistory | null = null,
): NoticeHistory | null {
  const rows: HistoryRow[] = versions
    .filter((summary) => summary.version <= upTo)
    .sort((a, b) => b.version - a.version)
    .map((summary) => ({
      version: summary.version,
      updatedOn: formatNoticeDate(summary.updatedOn, texts.dateFormat, language),
      changeSummary: textIn(summary.changeSummary, language, defaultLanguage)?.trim() ?? '',
      material: summary.material,
    }));
  // The legacy notice's päivitetty dates follow version 1, as in the public JSON history.
  const legacyRows = legacyHistoryEntries(legacy).map(({ updatedOn }) => ({
    version: null,
    updatedOn: formatNoticeDate(updatedOn, texts.dateFormat, language),
    changeSummary: '',
    material: false,
  }));
  return rows.length > 0 ? { heading: texts.history.heading, labels: texts.history, rows: [...rows, ...legacyRows] } : null;
}

/** The history as a Markdown table (version, päivitetty, changes). */
export function historyMarkdown({ labels, rows }: NoticeHistory): string {
  const cell = (row: HistoryRow) =>
    [row.material && `**${labels.material}.**`, escapeInline(row.changeSummary)].filter(Boolean).join(' ');
  return [
    `| ${labels.version} | ${labels.updatedOn} | ${labels.changeSummary} |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.version ?? '–'} | ${escapeInline(row.updatedOn)} | ${cell(row)} |`),
  ].join('\n');
}
