import { useCallback } from 'react';
import type { ProblemText } from '../api/errors';
import { countryName, languageName } from '../utils/text';
import { useTranslate } from './useTranslate';

/**
 * A coded problem (the server's or the form's own check, domain/field-checks.ts) in the admin's
 * language: a language or country parameter by its name. A code the admin has no words for is
 * said generally, never as the server's English.
 */
export function useProblemText(): ProblemText {
  const { t, optional, intl } = useTranslate();
  return useCallback(
    ({ code, params = {} }) => {
      const values: Record<string, string | number> = { ...params };
      if (typeof values.language === 'string') values.language = languageName(values.language, intl.locale);
      if (typeof values.country === 'string') values.country = `${countryName(values.country, intl.locale)} (${values.country})`;
      return optional(code, values) ?? t('validation.invalid');
    },
    [t, optional, intl.locale],
  );
}
