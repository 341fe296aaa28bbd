import { Field, Textarea, TextInput } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useFormDisabled } from '../../hooks/useFormDisabled';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  placeholder?: string;
  multiline?: boolean;
  disabled?: boolean;
  /** Told of every edit, after the form has it. */
  onValueChange?: (value: string) => void;
}

/** A plain (not translated) text field of a Strapi form; the server's error for it shows below. */
export const TextField = ({ name, label, hint, required, type = 'text', placeholder, multiline, disabled, onValueChange }: TextFieldProps) => {
  const { value, error, onChange } = useCheckedField<string | null>(name);
  const readOnly = useFormDisabled() || disabled;
  const change = (text: string) => {
    onChange(name, text);
    onValueChange?.(text);
  };
  return (
    <Field.Root name={name} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      {multiline ? (
        <Textarea value={value ?? ''} placeholder={placeholder} disabled={readOnly} onChange={(event) => change(event.target.value)} />
      ) : (
        <TextInput type={type} value={value ?? ''} placeholder={placeholder} disabled={readOnly} onChange={(event) => change(event.target.value)} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
