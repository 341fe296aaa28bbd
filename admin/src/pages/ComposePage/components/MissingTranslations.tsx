/**
 * Before publishing: per language, the texts a reader of that language would get in the default
 * language for want of a translation (the preview's `untranslated`, library entries included).
 */
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { fieldRef } from '../../../../../server/src/domain/completeness/field-refs';
import { useGetPreviewInfoQuery } from '../../../api/queries';
import { useCompletenessWords } from '../../../components/CompletenessPanel/useCompletenessWords';
import { useSettings } from '../../../components/SettingsProvider';
import { useTranslate } from '../../../hooks/useTranslate';
import { languageLabel, languageName } from '../../../utils/text';

/** A preview path (`purposes.0.title`, `extraSections.1.body`) as the completeness check names fields. */
const refOf = (path: string) =>
  path.startsWith('extraSections.') ? { scope: 'register' as const, name: 'extraSections' } : fieldRef(path.replace(/^(purposes|dataCategories|recipients)\.(\d+)\./, '$1[$2].'));

const LanguageLine = ({ documentId, language }: { documentId: string; language: string }) => {
  const { t, intl } = useTranslate();
  const words = useCompletenessWords();
  const { defaultLanguage } = useSettings();
  const { data, isError } = useGetPreviewInfoQuery({ documentId, locale: language });
  const name = languageLabel(language, intl.locale);
  if (isError) return null;
  if (!data) {
    return (
      <li>
        <Loader small>{name}</Loader>
      </li>
    );
  }
  const fields = [...new Set(data.untranslated.map((path) => words.field(refOf(path))))];
  const fallback = languageName(defaultLanguage, intl.locale);
  // Served in another language: the notice has no text in this one at all.
  const none = data.locale !== language;
  return (
    <li>
      <Typography tag="span" fontWeight="semiBold">{`${name}: `}</Typography>
      <Typography tag="span">
        {none
          ? t('publish.translations.none', { fallback })
          : fields.length === 0
            ? t('publish.translations.complete')
            : t('publish.translations.missing', { count: fields.length, fields: fields.join(', '), fallback })}
      </Typography>
    </li>
  );
};

export const MissingTranslations = ({ documentId }: { documentId: string }) => {
  const { t } = useTranslate();
  const { languages, defaultLanguage } = useSettings();
  const others = languages.filter((language) => language !== defaultLanguage);
  if (others.length === 0) return null;
  return (
    <Box padding={4} hasRadius background="neutral100" borderColor="neutral200" role="group" aria-labelledby="publish-translations-title">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography id="publish-translations-title" fontWeight="bold" tag="h3">
          {t('publish.translations.title')}
        </Typography>
        <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
          {others.map((language) => (
            <LanguageLine key={language} documentId={documentId} language={language} />
          ))}
        </Box>
      </Flex>
    </Box>
  );
};
