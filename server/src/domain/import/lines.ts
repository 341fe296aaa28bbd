/** The input as numbered lines grouped into blocks (runs of lines between blank lines). */

export interface LegacyDate {
  kind: 'created' | 'updated' | 'effective';
  /** `YYYY-MM-DD`. */
  date: string;
}

export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  /** What is left of the line as text, trimmed; empty when all of it was read as structure. */
  text: string;
  /** Parts of the line read as structure (a heading, a label, a date). */
  markers: string[];
  dates: LegacyDate[];
  /** The whole line is the document's title ("Rekisteri- ja tietosuojaseloste"). */
  documentTitle?: boolean;
  /** The line's cells when it was written with tabs between its parts, as a table exports a row. */
  cells?: string[];
  /** The line's cells when it is a row of a table written with pipes ("| Purpose | Legal basis |"). */
  pipeCells?: string[];
  /** Spaces before the line's text as written (a tab counts as four): a nested list item's indentation. */
  indent?: number;
}

export type Block = SourceLine[];

/**
 * Tabs, no-break and zero-width spaces as plain spaces, ends trimmed; soft hyphens (invisible
 * unless a word breaks there) taken out, hyphens of other kinds ("0737546‑2") as plain ones.
 */
export function cleanLine(raw: string): string {
  return raw
    .replace(/\u00ad/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\t\u00a0\u2000-\u200b\u202f]/g, ' ')
    .trim();
}

/** A row exported from a table, "Rekisterinpitäjä⇥Testi Oy": its cells; none for a line without tabs between text. */
function cellsOf(raw: string): string[] | undefined {
  const cells = raw.split(/\t+/).map(cleanLine).filter(Boolean);
  return cells.length > 1 ? cells : undefined;
}

/** "| a | b |", "a | b": the cells of a row written with pipes between them; null for a line with none. */
function pipeCells(text: string): { cells: string[]; outer: boolean } | null {
  if (!text.includes('|')) return null;
  const outer = /^\|.*\|$/.test(text) && text.length > 1;
  const cells = (outer ? text.slice(1, -1) : text).split('|').map((cell) => cell.trim());
  return cells.length > 1 && cells.every(Boolean) ? { cells, outer } : null;
}

/**
 * A table written with pipes ("| Purpose | Legal basis |", or "Tieto | Säilytysaika" rows without the
 * outer ones): its rows get their cells, so a row stays a row and a header row is no heading.
 * A row needs its outer pipes, or a neighbour with as many cells: "Julkaistu 1.2.2020 | Päivitetty …"
 * alone is a line of text.
 */
function markPipeRows(block: Block): Block {
  const rows = block.map((line) => pipeCells(line.text));
  const width = (i: number) => rows[i]?.cells.length ?? -1;
  return block.map((line, i) => {
    const row = rows[i];
    if (!row) return line;
    const inRun = width(i - 1) === row.cells.length || width(i + 1) === row.cells.length;
    return row.outer || inRun ? { ...line, pipeCells: row.cells } : line;
  });
}

const indentOf = (raw: string) => (/^[\t ]*/.exec(raw)?.[0] ?? '').replace(/\t/g, '    ').length;

export function splitLines(input: string): string[] {
  return input.split(/\r\n|\r|\n/);
}

export function toBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  let block: Block = [];
  splitLines(input).forEach((raw, index) => {
    const text = cleanLine(raw);
    const cells = cellsOf(raw);
    const indent = indentOf(raw);
    if (text) block.push({ number: index + 1, text, markers: [], dates: [], ...(cells ? { cells } : {}), ...(indent ? { indent } : {}) });
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  });
  if (block.length) blocks.push(block);
  return blocks.map(markPipeRows);
}

/** The line with `marker` read as structure and `rest` left as its text. */
export function consume(line: SourceLine, marker: string, rest = ''): SourceLine {
  return { ...line, text: rest.trim(), markers: [...line.markers, marker] };
}

export function hasText(block: Block): boolean {
  return block.some((line) => line.text !== '');
}

export function textLines(block: Block): SourceLine[] {
  return block.filter((line) => line.text !== '');
}

// Word processors' bullets need no space after them; ASCII ones do, so "*tärkeä*" or "-10 %" stay text.
const BULLET = /^(?:[•▪◦‣●○■□➢►·]\s*|[*–—-]\s+)/u;
// "1." or "1)"; a letter too, "a)" or "b." (no further than h with a dot: "n. 5 vuotta" is text).
const NUMBERED = /^(\d{1,2}[.)]|[a-zA-Z]\)|[a-hA-H]\.)\s+/;

/** The text of a bulleted line without its bullet, or null when the line has none. */
export function bulletText(text: string): string | null {
  const match = BULLET.exec(text);
  return match ? text.slice(match[0].length) : null;
}

/** "1) text", "1. text" or "a) text": the marker and the text, or null. */
export function numberedItem(text: string): { marker: string; text: string } | null {
  const match = NUMBERED.exec(text);
  return match ? { marker: match[1], text: text.slice(match[0].length) } : null;
}

/** A line that is a row of a table written with pipes (see markPipeRows). */
export const isPipeRow = (line: SourceLine): boolean => line.pipeCells !== undefined;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A short line shaped like a title: capitalised, no end punctuation, no "label: text". */
export function looksLikeHeading(text: string): boolean {
  return (
    wordCount(text) <= 10 &&
    text.length <= 90 &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?]$/.test(text) &&
    !/:\s/.test(text) &&
    bulletText(text) === null
  );
}

/** A block that is one title-like line: an unknown heading, a register's name, or page noise. */
export function isLoneHeadingLine(block: Block): boolean {
  const lines = textLines(block);
  return lines.length === 1 && looksLikeHeading(lines[0].text);
}
