import { format, isValid, parseISO } from 'date-fns';
import { enGB, fi, sv } from 'date-fns/locale';
import type { LanguageCode } from '../types';

// Month and day names for patterns such as `d MMMM yyyy`; other languages get date-fns's English.
const DATE_LOCALES: Partial<Record<LanguageCode, Locale>> = { fi, sv, en: enGB };

/** A `YYYY-MM-DD` date in a language's pattern (`6.6.2018`, `6 June 2018`); unparseable input is returned as given. */
export function formatNoticeDate(isoDate: string, pattern: string, language: LanguageCode): string {
  const date = parseISO(isoDate);
  if (!isValid(date)) return isoDate;
  return format(date, pattern, { locale: DATE_LOCALES[language] });
}
