import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import type { LanguageCode } from '../types';

for (const names of [en, fi, sv]) countries.registerLocale(names);

/** The country's name in the language (`US` → "Yhdysvallat"), else in English, else the code itself. */
export function countryName(code: string, language: LanguageCode): string {
  return countries.getName(code, language) ?? countries.getName(code, 'en') ?? code;
}
