/**
 * Import of a legacy privacy notice (rekisteri- ja tietosuojaseloste) given as text: its
 * sections are recognised by the heading variants in locales/import/<lang>.json and become
 * draft registers. Plain functions on plain data; the Strapi import service stores the result.
 */
import { answerProposer } from './answers';
import { contactReader } from './contact';
import { dateReader, legacyDatesOf } from './dates';
import { importDictionary } from './dictionary';
import { buildDraft } from './draft';
import { headingMatcher } from './headings';
import type { HeadingMatcher } from './headings';
import { consume, isPipeRow, toBlocks } from './lines';
import type { Block, SourceLine } from './lines';
import { headingPattern, normaliseHeading, termPattern } from './patterns';
import { readMarkup } from './markup';
import { statementWarnings } from './review';
import { segmentRegisters, type Section } from './segment';
import { sectionSuggester } from './suggestions';
import type { ImportDictionary, ImportedRegisterDraft, ImportResult, SectionChoice } from './types';
import { forRegister, warning, type ImportWarning } from './warnings';

export { uncoveredLines } from './coverage';
export * from './types';
export * from './warnings';

/** Registers after the first that name no controller share the document's first one. */
function shareController(drafts: ImportedRegisterDraft[], warnings: ImportWarning[]): void {
  const first = drafts[0]?.controller;
  drafts.forEach((draft, i) => {
    if (i === 0 || draft.controller || !first) return;
    draft.controller = { ...first };
    // One problem, one warning: "shared" says what "no controller section" would.
    const missing = warnings.findIndex((w) => w.code === 'noController' && w.register === i + 1);
    if (missing >= 0) warnings.splice(missing, 1);
    warnings.push({ ...warning('controllerShared', { from: 1 }), register: i + 1 });
  });
}

/**
 * The dates written above the first register's first section ("Päivitetty 1.2.2023" under the
 * document's title) are the whole document's: a later register that states no dates of its own
 * takes them, as the first one does.
 */
function shareDocumentDates(drafts: ImportedRegisterDraft[], first: Section[]): void {
  const preamble = first.slice(0, Math.max(0, first.findIndex((section) => section.target !== null)));
  const dates = legacyDatesOf(preamble.flatMap((section) => [...section.headingLines, ...section.blocks.flat()]));
  if (!dates.createdOn && !dates.updates.length) return;
  drafts.forEach((draft, i) => {
    if (i > 0 && !draft.legacyDates.createdOn && !draft.legacyDates.updates.length) draft.legacyDates = { ...dates, updates: [...dates.updates] };
  });
}

function sameTitleWarnings(drafts: ImportedRegisterDraft[], locale: string): ImportWarning[] {
  return drafts.flatMap((draft, i) => {
    const title = draft.title[locale];
    const earlier = drafts.findIndex((other) => other.title[locale] === title);
    return title && earlier < i ? [{ ...warning('sameTitle', { title, other: earlier + 1 }), register: i + 1 }] : [];
  });
}

/** Reads a line that is the document's title as structure: "REKISTERI- JA TIETOSUOJASELOSTE". */
function documentTitleReader(dictionary: ImportDictionary): (line: SourceLine) => SourceLine {
  const patterns = dictionary.documentTitles.map(headingPattern);
  return (line) =>
    // A sentence naming the notice ("… mukainen tietosuojaseloste.") is text, not the title.
    line.text && !/\.$/.test(line.text) && patterns.some((pattern) => pattern.test(normaliseHeading(line.text)))
      ? { ...consume(line, line.text), documentTitle: true }
      : line;
}

/**
 * A row of a table written with pipes is no heading, nor part of one: "Tieto | Säilytysaika" names a
 * column, though a heading's words are in it, and "| Purpose | Legal basis |" under "## 4. Purposes" is the table's.
 */
function outsideTables(matchHeading: HeadingMatcher, blocks: Block[]): HeadingMatcher {
  const rows = blocks.flat().filter(isPipeRow).map((line) => line.text);
  if (!rows.length) return matchHeading;
  const inRow = (text: string) => rows.some((row) => text.includes(row));
  return Object.assign((text: string) => (inRow(text) ? null : matchHeading(text)), {
    wording: (text: string) => (inRow(text) ? null : matchHeading.wording(text)),
  });
}

/** `sections`: the editor's corrections of where sections start (see SectionChoice). */
export function importLegacyNotice(text: string, locale = 'fi', sections: SectionChoice[] = []): ImportResult {
  const { dictionary, warning: missing } = importDictionary(locale);
  const warnings = missing ? [missing] : [];
  const readDates = dateReader(dictionary);
  const readDocumentTitle = documentTitleReader(dictionary);
  // Markup first: "**Päivitetty:** 1.2.2021" is a date statement in bold.
  const blocks = toBlocks(text).map((block) => block.map((line) => readDocumentTitle(readDates(readMarkup(line)))));
  if (!blocks.length) return { registers: [], warnings };

  const matchHeading = outsideTables(headingMatcher(dictionary), blocks);
  const registers = segmentRegisters(blocks, dictionary, matchHeading, sections);
  if (registers.every((register) => register.every((section) => section.target === null))) {
    warnings.push(warning('noHeadings'));
  }
  const context = {
    locale,
    dictionary,
    readContact: contactReader(dictionary),
    proposeAnswers: answerProposer(dictionary),
    suggestSections: sectionSuggester(dictionary),
    transferTerms: dictionary.transferTerms.map(termPattern),
    matchHeading,
  };
  const drafts = registers.map((register, i) => {
    const built = buildDraft(register, context);
    warnings.push(...forRegister([...built.warnings, ...statementWarnings(register, locale)], i, registers.length));
    return built.draft;
  });
  shareController(drafts, warnings);
  shareDocumentDates(drafts, registers[0]);
  warnings.push(...sameTitleWarnings(drafts, locale));
  return { registers: drafts, warnings };
}
