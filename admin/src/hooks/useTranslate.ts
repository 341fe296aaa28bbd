import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../translations';

type Values = Parameters<ReturnType<typeof useIntl>['formatMessage']>[1];

/** `t('registers.title')`: a UI string from locales/admin in the admin's language (English when missing). */
export function useTranslate() {
  const intl = useIntl();
  const t = useCallback(
    (id: string, values?: Values, defaultMessage?: string) =>
      intl.formatMessage({ id: getTranslation(id), defaultMessage }, values) as string,
    [intl],
  );
  /** The string when locales/admin has one, else undefined: for optional texts such as a field's hint. */
  const optional = useCallback(
    (id: string, values?: Values) => (getTranslation(id) in intl.messages ? t(id, values) : undefined),
    [intl, t],
  );
  return { t, optional, intl };
}
