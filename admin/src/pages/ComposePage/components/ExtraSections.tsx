/** Sections of the editor's own after the standard ones, each with a title and a text. */
import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useField, useForm } from '@strapi/strapi/admin';
import { TranslatableInput } from '../../../components/translatable/TranslatableInput';
import { useFormDisabled } from '../../../hooks/useFormDisabled';
import { useTranslate } from '../../../hooks/useTranslate';
import type { RegisterValues } from '../registerForm';

export const ExtraSections = () => {
  const { t } = useTranslate();
  const disabled = useFormDisabled();
  const { value } = useField<RegisterValues['extraSections']>('extraSections');
  const addFieldRow = useForm('ExtraSections', (state) => state.addFieldRow);
  const removeFieldRow = useForm('ExtraSections', (state) => state.removeFieldRow);
  const sections = value ?? [];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {sections.map((_, index) => (
        <Box key={index} padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex justifyContent="space-between">
              <Typography variant="sigma" textColor="neutral600">
                {t('compose.extra.item', { number: index + 1 })}
              </Typography>
              {disabled ? null : (
                <IconButton variant="ghost" label={t('compose.extra.remove', { number: index + 1 })} onClick={() => removeFieldRow('extraSections', index)}>
                  <Trash />
                </IconButton>
              )}
            </Flex>
            <TranslatableInput name={`extraSections.${index}.title`} label={t('compose.extra.title')} />
            <TranslatableInput name={`extraSections.${index}.body`} label={t('compose.extra.body')} multiline markdown />
          </Flex>
        </Box>
      ))}
      {disabled ? null : (
        <Box>
          <Button variant="secondary" startIcon={<Plus />} onClick={() => addFieldRow('extraSections', { title: {}, body: {} })}>
            {t('compose.extra.add')}
          </Button>
        </Box>
      )}
    </Flex>
  );
};
