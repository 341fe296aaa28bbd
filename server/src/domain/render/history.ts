import { textIn } from '../text';
import type { LanguageCode, VersionSummary } from '../types';
import { formatNoticeDate } from './dates';
import { escapeInline } from './markdown-text';
import type { NoticeTexts } from './texts';

export interface HistoryRow {
  version: number;
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
): NoticeHistory | null {
  const rows = versions
    .filter((summary) => summary.version <= upTo)
    .sort((a, b) => b.version - a.version)
    .map((summary) => ({
      version: summary.version,
      updatedOn: formatNoticeDate(summary.updatedOn, texts.dateFormat, language),
      changeSummary: textIn(summary.changeSummary, language, defaultLanguage)?.trim() ?? '',
      material: summary.material,
    }));
  return rows.length > 0 ? { heading: texts.history.heading, labels: texts.history, rows } : null;
}

/** The history as a Markdown table (version, päivitetty, changes). */
export function historyMarkdown({ labels, rows }: NoticeHistory): string {
  const cell = (row: HistoryRow) =>
    [row.material && `**${labels.material}.**`, escapeInline(row.changeSummary)].filter(Boolean).join(' ');
  return [
    `| ${labels.version} | ${labels.updatedOn} | ${labels.changeSummary} |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.version} | ${escapeInline(row.updatedOn)} | ${cell(row)} |`),
  ].join('\n');
}
