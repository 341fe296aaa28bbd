/**
 * CSV as RFC 4180 describes it (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled), starting with a UTF-8 byte order mark so that Excel
 * reads ä, ö and å as such. A cell that a spreadsheet would take as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe and so stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
