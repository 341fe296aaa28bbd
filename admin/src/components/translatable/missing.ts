/** Counting what a language lacks, for the marks on the language tabs. */
import get from 'lodash/get';

/**
 * The translatable values at `paths` (`extraSections.*.title` walks a list): how many have text in
 * the default language but none in `language`.
 */
export function countMissing(values: object, paths: string[], language: string, defaultLanguage: string): number {
  if (language === defaultLanguage) return 0;
  return paths.flatMap((path) => valuesAt(values, path)).filter((text) => hasText(text, defaultLanguage) && !hasText(text, language)).length;
}

function valuesAt(values: unknown, path: string): unknown[] {
  const [head, ...rest] = path.split('.*.');
  const found = get(values, head);
  if (rest.length === 0) return [found];
  return Array.isArray(found) ? found.flatMap((item) => valuesAt(item, rest.join('.*.'))) : [];
}

function hasText(value: unknown, language: string): boolean {
  const text = (value as Record<string, unknown> | null | undefined)?.[language];
  return typeof text === 'string' && text.trim() !== '';
}

/** The languages some error path names (`['title', 'sv']` → sv). */
export function languagesWithErrors(errors: object, languages: string[]): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string' && languages.includes(key)) found.add(key);
    else if (node && typeof node === 'object') for (const [child, value] of Object.entries(node)) walk(value, child);
  };
  walk(errors, '');
  return found;
}
