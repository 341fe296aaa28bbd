/** The importer's words per language, kept as data in locales/import/. */
import { has, isArray, mergeWith, union } from 'lodash';
import en from '../../../../locales/import/en.json';
import fi from '../../../../locales/import/fi.json';
import sv from '../../../../locales/import/sv.json';
import type { ImportDictionary } from './types';
import { warning, type ImportWarning } from './warnings';

const DICTIONARIES: Record<string, ImportDictionary> = { fi, sv, en };

/** The dictionary for a language; for one without its own, all of them together (and a warning). */
export function importDictionary(locale: string): { dictionary: ImportDictionary; warning: ImportWarning | null } {
  if (has(DICTIONARIES, locale)) return { dictionary: DICTIONARIES[locale], warning: null };
  const all: ImportDictionary = mergeWith({}, en, sv, fi, (a: unknown, b: unknown) =>
    isArray(a) && isArray(b) ? union(a, b) : undefined,
  );
  const known = Object.keys(DICTIONARIES).join(', ');
  return {
    dictionary: all,
    warning: warning('noDictionary', { locale, languages: known }),
  };
}
