import en from '../../../../locales/completeness/en.json';
import fi from '../../../../locales/completeness/fi.json';
import sv from '../../../../locales/completeness/sv.json';
import type { CompletenessItemId, CompletenessStatus, ProblemCode } from './types';

interface ItemTexts {
  label: string;
  explanation: string;
  /** Why the item does not apply, shown instead of the explanation then. */
  notApplicable?: string;
}

export interface CompletenessMessages {
  items: Record<CompletenessItemId, ItemTexts>;
  problems: Record<ProblemCode, string>;
}

/** The texts of locales/completeness, one file per language. */
export const COMPLETENESS_MESSAGES: Record<string, CompletenessMessages> = { en, fi, sv };

/** The language texts are given in: the asked one (`fi-FI` counts as `fi`), else the default language, else English. */
export function messagesLanguage(locale: string, defaultLanguage: string): string {
  const candidates = [locale, locale.split('-')[0], defaultLanguage, 'en'];
  const found = candidates.find((language) => COMPLETENESS_MESSAGES[language.toLowerCase()]);
  return (found ?? 'en').toLowerCase();
}

/** Texts in the language messagesLanguage chooses. */
export function messagesFor(locale: string, defaultLanguage: string): CompletenessMessages {
  return COMPLETENESS_MESSAGES[messagesLanguage(locale, defaultLanguage)];
}

export function itemTexts(messages: CompletenessMessages, id: CompletenessItemId, status: CompletenessStatus) {
  const texts = messages.items[id];
  const explanation = status === 'not-applicable' && texts.notApplicable ? texts.notApplicable : texts.explanation;
  return { label: texts.label, explanation };
}

/** Fills `{name}` placeholders of a problem message. */
export function problemMessage(
  messages: CompletenessMessages,
  code: ProblemCode,
  params: Record<string, string> = {},
): string {
  return messages.problems[code].replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
