/** The recipients outside the EU/EEA: the notice derives its transfers section from them. */
import { Box, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { isOutsideEea } from '../../../../../server/src/domain/countries';
import type { Recipient } from '../../../api/types';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import { countryName, textIn } from '../../../utils/text';
import { useEntryCache } from '../EntryCache';

export const TransfersSummary = () => {
  const { t, intl } = useTranslate();
  const labels = useLabels();
  const cache = useEntryCache();
  const { language, defaultLanguage } = useLanguage();
  const { value } = useField<string[]>('recipients');
  const transfers = (value ?? [])
    .map((id) => cache.entry(id) as Recipient | undefined)
    .filter((recipient): recipient is Recipient => Boolean(recipient?.country && isOutsideEea(recipient.country)));

  return (
    <Box padding={4} hasRadius background="neutral100">
      {transfers.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('compose.transfers.none')}
        </Typography>
      ) : (
        <>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {t('compose.transfers.derived')}
          </Typography>
          <Box tag="ul" paddingLeft={5} paddingTop={2} style={{ listStyle: 'disc' }}>
            {transfers.map((recipient) => (
              <li key={recipient.documentId}>
                <Typography variant="pi">
                  {`${textIn(recipient.name, language, defaultLanguage)} — ${countryName(recipient.country!, intl.locale)}: ${
                    recipient.transferSafeguard ? labels.option('transferSafeguard', recipient.transferSafeguard) : t('compose.transfers.noSafeguard')
                  }`}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
};
