/**
 * Where each part of a register's sections goes in the draft, as a path (`title`, `controller`,
 * `purposesText`, `fields.retention`, `extraSections.0`, …), and the record of which input
 * line went where.
 */
import { sortBy } from 'lodash';
import { hasText, isLoneHeadingLine } from './lines';
import type { Block, SourceLine } from './lines';
import { plainText } from './markdown';
import { mentionsAny } from './patterns';
import type { Section } from './segment';
import type { ImportedLine, SectionTarget } from './types';
import { warning, type ImportWarning } from './warnings';

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
function splitDisclosures(section: Section, transferTerms: RegExp[], warnings: ImportWarning[]): Piece[] {
  const isTransfer = (block: Block) => mentionsAny(plainText(block), transferTerms);
  const transfers = section.blocks.filter(isTransfer);
  if (transfers.length && transfers.length < section.blocks.filter(hasText).length) {
    return [
      { path: 'fields.regularDisclosures', section, blocks: section.blocks.filter((block) => !isTransfer(block)) },
      { path: 'fields.transfersText', section, blocks: transfers },
    ];
  }
  if (section.blocks.some(hasText)) {
    warnings.push(warning('disclosuresAndTransfersCombined', { line: firstLine(section), heading: section.heading ?? '' }));
  }
  return [{ path: 'fields.regularDisclosures', section, blocks: section.blocks }];
}

/** A register without a name section is named by a lone title line before its first section ("## Jäsenrekisteri"). */
function titleLine(register: Section[]): { section: Section; block: Block } | null {
  if (register.some((section) => section.target === 'title')) return null;
  const first = register.findIndex((section) => section.target !== null);
  const intro = register.slice(0, first < 0 ? 0 : first).filter((section) => section.target === null && section.heading === null);
  for (const section of intro.reverse()) {
    const block = [...section.blocks].reverse().find(hasText);
    if (block && isLoneHeadingLine(block)) return { section, block };
  }
  return null;
}

export function route(register: Section[], transferTerms: RegExp[], warnings: ImportWarning[]): Piece[] {
  const pieces: Piece[] = [];
  let extras = 0;
  const extra = (section: Section, blocks: Block[]) => pieces.push({ path: `extraSections.${extras++}`, section, blocks });
  const named = titleLine(register);
  for (const section of register) {
    const { target } = section;
    let { blocks } = section;
    if (named?.section === section) {
      pieces.push({ path: 'title', section, blocks: [named.block] });
      blocks = blocks.filter((block) => block !== named.block);
    }
    // Nothing left as text (the document's title, a line of dates): no extra section for it.
    if (target === null && section.heading === null && !blocks.some(hasText)) {
      if (blocks.length) pieces.push({ path: 'documentTitle', section, blocks });
    } else if (target === null) extra(section, blocks);
    else if (target === 'disclosuresAndTransfers') pieces.push(...splitDisclosures(section, transferTerms, warnings));
    else if (target === 'title') {
      // The name is the first paragraph; anything after it is kept under the section's own heading.
      const first = blocks.findIndex(hasText);
      const cut = first < 0 ? blocks.length : first + 1;
      const more = blocks.slice(cut).some(hasText);
      // A line of dates only after the name ("Päivitetty 1.2.2021") goes with it, to be recorded as the dates it states.
      pieces.push({ path: 'title', section, blocks: more ? blocks.slice(0, cut) : blocks });
      if (more) {
        warnings.push(warning('titleHasMore', { line: firstLine(section), heading: section.heading ?? '' }));
        extra(section, blocks.slice(cut));
      }
    } else if (target === 'contactPerson' && pieces.some((piece) => piece.path === 'contactPerson' && piece.blocks.some(hasText))) {
      // A second person ("Rekisterinpitäjän edustaja", then "Rekisteriasioista vastaava henkilö"): kept
      // as written under its own heading, so one person's details are not mixed with the other's.
      extra(section, blocks);
    } else pieces.push({ path: pathOf(target), section, blocks });
  }
  return pieces;
}

function lineRecord(line: SourceLine, path: string): ImportedLine {
  const target = line.text === '' && line.dates.length ? 'legacyDates' : line.documentTitle ? 'documentTitle' : path;
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

