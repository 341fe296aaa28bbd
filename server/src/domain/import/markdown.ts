/**
 * A section's blocks as Markdown: wrapped lines joined into paragraphs, bulleted and
 * numbered lines kept as list items ("- item", "1) item").
 */
import { bulletText, numberedItem, startsLowercase, textLines } from './lines';
import type { Block } from './lines';

export interface ListItem {
  /** null for a bullet; "1)", "1." or "a)" for a numbered item. */
  marker: string | null;
  text: string;
}

export type Element = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItem[] };

/** Short lines that end no sentence are a column of items (an address, links), not wrapped text. */
const SHORT_LINE = 60;

function joinLines(lines: string[]): string {
  const column = lines.length > 1 && lines.every((line) => line.length < SHORT_LINE && !/[.!?]$/.test(line));
  return lines.join(column ? '\n' : ' ');
}

export function readElements(block: Block): Element[] {
  const elements: Element[] = [];
  let paragraph: string[] = [];
  let list: ListItem[] | null = null;
  const flush = () => {
    if (paragraph.length) elements.push({ kind: 'paragraph', text: joinLines(paragraph) });
    if (list) elements.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const { text } of textLines(block)) {
    const bullet = bulletText(text);
    // A numbered line starts a list only at the top of a block, inside one, or after a line ending in a colon: "6. luvun" mid-paragraph is text.
    const listMayStart = list || !paragraph.length || /:$/.test(paragraph[paragraph.length - 1]);
    const item = bullet !== null ? { marker: null, text: bullet } : listMayStart ? numberedItem(text) : null;
    if (item) {
      if (paragraph.length) flush();
      list = list ?? [];
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

export function elementsToMarkdown(elements: Element[]): string {
  return elements
    .map((element) =>
      element.kind === 'paragraph'
        ? element.text
        : element.items.map(listLine).join('\n'),
    )
    .join('\n\n');
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
