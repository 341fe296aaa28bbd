/**
 * Markdown a notice's headings are written in: "## Jäsenrekisteri", "**Kuka on rekisterinpitäjä?**",
 * "**Rekisterinpitäjä:** Testi Oy". The marks are read as structure (markers), so the line's text is
 * the heading's words alone (or "Label: text") and is recognised, or taken as a title line, like a plain one.
 */
import { consume } from './lines';
import type { SourceLine } from './lines';

const HASHES = /^#{1,6}\s+/;
/** A whole line in bold: "**Text**" or "__Text__", a trailing colon inside or outside. */
const BOLD_LINE = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1(:?)$/;
/** A bold label and its text on one line: "**Label:** text", "__Label:__ text", "**Label**: text". */
const BOLD_LABEL = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1(:?)\s+(\S.*)$/;

/** The line was written as a Markdown heading ("## 7. Retention"): a heading whatever its words. */
export function isMarkdownHeading(line: SourceLine | undefined): boolean {
  return line !== undefined && line.markers.some((marker) => /^#{1,6}$/.test(marker));
}

export function readMarkup(line: SourceLine): SourceLine {
  let read = line;
  const hashes = HASHES.exec(read.text);
  if (hashes) read = consume(read, hashes[0].trim(), read.text.slice(hashes[0].length));
  const bold = BOLD_LINE.exec(read.text);
  if (bold && !bold[2].includes(bold[1])) {
    return { ...read, text: `${bold[2]}${bold[3]}`.trim(), markers: [...read.markers, bold[1], bold[1]] };
  }
  const label = BOLD_LABEL.exec(read.text);
  // Only a label ending in one colon, inside the marks or after them: "**tärkeää** on" is emphasis in a sentence.
  if (label && !label[2].includes(label[1]) && /:$/.test(label[2]) !== (label[3] === ':')) {
    // The line with its marks as spaces ("Label : text"), so what is read of it later is found in the line as written.
    const text = read.text.replace(label[1], ' ').replace(label[1], ' ').trim();
    return { ...read, text, markers: [...read.markers, label[1], label[1]] };
  }
  return read;
}
