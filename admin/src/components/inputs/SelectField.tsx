import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useFormDisabled } from '../../hooks/useFormDisabled';
import { useTranslate } from '../../hooks/useTranslate';
import { type OptionFamily, OPTION_FAMILIES, useLabels } from '../../labels';

interface SelectFieldProps {
  name: string;
  label: string;
  /** The option list, labelled from locales/admin. */
  family: OptionFamily;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A choice from one of the domain's fixed lists (legal basis, recipient role, …). */
export const SelectField = ({ name, label, family, hint, required, disabled }: SelectFieldProps) => {
  const { t } = useTranslate();
  const labels = useLabels();
  const { value, error, onChange } = useCheckedField<string | null>(name);
  const readOnly = useFormDisabled() || disabled;
  return (
    <Field.Root name={name} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={value ?? undefined}
        placeholder={t('form.choose')}
        disabled={readOnly}
        onChange={(next) => onChange(name, String(next))}
        onClear={required ? undefined : () => onChange(name, null)}
        clearLabel={t('form.clear')}
      >
        {OPTION_FAMILIES[family].map((option) => (
          <SingleSelectOption key={option} value={option}>
            {labels.option(family, option)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
