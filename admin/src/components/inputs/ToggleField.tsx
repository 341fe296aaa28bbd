import { Field, Toggle } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useFormDisabled } from '../../hooks/useFormDisabled';
import { useTranslate } from '../../hooks/useTranslate';

interface ToggleFieldProps {
  name: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

/** A yes/no field, as Strapi's own boolean inputs look. */
export const ToggleField = ({ name, label, hint, disabled }: ToggleFieldProps) => {
  const { t } = useTranslate();
  const { value, error, onChange } = useCheckedField<boolean | null>(name);
  const readOnly = useFormDisabled() || disabled;
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={Boolean(value)}
        onLabel={t('common.yes')}
        offLabel={t('common.no')}
        disabled={readOnly}
        onChange={() => onChange(name, !value)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
