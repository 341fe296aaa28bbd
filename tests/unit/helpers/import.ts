/** Reading a notice through the importer as the tests of its families do. */
import { importLegacyNotice, uncoveredLines } from '../../../server/src/domain/import';
import type { ImportedRegisterDraft } from '../../../server/src/domain/import';

/** Imports a notice that holds one register, checking that every input line reaches it. */
export function readOne(text: string, locale: string) {
  const { registers, warnings } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  expect(registers).toHaveLength(1);
  return { draft: registers[0], warnings };
}

/** Where the importer put input line `line`, e.g. `fields.retention` or `extraSections.0`. */
export const targetOf = (draft: ImportedRegisterDraft, line: number) => draft.lines.find((record) => record.line === line)?.target;
