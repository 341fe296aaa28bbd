/**
 * The language tabs above a form's fields: each shows how many texts still lack a translation
 * there, or that a field in it has an error. Switching to the language an error is in happens by itself.
 */
import { useEffect } from 'react';
import { Badge, Box, Divider, Flex, Tabs, VisuallyHidden } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useTranslate } from '../../hooks/useTranslate';
import { languageLabel, languageName } from '../../utils/text';
import { useLanguage } from './LanguageContext';
import { countMissing, languagesWithErrors } from './missing';
import { DangerBadge, WarningBadge } from '../Badges';

interface LanguageTabsProps {
  /** The translatable fields of the form (`title`, `extraSections.*.body`). */
  fields: string[];
}

export const LanguageTabs = ({ fields }: LanguageTabsProps) => {
  const { t, intl } = useTranslate();
  const { language, setLanguage, languages, defaultLanguage } = useLanguage();
  const values = useForm('LanguageTabs', (state) => state.values);
  const errors = useForm('LanguageTabs', (state) => state.errors);
  const erroneous = languagesWithErrors(errors, languages);

  useEffect(() => {
    if (erroneous.size > 0 && !erroneous.has(language)) setLanguage([...erroneous][0]);
    // Only a new set of errors moves the tab; the editor may then switch freely.
  }, [errors]);

  return (
    <Box paddingBottom={4}>
      <Tabs.Root variant="simple" value={language} onValueChange={setLanguage}>
        <Tabs.List aria-label={t('languages.label')}>
          {languages.map((code) => {
            const missing = countMissing(values, fields, code, defaultLanguage);
            return (
              <Tabs.Trigger key={code} value={code}>
                <Flex gap={2} tag="span">
                  {languageLabel(code, intl.locale)}
                  {code === defaultLanguage ? <Badge size="S">{t('languages.default')}</Badge> : null}
                  {erroneous.has(code) ? (
                    <DangerBadge size="S">{t('languages.errors')}</DangerBadge>
                  ) : missing > 0 ? (
                    <WarningBadge size="S" title={t('languages.missing.title', { count: missing })}>
                      {t('languages.missing', { count: missing })}
                    </WarningBadge>
                  ) : null}
                </Flex>
              </Tabs.Trigger>
            );
          })}
        </Tabs.List>
        {/* Each tab controls a panel (WCAG: a tab names the panel it shows); the fields below follow the chosen language. */}
        {languages.map((code) => (
          <Tabs.Content key={code} value={code} tabIndex={-1}>
            <VisuallyHidden>{t('languages.panel', { language: languageName(code, intl.locale) })}</VisuallyHidden>
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <Divider />
    </Box>
  );
};
