/**
 * A translatable text field (`{ fi: '…', sv: '…' }`) showing the language of the form's tabs.
 * A text the default language has but this one lacks is marked, with the default text as placeholder.
 */
import { Badge, Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useCheckedField } from '../checks/CheckedFields';
import type { Translatable } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';
import { languageName } from '../../utils/text';
import { useFormDisabled } from '../../hooks/useFormDisabled';
import { useLanguage } from './LanguageContext';
import { WarningBadge } from '../Badges';

export interface TranslatableInputProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  /** Text fields render Markdown; say so under the field. */
  markdown?: boolean;
  /** One entry per line (data category examples); stored as text while editing. */
  lines?: boolean;
  disabled?: boolean;
}

export const TranslatableInput = ({ name, label, hint, required, multiline, markdown, lines, disabled }: TranslatableInputProps) => {
  const { t, intl } = useTranslate();
  const { language, defaultLanguage } = useLanguage();
  const field = useCheckedField<Translatable | null>(name);
  const { error: languageError } = useCheckedField(`${name}.${language}`);
  const text = field.value?.[language] ?? '';
  const reference = language === defaultLanguage ? '' : (field.value?.[defaultLanguage] ?? '');
  const missing = text.trim() === '' && reference.trim() !== '';
  const error = languageError ?? field.error;
  const readOnly = useFormDisabled() || disabled;

  const onChange = (next: string) => field.onChange(name, { ...(field.value ?? {}), [language]: next });

  const hints = [
    missing ? t('translatable.missing', { language: languageName(language, intl.locale) }) : null,
    hint,
    markdown ? t('translatable.markdown') : null,
    lines ? t('translatable.lines') : null,
  ].filter(Boolean);

  return (
    <Field.Root name={`${name}.${language}`} error={error} hint={hints.join(' ')} required={required && language === defaultLanguage}>
      <Field.Label
        action={
          <Flex gap={1} tag="span" paddingLeft={1}>
            <Badge size="S">{language.toUpperCase()}</Badge>
            {missing ? (
              <WarningBadge size="S">
                <Flex gap={1} tag="span">
                  <WarningCircle width="1.2rem" height="1.2rem" aria-hidden />
                  {t('translatable.missingBadge')}
                </Flex>
              </WarningBadge>
            ) : null}
          </Flex>
        }
      >
        {label}
      </Field.Label>
      {multiline || lines ? (
        <Textarea value={text} placeholder={reference} disabled={readOnly} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <TextInput value={text} placeholder={reference} disabled={readOnly} onChange={(event) => onChange(event.target.value)} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
