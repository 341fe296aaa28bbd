import type { TranslatableList, TranslatableText } from '../types';

/** Reads a snapshot's text in one language, falling back through the given languages in order. */
export interface TextReader {
  text(value: TranslatableText | null | undefined): string;
  list(value: TranslatableList | null | undefined): string[];
}

const clean = (value: string | null | undefined): string => (typeof value === 'string' ? value.trim() : '');

export function textReader(languages: string[]): TextReader {
  const order = [...new Set(languages)];
  return {
    text(value) {
      for (const language of order) {
        const text = clean(value?.[language]);
        if (text) return text;
      }
      return '';
    },
    list(value) {
      for (const language of order) {
        const entries = (value?.[language] ?? []).map(clean).filter(Boolean);
        if (entries.length) return entries;
      }
      return [];
    },
  };
}

/** A plain (untranslated) value such as an email or a country code, as text. */
export const plain = clean;
