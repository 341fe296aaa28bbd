/**
 * A section's blocks as Markdown: wrapped lines joined into paragraphs, bulleted and
 * numbered lines kept as list items ("- item", "1) item"), an indented item under the one before
 * it, and rows written with pipes as a table.
 */
import { bulletText, isPipeRow, numberedItem, startsLowercase, textLines } from './lines';
import type { Block } from './lines';

export interface ListItem {
  /** null for a bullet; "1)", "1." or "a)" for a numbered item. */
  marker: string | null;
  text: string;
  /** 1 for an item indented under the item before it ("- yhteystiedot" / "  * nimi, osoite"); 0 or absent otherwise. */
  depth?: number;
}

/** A table is a paragraph whose text is its rows as Markdown, one a line; `table` holds the cells of its rows, the header row first (no rule). */
export type Element = { kind: 'paragraph'; text: string; table?: string[][] } | { kind: 'list'; items: ListItem[] };

/** Short lines that end no sentence are a column of items (an address, links), not wrapped text. */
const SHORT_LINE = 60;

function joinLines(lines: string[]): string {
  const column = lines.length > 1 && lines.every((line) => line.length < SHORT_LINE && !/[.!?]$/.test(line));
  return lines.join(column ? '\n' : ' ');
}

const isRule = (cells: string[]) => cells.every((cell) => /^:?-{3,}:?$/.test(cell));

interface Row {
  text: string;
  cells: string[];
}

/**
 * The rows as a Markdown table, each row a line as written (outer pipes added where the notice left
 * them out). A table written without the rule under its header row gets one, so it renders as the table it is.
 */
function tableMarkdown(rows: Row[]): string {
  const lines = rows.map(({ text }) => (/^\|.*\|$/.test(text) ? text : `| ${text} |`));
  if (!(rows.length > 1 && isRule(rows[1].cells))) lines.splice(1, 0, `|${rows[0].cells.map(() => '---').join('|')}|`);
  return lines.join('\n');
}

export function readElements(block: Block): Element[] {
  const elements: Element[] = [];
  let paragraph: string[] = [];
  let list: ListItem[] | null = null;
  let listIndent = 0;
  let rows: Row[] = [];
  const flush = () => {
    if (paragraph.length) elements.push({ kind: 'paragraph', text: joinLines(paragraph) });
    if (list) elements.push({ kind: 'list', items: list });
    if (rows.length) elements.push({ kind: 'paragraph', text: tableMarkdown(rows), table: rows.map((row) => row.cells).filter((cells) => !isRule(cells)) });
    paragraph = [];
    list = null;
    rows = [];
  };
  for (const line of textLines(block)) {
    const { text } = line;
    if (isPipeRow(line)) {
      if (!rows.length) flush();
      rows.push({ text, cells: line.pipeCells as string[] });
      continue;
    }
    if (rows.length) flush();
    const bullet = bulletText(text);
    // A numbered line starts a list only at the top of a block, inside one, or after a line ending in a colon: "6. luvun" mid-paragraph is text.
    const listMayStart = list || !paragraph.length || /:$/.test(paragraph[paragraph.length - 1]);
    const item: ListItem | null = bullet !== null ? { marker: null, text: bullet } : listMayStart ? numberedItem(text) : null;
    if (item) {
      if (paragraph.length) flush();
      const indent = line.indent ?? 0;
      if (!list) listIndent = indent;
      list = list ?? [];
      // Indented further than the list's first item, after an item: a sub-item of the one before it.
      if (list.length && indent > listIndent) item.depth = 1;
      list.push(item);
    } else if (list && startsLowercase(text)) {
      const last = list[list.length - 1];
      last.text = `${last.text} ${text}`;
    } else {
      if (list) flush();
      paragraph.push(text);
    }
  }
  flush();
  return elements;
}

/** Markdown numbers items with digits only: "a)" stays written, in a bulleted item. */
const listLine = (item: ListItem) => (item.marker === null ? `- ${item.text}` : /^\d/.test(item.marker) ? `${item.marker} ${item.text}` : `- ${item.marker} ${item.text}`);

/** The list's lines; a sub-item indented as far as its parent's text, so Markdown nests it. */
function listMarkdown(items: ListItem[]): string {
  let parentIndent = '';
  return items
    .map((item) => {
      const written = listLine(item);
      if (item.depth) return `${parentIndent}${written}`;
      parentIndent = ' '.repeat(written.length - item.text.length);
      return written;
    })
    .join('\n');
}

export function elementsToMarkdown(elements: Element[]): string {
  return elements.map((element) => (element.kind === 'paragraph' ? element.text : listMarkdown(element.items))).join('\n\n');
}

export function blocksToMarkdown(blocks: Block[]): string {
  return elementsToMarkdown(blocks.flatMap(readElements));
}

/** A block's text on one line, e.g. a register's name. */
export function plainText(block: Block): string {
  return textLines(block)
    .map((line) => bulletText(line.text) ?? line.text)
    .join(' ');
}

/** Items with the sub-items under each: the list as its top-level items. */
export function nestedItems(items: ListItem[]): Array<{ item: ListItem; subItems: ListItem[] }> {
  const nested: Array<{ item: ListItem; subItems: ListItem[] }> = [];
  for (const item of items) {
    const parent = nested[nested.length - 1];
    if (item.depth && parent) parent.subItems.push(item);
    else nested.push({ item, subItems: [] });
  }
  return nested;
}
