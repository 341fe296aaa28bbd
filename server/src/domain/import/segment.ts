/**
 * Cutting the notice into sections and the sections into registers.
 *
 * A section starts at a recognised heading and runs to the next one. Text outside recognised
 * sections becomes extra sections: a lone title-like line followed by text titles it, other
 * loose lines gather under no title. A document holds several registers when a register's
 * opening section (its name or its controller) comes again after a run of other sections;
 * the new register then also takes the title line and intro just before it.
 */
import { findLastIndex } from 'lodash';
import { blockReader, isHeadingLine } from './headings';
import type { BlockReading, HeadingMatcher } from './headings';
import { hasText, isLoneHeadingLine, textLines } from './lines';
import type { Block, SourceLine } from './lines';
import type { ImportDictionary, SectionTarget } from './types';

export interface Section {
  /** null: not recognised, becomes an extra section. */
  target: SectionTarget | null;
  /** The heading as written; null for loose text. */
  heading: string | null;
  /** Lines read wholly as the heading. */
  headingLines: SourceLine[];
  blocks: Block[];
}

const OPENING_TARGETS: SectionTarget[] = ['title', 'controller'];
/** Other sections a register must have before a repeated opening section starts a new one. */
const MIN_SECTIONS_BETWEEN = 2;
const CONTACT_TARGETS: Array<SectionTarget | null> = ['controller', 'contactPerson'];

/** Splits blocks written without blank lines before a heading line inside them. */
function splitAtHeadings(block: Block, matchHeading: HeadingMatcher): Block[] {
  const cuts = block
    .map((_, i) => i)
    .filter((i) => i > 0 && /^[\p{Lu}\d]/u.test(block[i].text) && isHeadingLine(block[i], block[i + 1], matchHeading));
  return [0, ...cuts].map((start, n) => block.slice(start, n < cuts.length ? cuts[n] : block.length));
}

const loose = (): Section => ({ target: null, heading: null, headingLines: [], blocks: [] });

/** The sections of the whole document, in order. */
function sectionsOf(blocks: Block[], readings: BlockReading[]): Section[] {
  const labelStyle = readings.filter((r) => r.kind === 'heading' && r.label).length >= 2;
  const sections: Section[] = [];
  let current: Section | undefined;
  const start = (section: Section) => {
    sections.push(section);
    current = section;
  };
  readings.forEach((reading, i) => {
    if (reading.kind === 'heading') {
      const { target, heading, headingLines, body } = reading;
      return start({ target, heading, headingLines, blocks: body.length ? [body] : [] });
    }
    const inContact = current !== undefined && CONTACT_TARGETS.includes(current.target);
    if (reading.kind === 'label' && labelStyle && !inContact) {
      const { heading, headingLines, body } = reading;
      return start({ target: null, heading, headingLines, blocks: [body] });
    }
    if (reading.kind === 'loneLine' && (!current || current.target === null)) {
      const next = readings.slice(i + 1).find((r) => r.kind !== 'empty');
      const titlesText = next !== undefined && (next.kind === 'text' || (next.kind === 'label' && !labelStyle));
      if (titlesText) return start({ target: null, heading: textLines(blocks[i])[0].text, headingLines: blocks[i], blocks: [] });
    }
    if (!current) start(loose());
    (current as Section).blocks.push(blocks[i]);
  });
  return sections;
}

/** Where a register's own title line and intro start inside the section before it; they move along. */
function takeRegisterIntro(register: Section[]): Section[] {
  const last = register[register.length - 1];
  if (!last) return [];
  if (last.target === null) return last.heading !== null ? register.splice(-1, 1) : [];
  if (CONTACT_TARGETS.includes(last.target) || last.target === 'title') return [];
  const at = findLastIndex(last.blocks, (block, i) => i > 0 && isLoneHeadingLine(block));
  if (at < 0) return [];
  const [titleLine, ...intro] = last.blocks.splice(at);
  if (!intro.some(hasText)) return [{ ...loose(), blocks: [titleLine] }];
  return [{ target: null, heading: textLines(titleLine)[0].text, headingLines: titleLine, blocks: intro }];
}

/** Trailing title-like lines after a section's text are page noise ("Start typing…"), not its text. */
function takeTrailingNoise(register: Section[]): Section[] {
  const last = register[register.length - 1];
  if (!last || last.target === null || last.target === 'title' || CONTACT_TARGETS.includes(last.target)) return [];
  const noise: Block[] = [];
  while (last.blocks.length > 1 && isLoneHeadingLine(last.blocks[last.blocks.length - 1])) {
    noise.unshift(last.blocks.pop() as Block);
  }
  return noise.length ? [{ ...loose(), blocks: noise }] : [];
}

function registersOf(sections: Section[]): Section[][] {
  const registers: Section[][] = [[]];
  let seen = new Set<SectionTarget>();
  for (const section of sections) {
    const register = registers[registers.length - 1];
    const { target } = section;
    const others = [...seen].filter((t) => !OPENING_TARGETS.includes(t)).length;
    if (target && OPENING_TARGETS.includes(target) && seen.has(target) && others >= MIN_SECTIONS_BETWEEN) {
      registers.push(takeRegisterIntro(register));
      seen = new Set();
    }
    registers[registers.length - 1].push(section);
    if (target) seen.add(target);
  }
  const last = registers[registers.length - 1];
  last.push(...takeTrailingNoise(last));
  return registers.filter((register) => register.length > 0);
}

export function segmentRegisters(input: Block[], dictionary: ImportDictionary, matchHeading: HeadingMatcher): Section[][] {
  const blocks = input.flatMap((block) => splitAtHeadings(block, matchHeading));
  const readBlock = blockReader(dictionary, matchHeading);
  return registersOf(sectionsOf(blocks, blocks.map(readBlock)));
}
