import type { LanguageCode, TranslatableList, TranslatableText } from './types';

/** Keeps only the configured languages with non-blank text (trimmed); null when nothing is left. */
export function normaliseText(value: unknown, languages: LanguageCode[]): TranslatableText | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  const result: TranslatableText = {};
  for (const language of languages) {
    const text = source[language];
    if (typeof text === 'string' && text.trim() !== '') result[language] = text.trim();
  }
  return Object.keys(result).length > 0 ? result : null;
}

/** The same for a list per language; blank items are dropped. */
export function normaliseList(value: unknown, languages: LanguageCode[]): TranslatableList | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  const result: TranslatableList = {};
  for (const language of languages) {
    const items = source[language];
    if (!Array.isArray(items)) continue;
    const kept = items.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
    if (kept.length > 0) result[language] = kept;
  }
  return Object.keys(result).length > 0 ? result : null;
}

export function hasText(value: TranslatableText | null | undefined, language: LanguageCode): boolean {
  return typeof value?.[language] === 'string' && value[language]!.trim() !== '';
}

/** The text in `language`, falling back to `fallback`; null when neither has it. */
export function textIn(
  value: TranslatableText | null | undefined,
  language: LanguageCode,
  fallback: LanguageCode,
): string | null {
  if (hasText(value, language)) return value![language]!;
  if (hasText(value, fallback)) return value![fallback]!;
  return null;
}
