/**
 * Statements of a register's text the editor should review: mentions of special categories of
 * data (special-data.ts) and statements that narrow the rights or cite repealed law
 * (outdated-statements.ts). Only warnings: the text is imported as written.
 */
import { outdatedStatementDetector } from './outdated-statements';
import type { Section } from './segment';
import { SPECIAL_DATA_LANGUAGES as IMPORT_LANGUAGES, specialDataDetector } from './special-data';
import { registerSentences } from './statements';
import type { ImportWarning } from './warnings';

type Detector = ReturnType<typeof specialDataDetector>;
/** Per language with words of its own; every other language reads with all of them, kept once under '*'. */
const detectors = new Map<string, Detector[]>();

export function statementWarnings(register: Section[], locale: string): ImportWarning[] {
  const key = IMPORT_LANGUAGES.includes(locale) ? locale : '*';
  if (!detectors.has(key)) detectors.set(key, [specialDataDetector(locale), outdatedStatementDetector(locale)]);
  const sentences = registerSentences(register);
  return (detectors.get(key) ?? []).flatMap((detect) => detect(sentences));
}
