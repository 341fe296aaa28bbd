/**
 * Cutting the notice into sections and the sections into registers.
 *
 * A section starts at a recognised heading and runs to the next one. Text outside recognised
 * sections becomes extra sections: a lone title-like line followed by text titles it, other
 * loose lines gather under no title. After a recognised section's own text, such a line (or the
 * first line of a block, in a notice whose headings stand above their text) starts an extra
 * section too, rather than joining that text. A document holds several registers when a register's
 * opening section (its name or its controller) comes again after a run of other sections;
 * the new register then also takes the title line and intro just before it.
 */
import { escapeRegExp, findLastIndex } from 'lodash';
import { blockReader, isHeadingAndText, isHeadingLine, wrappedHeading } from './headings';
import type { BlockReading, HeadingMatcher } from './headings';
import { bulletText, hasText, isLoneHeadingLine, numberedItem, textLines } from './lines';
import type { Block, SourceLine } from './lines';
import { isMarkdownHeading } from './markup';
import { NUMBER_ONLY, headingAsWritten } from './patterns';
import { consume } from './lines';
import type { ImportDictionary, SectionChoice, SectionTarget } from './types';

export interface Section {
  /** null: not recognised, becomes an extra section. */
  target: SectionTarget | null;
  /** The heading as written; null for loose text. */
  heading: string | null;
  /** Lines read wholly as the heading. */
  headingLines: SourceLine[];
  blocks: Block[];
  /**
   * The heading is a wording of the dictionary, or the editor's choice. Otherwise a variant with a
   * `*` recognised it and its words say more ("Henkilötietolain 26 §:n mukainen tarkastusoikeus"):
   * the section's text keeps them.
   */
  exact: boolean;
  /** A lone line naming a register ("Asiakasrekisteri"), read as its title section unless the register has a named one. */
  registerName?: boolean;
}

const OPENING_TARGETS: SectionTarget[] = ['title', 'controller'];
/** Other sections a register must have before a repeated opening section starts a new one. */
const MIN_SECTIONS_BETWEEN = 2;
const CONTACT_TARGETS: Array<SectionTarget | null> = ['controller', 'contactPerson'];

/**
 * Splits blocks written without blank lines before a heading line, or a "Heading – text" line,
 * inside them; not inside a heading wrapped over the block's first lines ("IV." / "Rekisterin nimi").
 */
function splitAtHeadings(block: Block, matchHeading: HeadingMatcher, conjunctions: string[]): Block[] {
  const lines = textLines(block);
  const wrapped = lines.length > 1 && !isHeadingLine(lines[0], lines[1], matchHeading) ? wrappedHeading(lines, matchHeading, conjunctions) : null;
  const inHeading = wrapped ? block.indexOf(lines[wrapped.count - 1]) : 0;
  const cuts = block
    .map((_, i) => i)
    .filter(
      (i) =>
        i > inHeading &&
        (isMarkdownHeading(block[i]) ||
          (/^[\p{Lu}\d]/u.test(block[i].text) &&
            (isHeadingLine(block[i], block[i + 1], matchHeading) || isHeadingAndText(block[i], matchHeading)))),
    );
  return [0, ...cuts].map((start, n) => block.slice(start, n < cuts.length ? cuts[n] : block.length));
}

const loose = (): Section => ({ target: null, heading: null, headingLines: [], blocks: [], exact: true });

/** "Asiakasrekisteri", "Kundregistret", "Customer records": a line whose last word is one of the dictionary's register words. */
function registerNameReader(dictionary: ImportDictionary): (text: string) => boolean {
  const words = dictionary.registerWords.map((word) => new RegExp(`^${word.toLowerCase().split('*').map(escapeRegExp).join('[\\p{L}-]*')}$`, 'u'));
  return (text) => {
    const last = text.toLowerCase().split(/\s+/).pop() ?? '';
    return words.some((word) => word.test(last));
  };
}

/** The sections of the whole document, in order. */
function sectionsOf(blocks: Block[], readings: BlockReading[], namesRegister: (text: string) => boolean): Section[] {
  const labelStyle = readings.filter((r) => r.kind === 'heading' && r.label).length >= 2;
  // Headings on lines of their own with their text below them, the way a title-like first line reads as one.
  const headingStyle = readings.filter((r) => r.kind === 'heading' && !r.label).length >= 2;
  const sections: Section[] = [];
  let current: Section | undefined;
  const start = (section: Section) => {
    sections.push(section);
    current = section;
  };
  readings.forEach((reading, i) => {
    if (reading.kind === 'heading') {
      const { target, heading, headingLines, body, exact } = reading;
      return start({ target, heading, headingLines, blocks: body.length ? [body] : [], exact });
    }
    const inContact = current !== undefined && CONTACT_TARGETS.includes(current.target);
    if (reading.kind === 'label' && labelStyle && !inContact) {
      const { heading, headingLines, body } = reading;
      return start({ target: null, heading, headingLines, blocks: [body], exact: true });
    }
    // Also after a known section's own text ("Kameravalvonta" after the disclosures' paragraph): a heading
    // the dictionary does not know titles a section of its own rather than being glued into that text.
    // Not in a contact or title section, whose lines are a name, an office or an address.
    const afterOwnText =
      current !== undefined && current.target !== null && current.target !== 'title' && !inContact && current.blocks.some(hasText);
    const next = readings.slice(i + 1).find((r) => r.kind !== 'empty');
    // "Asiakasrekisteri" alone before a section names a register (see registersOf), also after the controller's
    // lines; not as the first text under a heading written above its text ("Tietolähteet", then "Väestörekisteri").
    const awaitsText = current !== undefined && current.target !== null && !current.blocks.some(hasText);
    if (reading.kind === 'loneLine' && next?.kind === 'heading' && next.target !== null && !awaitsText && namesRegister(textLines(blocks[i])[0].text)) {
      return start({ target: 'title', heading: null, headingLines: [], blocks: [blocks[i]], exact: true, registerName: true });
    }
    // A Markdown heading the dictionary does not know titles what follows it, also after a contact's lines;
    // before a recognised heading it may be a register's name (see titleLine in routing).
    if (reading.kind === 'loneLine' && reading.markdown && next?.kind !== 'heading') {
      return start({ target: null, heading: headingAsWritten(textLines(blocks[i])[0].text), headingLines: blocks[i], blocks: [], exact: true });
    }
    if (reading.kind === 'loneLine' && (!current || current.target === null || afterOwnText)) {
      const titlesText = next !== undefined && (next.kind === 'text' || (next.kind === 'label' && !labelStyle));
      if (titlesText) return start({ target: null, heading: textLines(blocks[i])[0].text, headingLines: blocks[i], blocks: [], exact: true });
    }
    if (reading.kind === 'text' && reading.titled && headingStyle && afterOwnText) {
      const { heading, headingLines, body } = reading.titled;
      return start({ target: null, heading, headingLines, blocks: [body], exact: true });
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
  return [{ target: null, heading: textLines(titleLine)[0].text, headingLines: titleLine, blocks: intro, exact: true }];
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
  return registers.filter((register) => register.length > 0).map(oneTitle);
}

/**
 * A register has one title section: a lone register-name line is not its title when a "Rekisterin nimi"
 * section names it, nor when an earlier line did; it is then loose text, as before it was read as a name.
 */
function oneTitle(register: Section[]): Section[] {
  const named = register.some((section) => section.target === 'title' && !section.registerName);
  let titled = named;
  return register.map((section) => {
    if (!section.registerName) return section;
    if (!titled) {
      titled = true;
      return section;
    }
    return { ...loose(), blocks: section.blocks };
  });
}

/** Splits a block before each line the editor made the start of a section. */
function splitAtChoices(block: Block, choices: Map<number, SectionChoice>): Block[] {
  const cuts = block.map((_, i) => i).filter((i) => i > 0 && choices.has(block[i].number));
  return [0, ...cuts].map((start, n) => block.slice(start, n < cuts.length ? cuts[n] : block.length));
}

/** A block starting at a line the editor chose: that section, whatever the text looks like. */
function chosenReading(block: Block, choice: SectionChoice): BlockReading {
  const at = block.findIndex((line) => line.number === choice.line);
  const line = block[at];
  if (choice.heading && line.text) {
    const headingLines = [...block.slice(0, at), consume(line, line.text)];
    return { kind: 'heading', target: choice.target, heading: headingAsWritten(line.text), headingLines, body: block.slice(at + 1), label: false, exact: true };
  }
  return { kind: 'heading', target: choice.target, heading: null, headingLines: block.slice(0, at), body: block.slice(at), label: false, exact: true };
}

/** A block that is only a section number ("IV.", "4.", "a)") belongs to the heading in the block after it. */
function joinNumbers(blocks: Block[], readBlock: (block: Block) => BlockReading): Block[] {
  const joined: Block[] = [];
  let number: Block | null = null;
  for (const block of blocks) {
    const own: Block = number ? [...number, ...block] : block;
    number = null;
    const lines = textLines(own);
    if (lines.length === 1 && NUMBER_ONLY.test(lines[0].text)) number = own;
    else joined.push(own);
  }
  if (number) joined.push(number);
  // Only before a heading: a number before text stays where it was.
  return joined.flatMap((block) => {
    const lines = textLines(block);
    if (lines.length < 2 || !NUMBER_ONLY.test(lines[0].text) || readBlock(block).kind === 'heading') return [block];
    const at = block.indexOf(lines[1]);
    return [block.slice(0, at), block.slice(at)];
  });
}

/** The number or letter a heading or an item starts with: "9." → "9", "IV." → "IV", "b)" → "b"; null without. */
function numberOf(text: string): string | null {
  const match = /^(?:(\d+(?:\.\d+)*)[.)]?|([IVXL]{2,})[.)]?|([IVXL]|[A-Za-z])[.)])(?=\s)/.exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const romanValue = (text: string) =>
  [...text].reduce((sum, c, i) => (ROMAN[c] < (ROMAN[text[i + 1]] ?? 0) ? sum - ROMAN[c] : sum + ROMAN[c]), 0);

/** "10." after "9.", "9.1" under "9.", "IV" after "III", "c)" after "b)": the numbering of sections goes on. */
function numberingGoesOn(previous: string | null, next: string): boolean {
  if (previous === null) return false;
  if (/^\d/.test(previous) && /^\d/.test(next)) return Number(next.split('.')[0]) === Number(previous.split('.')[0]) + 1 || next.startsWith(`${previous}.`);
  if (/^[IVXL]+$/.test(previous) && /^[IVXL]+$/.test(next) && (previous.length > 1 || next.length > 1)) return romanValue(next) === romanValue(previous) + 1;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}

/**
 * A list of rights ("1. Oikeus saada pääsy tietoihin", or the same without numbers as pasted
 * from a web page) under "Rekisteröidyn oikeudet" is that section's text, though each item
 * reads as a heading for the same section ("Oikeus *"). Such a heading is taken as text when
 * its line is a list item that does not go on with the sections' numbering and its words are no
 * wording of the dictionary or it has no text of its own, when it has no text of its own at all,
 * or when it follows another item so taken. The editor's choices stand.
 */
function demoteListItems(parts: Block[], readings: BlockReading[], chosen: boolean[]): boolean[] {
  const demoted = readings.map(() => false);
  let current: { target: SectionTarget | null; number: string | null } | null = null;
  let inList = false;
  const hasOwnText = (i: number) => {
    const reading = readings[i];
    if (reading.kind === 'heading' && reading.body.some((line) => line.text !== '')) return true;
    const next = readings.slice(i + 1).find((r) => r.kind !== 'empty');
    return next !== undefined && next.kind !== 'heading';
  };
  readings.forEach((reading, i) => {
    if (reading.kind === 'label') current = null;
    if (reading.kind !== 'heading') return;
    const first = textLines(parts[i])[0];
    const number = first ? numberOf(first.text) : null;
    const item = first !== undefined && (bulletText(first.text) !== null || numberedItem(first.text) !== null || number !== null);
    const goesOn = number !== null && numberingGoesOn(current?.number ?? null, number);
    const sameTarget = current !== null && reading.target !== null && reading.target === current.target;
    const empty = !hasOwnText(i);
    if (!chosen[i] && !reading.label && !isMarkdownHeading(first) && sameTarget && !goesOn && ((item && (!reading.exact || empty)) || empty || (inList && !reading.exact))) {
      demoted[i] = true;
      inList = true;
      return;
    }
    current = { target: reading.target, number };
    inList = false;
  });
  return demoted;
}

export function segmentRegisters(
  input: Block[],
  dictionary: ImportDictionary,
  matchHeading: HeadingMatcher,
  choices: SectionChoice[] = [],
): Section[][] {
  const chosen = new Map(choices.map((choice) => [choice.line, choice]));
  const readBlock = blockReader(dictionary, matchHeading);
  const parts = joinNumbers(input, readBlock).flatMap((block, origin) =>
    splitAtHeadings(block, matchHeading, dictionary.conjunctions)
      .flatMap((part) => splitAtChoices(part, chosen))
      .map((part) => ({ part, origin })),
  );
  const choiceOf = (block: Block) => {
    const first = textLines(block)[0];
    return first && chosen.get(first.number);
  };
  const read = (block: Block) => {
    const choice = choiceOf(block);
    return choice ? chosenReading(block, choice) : readBlock(block);
  };
  const firstReadings = parts.map(({ part }) => read(part));
  const demoted = demoteListItems(
    parts.map(({ part }) => part),
    firstReadings,
    parts.map(({ part }) => choiceOf(part) !== undefined),
  );
  // A list item taken as text goes back into the block it was cut from.
  const blocks: Block[] = [];
  const readings: BlockReading[] = [];
  parts.forEach(({ part, origin }, i) => {
    const last = blocks.length - 1;
    if (demoted[i] && i > 0 && parts[i - 1].origin === origin && last >= 0) {
      blocks[last] = [...blocks[last], ...part];
      const previous = readings[last];
      readings[last] = previous.kind === 'heading' || previous.kind === 'label' ? { ...previous, body: [...previous.body, ...part] } : { kind: 'text' };
      return;
    }
    blocks.push(part);
    readings.push(demoted[i] ? { kind: 'text' } : firstReadings[i]);
  });
  return registersOf(sectionsOf(blocks, readings, registerNameReader(dictionary)));
}
