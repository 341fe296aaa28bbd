/** The record's headings and value labels per language: locales/record, and the choice labels the admin shows. */
import recordEn from '../../../../locales/record/en.json';
import recordFi from '../../../../locales/record/fi.json';
import recordSv from '../../../../locales/record/sv.json';
import adminEn from '../../../../locales/admin/en.json';
import adminFi from '../../../../locales/admin/fi.json';
import adminSv from '../../../../locales/admin/sv.json';

type RecordKey = keyof typeof recordEn;

const TEXTS: Record<string, { record: Record<string, string>; choices: Record<string, string> }> = {
  en: { record: recordEn, choices: adminEn },
  fi: { record: recordFi, choices: adminFi },
  sv: { record: recordSv, choices: adminSv },
};

/** The languages the record can be drawn up in. */
export const RECORD_LANGUAGES = Object.keys(TEXTS);

export interface RecordTexts {
  language: string;
  t(key: RecordKey, values?: Record<string, string>): string;
  /** A choice's label, e.g. `legalBasis`, `contract` → "Contract (Art 6(1)(b))". */
  choice(list: string, value: string): string;
}

export function recordTexts(language: string): RecordTexts {
  const texts = TEXTS[language] ?? TEXTS.en;
  return {
    language: TEXTS[language] ? language : 'en',
    t: (key, values = {}) => texts.record[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ''),
    choice: (list, value) => texts.choices[`${list}.${value}`] ?? value,
  };
}
