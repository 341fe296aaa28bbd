/** The notice to import: pasted text or a .docx file, and the language it is written in. */
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Tabs, Textarea, Typography } from '@strapi/design-system';
import { useTranslate } from '../../../hooks/useTranslate';
import { languageLabel } from '../../../utils/text';

export interface ImportInputValue {
  kind: 'text' | 'file';
  text: string;
  file: File | null;
  locale: string;
}

interface ImportInputProps {
  value: ImportInputValue;
  languages: string[];
  disabled: boolean;
  onChange: (value: ImportInputValue) => void;
}

const DOCX = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const ImportInput = ({ value, languages, disabled, onChange }: ImportInputProps) => {
  const { t, intl } = useTranslate();
  const set = (change: Partial<ImportInputValue>) => onChange({ ...value, ...change });

  return (
    <Flex direction="column" alignItems="stretch" gap={4} background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Box maxWidth="20rem">
        <Field.Root name="import-locale">
          <Field.Label>{t('import.language.label')}</Field.Label>
          <SingleSelect value={value.locale} disabled={disabled} onChange={(locale) => set({ locale: String(locale) })}>
            {languages.map((language) => (
              <SingleSelectOption key={language} value={language}>
                {languageLabel(language, intl.locale)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Tabs.Root value={value.kind} onValueChange={(kind) => set({ kind: kind as ImportInputValue['kind'] })}>
        <Tabs.List aria-label={t('import.source.label')}>
          <Tabs.Trigger value="text" disabled={disabled}>
            {t('import.source.text')}
          </Tabs.Trigger>
          <Tabs.Trigger value="file" disabled={disabled}>
            {t('import.source.file')}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="text">
          <Box paddingTop={4}>
            <Field.Root name="import-text" hint={t('import.text.hint')}>
              <Field.Label>{t('import.text.label')}</Field.Label>
              <Textarea
                value={value.text}
                disabled={disabled}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set({ text: event.target.value })}
                style={{ minHeight: '20rem', fontFamily: 'monospace' }}
              />
              <Field.Hint />
            </Field.Root>
          </Box>
        </Tabs.Content>
        <Tabs.Content value="file">
          <Box paddingTop={4}>
            <Field.Root name="import-file" hint={t('import.file.hint')}>
              <Field.Label>{t('import.file.label')}</Field.Label>
              <input
                type="file"
                accept={DOCX}
                disabled={disabled}
                aria-label={t('import.file.label')}
                onChange={(event) => set({ file: event.target.files?.[0] ?? null })}
              />
              <Field.Hint />
            </Field.Root>
            {value.file ? (
              <Typography variant="pi" textColor="neutral600">
                {t('import.file.chosen', { name: value.file.name })}
              </Typography>
            ) : null}
          </Box>
        </Tabs.Content>
      </Tabs.Root>
    </Flex>
  );
};
