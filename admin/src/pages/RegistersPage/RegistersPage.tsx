/** The registers (privacy notices) with their publishing status: search, pages, create and import. */
import { useState } from 'react';
import { Button, EmptyStateLayout, Flex, LinkButton } from '@strapi/design-system';
import { Plus, Upload } from '@strapi/icons';
import { Layouts, Page, Pagination, SearchInput, useQueryParams } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { useEntryList } from '../../api/queries';
import { usePermissions } from '../../hooks/usePermissions';
import { useTranslate } from '../../hooks/useTranslate';
import { CreateRegisterModal } from './CreateRegisterModal';
import { RegistersTable } from './RegistersTable';

interface ListParams {
  page?: string;
  pageSize?: string;
  _q?: string;
}

export const RegistersPage = () => {
  const { t } = useTranslate();
  const { canCompose } = usePermissions();
  const [creating, setCreating] = useState(false);
  const [{ query }] = useQueryParams<ListParams>();
  const listQuery = { q: query._q || undefined, page: query.page ?? 1, pageSize: query.pageSize ?? 10 };
  const { data, error } = useEntryList('registers', listQuery);

  if (error) return <Page.Error />;
  if (!data) return <Page.Loading />;
  const { pagination } = data.meta;

  const createButton = (
    <Button startIcon={<Plus />} onClick={() => setCreating(true)}>
      {t('registers.create')}
    </Button>
  );

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header
        title={t('registers.title')}
        subtitle={t('registers.subtitle', { count: pagination.total })}
        primaryAction={
          canCompose ? (
            <Flex gap={2}>
              {/* Import of legacy notices (a text or .docx seloste) into draft registers. */}
              <LinkButton tag={Link} to="../import" variant="secondary" startIcon={<Upload />}>
                {t('registers.import')}
              </LinkButton>
              {createButton}
            </Flex>
          ) : null
        }
      />
      <Layouts.Action startActions={<SearchInput label={t('registers.search')} />} />
      <Layouts.Content>
        {data.data.length === 0 ? (
          <EmptyStateLayout content={query._q ? t('registers.noMatches') : t('registers.empty')} action={canCompose && !query._q ? createButton : undefined} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <RegistersTable registers={data.data} />
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={pagination.pageSize}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
      </Layouts.Content>
      {canCompose ? <CreateRegisterModal open={creating} onClose={() => setCreating(false)} /> : null}
    </Page.Main>
  );
};
