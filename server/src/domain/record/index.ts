/** The record of processing activities (GDPR Art 30(1)) drawn from published versions. */
export { recordEntry, type RecordEntry } from './entry';
export { recordTables, type RecordTable } from './table';
export { toCsv, csvCell, CSV_BOM } from './csv';
export { toXlsx } from './xlsx';
export { toHtml } from './html';
export { recordGaps, RECORD_ITEMS, type RecordItem, type RecordItemStatus } from './gaps';
export { recordTexts, RECORD_LANGUAGES, type RecordTexts } from './texts';

/** The formats the record is exported in, with their content types and file extensions. */
export const RECORD_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
} as const;
export type RecordFormat = keyof typeof RECORD_FORMATS;
export const RECORD_FORMAT_NAMES = Object.keys(RECORD_FORMATS) as RecordFormat[];
