import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, EmptyStateLayout, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../translations';

interface RegisterRow {
  documentId: string;
  slug: string;
  title: Record<string, string>;
  status: { versions: number; latestVersion: number | null; latestUpdatedOn: string | null; hasUnpublishedChanges: boolean };
}

/** The registers with their latest version, its päivitetty date and whether there are unpublished edits. */
export const RegistersPage = () => {
  const { formatMessage, formatDate, locale } = useIntl();
  const { get } = useFetchClient();
  const [registers, setRegisters] = useState<RegisterRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  useEffect(() => {
    get<{ data: RegisterRow[] }>(`/${PLUGIN_ID}/registers?pageSize=100`)
      .then(({ data }) => setRegisters(data.data))
      .catch(() => setFailed(true));
  }, [get]);

  if (failed) return <Page.Error />;
  if (!registers) return <Page.Loading />;

  const titleOf = (register: RegisterRow) => register.title[locale.slice(0, 2)] ?? Object.values(register.title)[0] ?? register.slug;

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Privacy notices')}</Page.Title>
      <Layouts.Header title={t('registers.title', 'Registers')} subtitle={t('registers.subtitle', 'Privacy notices and their published versions')} />
      <Layouts.Content>
        {registers.length === 0 ? (
          <EmptyStateLayout content={t('registers.empty', 'No registers yet. Create one through the admin API or import a legacy notice.')} />
        ) : (
          <Table colCount={5} rowCount={registers.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('registers.column.title', 'Register')}</Typography></Th>
                <Th><Typography variant="sigma">{t('registers.column.slug', 'Slug')}</Typography></Th>
                <Th><Typography variant="sigma">{t('registers.column.version', 'Latest version')}</Typography></Th>
                <Th><Typography variant="sigma">{t('registers.column.updatedOn', 'Last updated')}</Typography></Th>
                <Th><Typography variant="sigma">{t('registers.column.changes', 'Unpublished changes')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {registers.map((register) => (
                <Tr key={register.documentId}>
                  <Td><Typography textColor="neutral800">{titleOf(register)}</Typography></Td>
                  <Td><Typography>{register.slug}</Typography></Td>
                  <Td><Typography>{register.status.latestVersion ?? '–'}</Typography></Td>
                  <Td>
                    <Typography>
                      {register.status.latestUpdatedOn ? formatDate(register.status.latestUpdatedOn, { dateStyle: 'medium' }) : '–'}
                    </Typography>
                  </Td>
                  <Td>
                    <Badge active={register.status.hasUnpublishedChanges}>
                      {register.status.hasUnpublishedChanges ? t('common.yes', 'Yes') : t('common.no', 'No')}
                    </Badge>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
