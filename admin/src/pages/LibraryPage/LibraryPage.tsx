/**
 * The reusable parts registers are composed of (controllers, purposes, data categories,
 * recipients): list, search, create, edit and delete. An entry still in use is not deleted; the
 * registers using it are listed instead.
 */
import { useState } from 'react';
import { Button, Dialog, EmptyStateLayout, Flex } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { ConfirmDialog, Layouts, Page, Pagination, SearchInput, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useDeleteEntryMutation, useListEntriesQuery } from '../../api/queries';
import { usedByOf } from '../../api/errors';
import { useErrorText } from '../../hooks/useErrorText';
import type { LibraryEntry, LibraryKind, UsedBy } from '../../api/types';
import { entryName } from '../../components/library/describe';
import { EntryModal } from '../../components/library/EntryModal';
import { useSettings } from '../../components/SettingsProvider';
import { usePermissions } from '../../hooks/usePermissions';
import { useTranslate } from '../../hooks/useTranslate';
import { useLabels } from '../../labels';
import { EntriesTable } from './components/EntriesTable';
import { InUseDialog } from './components/InUseDialog';

interface ListParams {
  page?: string;
  pageSize?: string;
  _q?: string;
}

export const LibraryPage = ({ kind }: { kind: LibraryKind }) => {
  const [deleteEntry] = useDeleteEntryMutation();
  const labels = useLabels();
  const { t, intl } = useTranslate();
  const { toggleNotification } = useNotification();
  const errorText = useErrorText();
  const { defaultLanguage } = useSettings();
  const { canCompose } = usePermissions();
  const [{ query }] = useQueryParams<ListParams>();
  const listQuery = { q: query._q || undefined, page: query.page ?? 1, pageSize: query.pageSize ?? 10 };
  // Saving, creating and deleting invalidate the list: the client asks for it again by itself.
  const { data, error } = useListEntriesQuery({ kind, query: listQuery });
  const [editing, setEditing] = useState<LibraryEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [refused, setRefused] = useState<{ name: string; usedBy: UsedBy[] } | null>(null);

  if (error) return <Page.Error />;
  if (!data) return <Page.Loading />;
  const entries = data.data as LibraryEntry[];
  const { pagination } = data.meta;
  const nameOf = (entry: LibraryEntry) => entryName(kind, entry, intl.locale.slice(0, 2), defaultLanguage);

  const remove = async () => {
    if (!deleting) return;
    const entry = deleting;
    setDeleting(null);
    try {
      await deleteEntry({ kind, documentId: entry.documentId }).unwrap();
      toggleNotification({ type: 'success', message: labels.kind(kind, 'deleted') });
    } catch (failure) {
      const usedBy = usedByOf(failure);
      if (usedBy) setRefused({ name: nameOf(entry), usedBy });
      else toggleNotification({ type: 'danger', message: errorText(failure) });
    }
  };

  const createButton = (
    <Button startIcon={<Plus />} onClick={() => setEditing('new')}>
      {labels.kind(kind, 'create')}
    </Button>
  );

  return (
    <Page.Main>
      <Page.Title>{labels.kind(kind, 'title')}</Page.Title>
      <Layouts.Header
        title={labels.kind(kind, 'title')}
        subtitle={labels.kind(kind, 'subtitle', { count: pagination.total })}
        primaryAction={canCompose ? createButton : null}
      />
      <Layouts.Action startActions={<SearchInput label={t('form.search')} />} />
      <Layouts.Content>
        {entries.length === 0 ? (
          <EmptyStateLayout content={query._q ? t('pick.noMatches') : labels.kind(kind, 'empty')} action={canCompose && !query._q ? createButton : undefined} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <EntriesTable kind={kind} entries={entries} canCompose={canCompose} onEdit={setEditing} onDelete={setDeleting} />
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={pagination.pageSize}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
      </Layouts.Content>
      <EntryModal
        kind={kind}
        entry={editing === 'new' ? null : editing}
        open={editing !== null}
        readOnly={!canCompose}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      <Dialog.Root open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <ConfirmDialog onConfirm={remove} variant="danger-light">
          {deleting ? t('library.delete.confirm', { name: nameOf(deleting) }) : ''}
        </ConfirmDialog>
      </Dialog.Root>
      <InUseDialog name={refused?.name ?? ''} usedBy={refused?.usedBy ?? null} onClose={() => setRefused(null)} />
    </Page.Main>
  );
};
