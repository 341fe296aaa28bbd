/**
 * Where each part of a register's sections goes in the draft, as a path (`title`, `controller`,
 * `purposesText`, `fields.retention`, `extraSections.0`, …), and the record of which input
 * line went where.
 */
import { sortBy } from 'lodash';
import { hasText } from './lines';
import type { Block, SourceLine } from './lines';
import { plainText } from './markdown';
import { mentionsAny } from './patterns';
import type { Section } from './segment';
import type { ImportedLine, SectionTarget } from './types';

/** Part of a section bound for one place in the draft (a path, as in ImportedLine.target). */
export interface Piece {
  path: string;
  section: Section;
  blocks: Block[];
}

function pathOf(target: Exclude<SectionTarget, 'disclosuresAndTransfers'>): string {
  if (target === 'purposes') return 'purposesText';
  if (target === 'dataCategories') return 'dataCategoriesText';
  if (target === 'title' || target === 'controller' || target === 'contactPerson') return target;
  return `fields.${target}`;
}

export const firstLine = (section: Section) => [...section.headingLines, ...section.blocks.flat()][0]?.number;

/** The old combined section: paragraphs about transfers outside the EU/EEA go to transfersText. */
function splitDisclosures(section: Section, transferTerms: RegExp[], warnings: string[]): Piece[] {
  const isTransfer = (block: Block) => mentionsAny(plainText(block), transferTerms);
  const transfers = section.blocks.filter(isTransfer);
  if (transfers.length && transfers.length < section.blocks.filter(hasText).length) {
    return [
      { path: 'fields.regularDisclosures', section, blocks: section.blocks.filter((block) => !isTransfer(block)) },
      { path: 'fields.transfersText', section, blocks: transfers },
    ];
  }
  if (section.blocks.some(hasText)) {
    warnings.push(
      `Line ${firstLine(section)}: "${section.heading}" covers both disclosures and transfers outside the EU/EEA in one text; ` +
        'it was kept in regularDisclosures: check transfersText.',
    );
  }
  return [{ path: 'fields.regularDisclosures', section, blocks: section.blocks }];
}

export function route(register: Section[], transferTerms: RegExp[], warnings: string[]): Piece[] {
  const pieces: Piece[] = [];
  let extras = 0;
  const extra = (section: Section, blocks: Block[]) => pieces.push({ path: `extraSections.${extras++}`, section, blocks });
  for (const section of register) {
    const { target, blocks } = section;
    if (target === null) extra(section, blocks);
    else if (target === 'disclosuresAndTransfers') pieces.push(...splitDisclosures(section, transferTerms, warnings));
    else if (target === 'title') {
      // The name is the first paragraph; anything after it is kept under the section's own heading.
      const first = blocks.findIndex(hasText);
      const cut = first < 0 ? blocks.length : first + 1;
      pieces.push({ path: 'title', section, blocks: blocks.slice(0, cut) });
      if (blocks.slice(cut).some(hasText)) {
        warnings.push(`Line ${firstLine(section)}: "${section.heading}" has more than a name; the rest is kept as an extra section.`);
        extra(section, blocks.slice(cut));
      }
    } else pieces.push({ path: pathOf(target), section, blocks });
  }
  return pieces;
}

function lineRecord(line: SourceLine, path: string): ImportedLine {
  const target = line.text === '' && line.dates.length ? 'legacyDates' : path;
  return line.markers.length ? { line: line.number, target, markers: line.markers } : { line: line.number, target };
}

export function linesOf(pieces: Piece[]): ImportedLine[] {
  const headed = new Set<Section>();
  const records = pieces.flatMap((piece) => {
    const headingLines = headed.has(piece.section) ? [] : piece.section.headingLines;
    headed.add(piece.section);
    return [...headingLines, ...piece.blocks.flat()].map((line) => lineRecord(line, piece.path));
  });
  return sortBy(records, (record) => record.line);
}

