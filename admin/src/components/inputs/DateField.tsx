import { format, parseISO } from 'date-fns';
import { DatePicker, DateTimePicker, Field } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useTranslate } from '../../hooks/useTranslate';

interface DateFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** With a time of day: the value is an ISO date-time instead of `YYYY-MM-DD`. */
  withTime?: boolean;
}

/** A calendar date (`YYYY-MM-DD`) or, with `withTime`, a moment (ISO 8601). */
export const DateField = ({ name, label, hint, required, withTime }: DateFieldProps) => {
  const { t, intl } = useTranslate();
  const { value, error, onChange } = useCheckedField<string | null>(name);
  const date = value ? parseISO(value) : undefined;
  const change = (next: Date | undefined) => onChange(name, next ? (withTime ? next.toISOString() : format(next, 'yyyy-MM-dd')) : null);
  return (
    <Field.Root name={name} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      {withTime ? (
        <DateTimePicker value={date ?? null} onChange={change} locale={intl.locale} clearLabel={t('form.clear')} onClear={required ? undefined : () => change(undefined)} />
      ) : (
        <DatePicker value={date} onChange={change} locale={intl.locale} clearLabel={t('form.clear')} onClear={required ? undefined : () => change(undefined)} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
