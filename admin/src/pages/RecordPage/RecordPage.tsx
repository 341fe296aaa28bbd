/**
 * Record of processing (GDPR Art 30(1)): the published versions in force on a chosen date, one per
 * register with its version and record hash, downloadable as CSV or XLSX or opened to print; and
 * what each register still lacks for the record (the Art 30 view).
 */
import { useState } from 'react';
import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download, Eye } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { todayIn } from '../../../../server/src/domain/dates';
import { downloadRecordFile, useGetRecordGapsQuery, useGetRecordQuery } from '../../api/queries';
import { useSettings } from '../../components/SettingsProvider';
import { useTranslate } from '../../hooks/useTranslate';
import { PERMISSIONS } from '../../permissions';
import { RecordGapsTable } from './RecordGapsTable';
import type { RecordFileFormat } from './types';

const RECORD_LANGUAGES = ['fi', 'sv', 'en'];

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const RecordPage = () => {
  const { t, intl } = useTranslate();
  const { allowedActions, isLoading: checking } = useRBAC(PERMISSIONS.exportRecord);
  // Today as the plugin's time zone has it: the date the server takes when none is given.
  const { timeZone } = useSettings();
  const [at, setAt] = useState(() => todayIn(timeZone));
  const locale = RECORD_LANGUAGES.includes(intl.locale.slice(0, 2)) ? intl.locale.slice(0, 2) : 'en';
  const allowed = Boolean(allowedActions.canExportRecord);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(at);
  const record = useGetRecordQuery({ at, locale }, { skip: !allowed || !validDate });
  const gaps = useGetRecordGapsQuery(undefined, { skip: !allowed });

  if (checking) return <Page.Loading />;
  if (!allowed) return <Page.NoPermissions />;

  const open = async (format: RecordFileFormat) => {
    const blob = await downloadRecordFile(format, at, locale);
    if (format === 'html') window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    else saveBlob(blob, `record-of-processing-${at}.${format}`);
  };

  return (
    <Page.Main>
      <Page.Title>{t('record.title')}</Page.Title>
      <Layouts.Header title={t('record.title')} subtitle={t('record.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box width="16rem">
              <Field.Root name="at" hint={t('record.at.hint')} error={validDate ? undefined : t('record.at.invalid')}>
                <Field.Label>{t('record.at.label')}</Field.Label>
                <TextInput type="date" value={at} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAt(event.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Box>
            <Button variant="secondary" startIcon={<Download />} disabled={!validDate} onClick={() => open('csv')}>
              {t('record.download.csv')}
            </Button>
            <Button variant="secondary" startIcon={<Download />} disabled={!validDate} onClick={() => open('xlsx')}>
              {t('record.download.xlsx')}
            </Button>
            <Button variant="tertiary" startIcon={<Eye />} disabled={!validDate} onClick={() => open('html')}>
              {t('record.print')}
            </Button>
          </Flex>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            {record.error ? (
              <Typography textColor="danger600">{t('record.failed')}</Typography>
            ) : !record.data ? (
              <Typography>{t('record.loading')}</Typography>
            ) : record.data.entries.length === 0 ? (
              <Typography>{t('record.empty')}</Typography>
            ) : (
              <Table colCount={5} rowCount={record.data.entries.length + 1} aria-label={t('record.entries')}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{t('record.column.register')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('record.column.version')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('record.column.effectiveFrom')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('record.column.transfers')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('record.column.recordHash')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {record.data.entries.map((entry) => (
                    <Tr key={entry.slug}>
                      <Td><Typography fontWeight="bold">{entry.title}</Typography></Td>
                      <Td><Badge>{entry.version}</Badge></Td>
                      <Td><Typography>{intl.formatDate(entry.effectiveFrom, { dateStyle: 'medium', timeStyle: 'short' })}</Typography></Td>
                      <Td><Typography>{entry.transfers.length === 0 ? t('record.noTransfers') : entry.transfers.map((x) => `${x.recipient} (${x.country})`).join(', ')}</Typography></Td>
                      <Td><Typography title={entry.recordHash ?? ''}><code>{entry.recordHash?.slice(0, 16)}…</code></Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Box>

          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="delta" tag="h2">{t('record.gaps.title')}</Typography>
            <Typography textColor="neutral600">{t('record.gaps.subtitle')}</Typography>
            {gaps.data ? <RecordGapsTable registers={gaps.data} /> : gaps.error ? <Typography textColor="danger600">{t('record.failed')}</Typography> : null}
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
