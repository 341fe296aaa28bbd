import { Checkbox, Field, Flex } from '@strapi/design-system';
import { useCheckedField } from '../checks/CheckedFields';
import { useFormDisabled } from '../../hooks/useFormDisabled';
import { OPTION_FAMILIES, type OptionFamily, useLabels } from '../../labels';

interface CheckboxesFieldProps {
  name: string;
  label: string;
  family: OptionFamily;
  hint?: string;
}

/** Any number of values from a fixed list, kept in the list's order. */
export const CheckboxesField = ({ name, label, family, hint }: CheckboxesFieldProps) => {
  const labels = useLabels();
  const { value, error, onChange } = useCheckedField<string[] | null>(name);
  const readOnly = useFormDisabled();
  const chosen = new Set(value ?? []);
  const options: readonly string[] = OPTION_FAMILIES[family];
  const toggle = (option: string, checked: boolean) => {
    if (checked) chosen.add(option);
    else chosen.delete(option);
    onChange(name, options.filter((o) => chosen.has(o)));
  };
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Flex gap={6} wrap="wrap" paddingTop={1} paddingBottom={1}>
        {options.map((option) => (
          <Checkbox key={option} disabled={readOnly} checked={chosen.has(option)} onCheckedChange={(checked) => toggle(option, checked === true)}>
            {labels.option(family, option)}
          </Checkbox>
        ))}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
