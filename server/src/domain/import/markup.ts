/**
 * Markdown a notice's headings are written in: "## Jäsenrekisteri", "**Kuka on rekisterinpitäjä?**".
 * The marks are read as structure (markers), so the line's text is the heading's words alone and
 * is recognised, or taken as a title line, like a plain one.
 */
import { consume } from './lines';
import type { SourceLine } from './lines';

const HASHES = /^#{1,6}\s+/;
/** A whole line in bold: "**Text**" or "__Text__", a trailing colon inside or outside. */
const BOLD_LINE = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1(:?)$/;

export function readMarkup(line: SourceLine): SourceLine {
  let read = line;
  const hashes = HASHES.exec(read.text);
  if (hashes) read = consume(read, hashes[0].trim(), read.text.slice(hashes[0].length));
  const bold = BOLD_LINE.exec(read.text);
  if (bold && !bold[2].includes(bold[1])) {
    read = { ...read, text: `${bold[2]}${bold[3]}`.trim(), markers: [...read.markers, bold[1], bold[1]] };
  }
  return read;
}
