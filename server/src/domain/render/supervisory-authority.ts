import { textIn } from '../text';
import type { LanguageCode, TranslatableText } from '../types';

export type TextOrTranslations = string | TranslatableText;

/** The authority a data subject may complain to (GDPR Art 77); plugin config, shown in the rights section. */
export interface SupervisoryAuthority {
  name: TextOrTranslations;
  address?: TextOrTranslations;
  email?: string;
  phone?: string;
  /** One address, or one per language (the authority's pages in that language). */
  website?: TextOrTranslations;
}

/** Tietosuojavaltuutetun toimisto, the Finnish supervisory authority. */
export const DEFAULT_SUPERVISORY_AUTHORITY: SupervisoryAuthority = {
  name: {
    fi: 'Tietosuojavaltuutetun toimisto',
    sv: 'Dataombudsmannens byrå',
    en: 'Office of the Data Protection Ombudsman',
  },
  address: {
    fi: 'PL 800, 00531 Helsinki',
    sv: 'PB 800, 00531 Helsingfors',
    en: 'P.O. Box 800, 00531 Helsinki, Finland',
  },
  email: 'tietosuoja@om.fi',
  phone: '029 566 6700',
  // Each language links to the authority's pages in that language.
  website: { fi: 'https://tietosuoja.fi', sv: 'https://tietosuoja.fi/sv', en: 'https://tietosuoja.fi/en' },
};

/** A config value in the language, else the default language, else any language it has. */
export function authorityText(value: TextOrTranslations | undefined, language: LanguageCode, fallback: LanguageCode): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return textIn(value, language, fallback) ?? Object.values(value).find((text) => text && text.trim() !== '') ?? '';
}
