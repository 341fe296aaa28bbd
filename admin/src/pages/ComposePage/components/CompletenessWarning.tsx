/**
 * The gaps the GDPR Art 13/14 completeness check finds, shown before publishing. Publishing an
 * incomplete notice is allowed; nothing is shown when the notice is complete or the server has no check.
 */
import { useState } from 'react';
import { Alert, Box, Typography } from '@strapi/design-system';
import { usePrivacyNoticesApi } from '../../../api/client';
import { useLoader } from '../../../api/useLoader';
import { useTranslate } from '../../../hooks/useTranslate';

export const CompletenessWarning = ({ documentId }: { documentId: string }) => {
  const api = usePrivacyNoticesApi();
  const { t, intl } = useTranslate();
  const [dismissed, setDismissed] = useState(false);
  const { data: report } = useLoader(() => api.check(documentId, intl.locale.slice(0, 2)).catch(() => null), `check:${documentId}`);
  if (!report || report.complete || dismissed) return null;
  const missing = report.items.filter((item) => item.status === 'missing');
  return (
    <Alert variant="warning" closeLabel={t('form.close')} onClose={() => setDismissed(true)} title={t('publish.incomplete.title', { count: missing.length })}>
      <Typography>{t('publish.incomplete.body')}</Typography>
      <Box tag="ul" paddingLeft={5} paddingTop={1} style={{ listStyle: 'disc' }}>
        {missing.map((item) => (
          <li key={item.id}>
            <Typography>{`${item.label} (${t('publish.incomplete.article', { article: item.article })})`}</Typography>
          </li>
        ))}
      </Box>
    </Alert>
  );
};
