/** The Art 30 view: per register, the record items (GDPR Art 30(1)(a)–(g)) it still lacks, each article cited as the notice cites it. */
import { Box, Flex, Typography } from '@strapi/design-system';
import { citeArticle } from '../../../../server/src/domain/articles';
import { DangerBadge, TintBadge } from '../../components/Badges';
import { useTranslate } from '../../hooks/useTranslate';
import type { RecordGaps } from './types';

export const RecordGapsTable = ({ registers }: { registers: RecordGaps[] }) => {
  const { t, intl } = useTranslate();
  const language = intl.locale.split('-')[0];
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {registers.map((register) => {
        const missing = register.items.filter((item) => item.status === 'missing');
        return (
          <Box key={register.documentId} background="neutral0" hasRadius padding={3} shadow="filterShadow" data-register={register.slug}>
            <Flex gap={2} wrap="wrap" alignItems="center">
              <Typography fontWeight="bold">{register.title}</Typography>
              {missing.length === 0 ? (
                <TintBadge tone="success">{t('record.gaps.complete')}</TintBadge>
              ) : (
                missing.map((item) => (
                  <DangerBadge key={item.id}>{t('record.gaps.missing', { item: t(`record.item.${item.id}`), article: citeArticle(item.article, language) })}</DangerBadge>
                ))
              )}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
