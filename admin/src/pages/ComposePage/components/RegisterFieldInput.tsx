/** The control for one register field, by its kind (server/src/domain/register-fields.ts), labelled `field.register.<name>`. */
import { Grid } from '@strapi/design-system';
import { CONTACT_PARTS } from '../../../../../server/src/domain/register-fields';
import { CheckboxesField } from '../../../components/inputs/CheckboxesField';
import { SelectField } from '../../../components/inputs/SelectField';
import { TextField } from '../../../components/inputs/TextField';
import { ToggleField } from '../../../components/inputs/ToggleField';
import { TranslatableInput } from '../../../components/translatable/TranslatableInput';
import { useTranslate } from '../../../hooks/useTranslate';
import type { FormField } from '../registerForm';
import { ControllerPicker } from './ControllerPicker';
import { ExtraSections } from './ExtraSections';
import { RelationList } from './RelationList';

const CONTACT_TYPES: Partial<Record<(typeof CONTACT_PARTS)[number], 'email' | 'tel'>> = { email: 'email', phone: 'tel' };

interface RegisterFieldInputProps {
  field: FormField;
  /** The slug is the public address of published versions and cannot change once there are any. */
  slugLocked: boolean;
}

export const RegisterFieldInput = ({ field, slugLocked }: RegisterFieldInputProps) => {
  const { t, optional } = useTranslate();
  const { name } = field;
  const label = t(`field.register.${name}`);
  const hint = optional(`field.register.${name}.hint`);
  switch (field.kind) {
    case 'name':
      return <TranslatableInput name={name} label={label} hint={hint} required />;
    case 'text':
      return <TranslatableInput name={name} label={label} hint={hint} multiline markdown />;
    case 'slug':
      return <TextField name={name} label={label} hint={slugLocked ? t(`field.register.${name}.locked`) : hint} disabled={slugLocked} required />;
    case 'choice':
      return <SelectField name={name} family={field.choices} label={label} hint={hint} required={'default' in field} />;
    case 'choices':
      return <CheckboxesField name={name} family={field.choices} label={label} hint={hint} />;
    case 'flag':
      return <ToggleField name={name} label={label} hint={hint} />;
    case 'relation':
      return field.multiple ? <RelationList name={name} kind={field.target} label={label} hint={hint} /> : <ControllerPicker />;
    case 'extraSections':
      return <ExtraSections />;
    case 'contact':
      return (
        <Grid.Root gap={4}>
          {CONTACT_PARTS.map((part) => (
            <Grid.Item key={part} col={6} s={12} direction="column" alignItems="stretch">
              <TextField name={`${name}.${part}`} type={CONTACT_TYPES[part]} label={t(`field.register.${name}.${part}`)} />
            </Grid.Item>
          ))}
        </Grid.Root>
      );
  }
};

/** Short values sit two to a row. */
export const isShortField = (field: FormField) => field.kind === 'slug' || field.kind === 'choice';
