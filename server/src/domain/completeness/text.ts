import type { TranslatableText } from '../types';

/** True for a string with something other than whitespace in it. */
export function hasValue(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A translatable text counts as given when it is non-empty in the default language. */
export function hasText(text: TranslatableText | null | undefined, defaultLanguage: string): boolean {
  return hasValue(text?.[defaultLanguage]);
}

/** Text for naming an entry in a message: the reader's language, else the default language. */
export function nameOf(text: TranslatableText | null | undefined, locale: string, defaultLanguage: string): string {
  const inLocale = text?.[locale];
  if (hasValue(inLocale)) return inLocale.trim();
  const inDefault = text?.[defaultLanguage];
  return hasValue(inDefault) ? inDefault.trim() : '';
}
