/** The registers with their latest version, its päivitetty date, unpublished changes and completeness. */
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ClockCounterClockwise, Pencil } from '@strapi/icons';
import type { Register } from '../../api/types';
import { useSettings } from '../../components/SettingsProvider';
import { useTranslate } from '../../hooks/useTranslate';
import { formatDay } from '../../utils/dates';
import { textIn } from '../../utils/text';
import { WarningBadge } from '../../components/Badges';

export const RegistersTable = ({ registers }: { registers: Register[] }) => {
  const { t, intl } = useTranslate();
  const navigate = useNavigate();
  const { defaultLanguage } = useSettings();
  const uiLanguage = intl.locale.slice(0, 2);
  // Shown once the server reports completeness in the list.
  const withCompleteness = registers.some((register) => register.status?.completeness);
  const stop = (event: MouseEvent) => event.stopPropagation();

  return (
    <Table colCount={withCompleteness ? 7 : 6} rowCount={registers.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('registers.column.title')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('registers.column.slug')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('registers.column.version')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('registers.column.updatedOn')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('registers.column.changes')}</Typography>
          </Th>
          {withCompleteness ? (
            <Th>
              <Typography variant="sigma">{t('registers.column.completeness')}</Typography>
            </Th>
          ) : null}
          <Th>
            <VisuallyHidden>{t('registers.column.actions')}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {registers.map((register) => {
          const { status } = register;
          const title = textIn(register.title, uiLanguage, defaultLanguage) || register.slug;
          const completeness = status?.completeness;
          return (
            <Tr key={register.documentId} onClick={() => navigate(register.documentId)} style={{ cursor: 'pointer' }}>
              <Td>
                <Flex gap={2}>
                  <Typography textColor="neutral800" fontWeight="semiBold">
                    {title}
                  </Typography>
                  {register.archived ? <Badge>{t('registers.archived')}</Badge> : null}
                </Flex>
              </Td>
              <Td>
                <Typography textColor="neutral600">{register.slug}</Typography>
              </Td>
              <Td>
                <Flex gap={2} wrap="wrap">
                  <Typography>{status?.latestVersion ?? '–'}</Typography>
                  {/* An announced version: readers get the one before it until it takes effect. */}
                  {status?.latestEffectiveFrom && Date.parse(status.latestEffectiveFrom) > Date.now() ? (
                    <WarningBadge>{t('registers.upcoming', { date: formatDay(status.latestEffectiveFrom, intl.locale) })}</WarningBadge>
                  ) : null}
                </Flex>
              </Td>
              <Td>
                <Typography>{status?.latestUpdatedOn ? formatDay(status.latestUpdatedOn, intl.locale) : '–'}</Typography>
              </Td>
              <Td>
                {status?.hasUnpublishedChanges ? (
                  <WarningBadge>{status.latestVersion ? t('common.yes') : t('registers.neverPublished')}</WarningBadge>
                ) : (
                  <Badge variant="success">{t('common.no')}</Badge>
                )}
              </Td>
              {withCompleteness ? (
                <Td>
                  {completeness ? (
                    completeness.present >= completeness.required ? (
                      <Badge variant="success">{t('registers.completeness', { present: completeness.present, required: completeness.required })}</Badge>
                    ) : (
                      <WarningBadge>{t('registers.completeness', { present: completeness.present, required: completeness.required })}</WarningBadge>
                    )
                  ) : (
                    '–'
                  )}
                </Td>
              ) : null}
              <Td onClick={stop}>
                <Flex gap={1} justifyContent="flex-end">
                  <IconButton variant="ghost" label={t('registers.history', { title })} onClick={() => navigate(`${register.documentId}/history`)}>
                    <ClockCounterClockwise />
                  </IconButton>
                  <IconButton variant="ghost" label={t('registers.edit', { title })} onClick={() => navigate(register.documentId)}>
                    <Pencil />
                  </IconButton>
                </Flex>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
