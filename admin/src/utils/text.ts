/** Translatable text (`{ fi: '…', sv: '…' }`) as the admin shows and sends it. */
import type { Translatable } from '../api/types';

/** The text in `language`, else in the default language, else any text there is. */
export function textIn(text: Translatable | null | undefined, language: string, defaultLanguage?: string): string {
  if (!text) return '';
  return text[language]?.trim() || (defaultLanguage && text[defaultLanguage]?.trim()) || Object.values(text).find((value) => value?.trim()) || '';
}

/** Drops languages left empty; null when no language has text (the API's "nothing here"). */
export function cleanTranslatable(text: Translatable | null | undefined): Translatable | null {
  const entries = Object.entries(text ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}

/** A plain text field as the API wants it: null instead of blank. */
export const cleanString = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(type: 'language' | 'region', code: string, uiLocale: string): string {
  const key = `${type}:${uiLocale}`;
  if (!displayNames.has(key)) displayNames.set(key, new Intl.DisplayNames([uiLocale, 'en'], { type }));
  try {
    return displayNames.get(key)!.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "suomi", "Swedish", … in the admin's language. */
/** A language's name as written inside a sentence: "suomi" in Finnish and "finska" in Swedish, "Finnish" in English. */
export const languageName = (code: string, uiLocale: string) => displayName('language', code, uiLocale);

/** A language's name standing alone, as on a tab or at the start of a line: "Suomi", "Finska". */
export const languageLabel = (code: string, uiLocale: string) => {
  const name = languageName(code, uiLocale);
  return name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1);
};

/** "Finland", "Yhdysvallat", … in the admin's language. */
export const countryName = (code: string, uiLocale: string) => displayName('region', code.toUpperCase(), uiLocale);
