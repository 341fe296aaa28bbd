/**
 * Import of a legacy privacy notice (rekisteri- ja tietosuojaseloste) given as text: its
 * sections are recognised by the heading variants in locales/import/<lang>.json and become
 * draft registers. Plain functions on plain data; the Strapi import service stores the result.
 */
import { contactReader } from './contact';
import { dateReader } from './dates';
import { importDictionary } from './dictionary';
import { buildDraft } from './draft';
import { headingMatcher } from './headings';
import { toBlocks } from './lines';
import { termPattern } from './patterns';
import { segmentRegisters } from './segment';
import type { ImportedRegisterDraft, ImportResult } from './types';

export { uncoveredLines } from './coverage';
export * from './types';

/** Registers after the first that name no controller share the document's first one. */
function shareController(drafts: ImportedRegisterDraft[], warnings: string[]): void {
  const first = drafts[0]?.controller;
  drafts.forEach((draft, i) => {
    if (i === 0 || draft.controller || !first) return;
    draft.controller = { ...first };
    warnings.push(`Register ${i + 1}: no controller section of its own; it got the controller of register 1.`);
  });
}

function sameTitleWarnings(drafts: ImportedRegisterDraft[], locale: string): string[] {
  return drafts.flatMap((draft, i) => {
    const title = draft.title[locale];
    const earlier = drafts.findIndex((other) => other.title[locale] === title);
    return title && earlier < i ? [`Register ${i + 1} has the same title as register ${earlier + 1}: "${title}".`] : [];
  });
}

export function importLegacyNotice(text: string, locale = 'fi'): ImportResult {
  const { dictionary, warning } = importDictionary(locale);
  const warnings = warning ? [warning] : [];
  const readDates = dateReader(dictionary);
  const blocks = toBlocks(text).map((block) => block.map(readDates));
  if (!blocks.length) return { registers: [], warnings: [...warnings, 'The text is empty: nothing to import.'] };

  const matchHeading = headingMatcher(dictionary);
  const registers = segmentRegisters(blocks, dictionary, matchHeading);
  if (registers.every((register) => register.every((section) => section.target === null))) {
    warnings.push('No section heading was recognised: all text is kept in extra sections.');
  }
  const context = {
    locale,
    dictionary,
    readContact: contactReader(dictionary),
    transferTerms: dictionary.transferTerms.map(termPattern),
  };
  const drafts = registers.map((register, i) => {
    const built = buildDraft(register, context);
    const prefix = registers.length > 1 ? `Register ${i + 1}: ` : '';
    warnings.push(...built.warnings.map((message) => prefix + message));
    return built.draft;
  });
  shareController(drafts, warnings);
  warnings.push(...sameTitleWarnings(drafts, locale));
  return { registers: drafts, warnings };
}
