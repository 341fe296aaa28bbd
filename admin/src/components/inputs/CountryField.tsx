import { useMemo } from 'react';
import countries from 'i18n-iso-countries';
import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useFormDisabled } from '../../hooks/useFormDisabled';
import { useTranslate } from '../../hooks/useTranslate';
import { countryName } from '../../utils/text';

interface CountryFieldProps {
  name: string;
  label: string;
  hint?: string;
}

/** An ISO 3166-1 alpha-2 country, searchable by its name in the admin's language. */
export const CountryField = ({ name, label, hint }: CountryFieldProps) => {
  const { t, intl } = useTranslate();
  const { value, error, onChange } = useCheckedField<string | null>(name);
  const readOnly = useFormDisabled();
  const options = useMemo(
    () =>
      Object.keys(countries.getAlpha2Codes())
        .map((code) => ({ code, name: countryName(code, intl.locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, intl.locale)),
    [intl.locale],
  );
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {/*
        The list narrows to the countries whose name contains what is typed; nothing is completed
        or chosen inline, so quick typing never lands on another country.
      */}
      <Combobox
        autocomplete={{ type: 'list', filter: 'contains' }}
        disabled={readOnly}
        value={value ?? undefined}
        onChange={(next) => onChange(name, next ?? null)}
        onClear={() => onChange(name, null)}
        clearLabel={t('form.clear')}
        placeholder={t('form.chooseCountry')}
        noOptionsMessage={() => t('form.noCountry')}
      >
        {options.map((option) => (
          <ComboboxOption key={option.code} value={option.code}>
            {`${option.name} (${option.code})`}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
