/** Two versions compared section by section in one language (from the server's diff). */
import { useState } from 'react';
import { Box, Checkbox, EmptyStateLayout, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { apiErrorOf } from '../../../api/errors';
import { useGetDiffQuery } from '../../../api/queries';
import { useTranslate } from '../../../hooks/useTranslate';
import { SectionDiffCard } from './SectionDiffCard';

interface ComparisonProps {
  documentId: string;
  from: number;
  to: number;
  locale: string;
}

export const Comparison = ({ documentId, from, to, locale }: ComparisonProps) => {
  const { t } = useTranslate();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { data, error, isFetching: isLoading } = useGetDiffQuery({ documentId, from, to, locale });

  if (error) {
    const missing = apiErrorOf(error)?.status === 404;
    return <EmptyStateLayout content={missing ? t('history.compare.unavailable') : (apiErrorOf(error)?.message ?? t('history.compare.failed'))} />;
  }
  if (!data || isLoading) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('form.loading')}</Loader>
      </Flex>
    );
  }

  const changed = data.sections.filter((section) => section.status !== 'unchanged');
  const shown = showUnchanged ? data.sections : changed;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="comparison">
      <Flex justifyContent="space-between" gap={4} wrap="wrap">
        <Typography variant="omega" textColor="neutral600">
          {t('history.compare.summary', { count: changed.length })}
        </Typography>
        <Checkbox checked={showUnchanged} onCheckedChange={(checked) => setShowUnchanged(checked === true)}>
          {t('history.compare.showUnchanged')}
        </Checkbox>
      </Flex>
      <Box paddingLeft={6} paddingRight={6}>
        <Grid.Root gap={4}>
          <Grid.Item col={6} direction="column" alignItems="flex-start">
            <Typography variant="sigma" textColor="danger700">
              {t('history.compare.version', { version: from })}
            </Typography>
          </Grid.Item>
          <Grid.Item col={6} direction="column" alignItems="flex-start">
            <Typography variant="sigma" textColor="success700">
              {t('history.compare.version', { version: to })}
            </Typography>
          </Grid.Item>
        </Grid.Root>
      </Box>
      {shown.length === 0 ? <EmptyStateLayout content={t('history.compare.identical')} /> : shown.map((section) => <SectionDiffCard key={section.id} section={section} />)}
    </Flex>
  );
};
