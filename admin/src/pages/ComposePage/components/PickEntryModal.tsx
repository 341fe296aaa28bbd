/**
 * Choose library entries for the register, or create a new one, without leaving the compose page.
 */
import { useState } from 'react';
import { Badge, Box, Button, EmptyStateLayout, Flex, Loader, Modal, Searchbar, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useDebounce } from '@strapi/strapi/admin';
import { useListEntriesQuery } from '../../../api/queries';
import type { LibraryEntry, LibraryKind } from '../../../api/types';
import { entryDetail, entryName } from '../../../components/library/describe';
import { EntryEditor } from '../../../components/library/EntryEditor';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';

interface PickEntryModalProps {
  kind: LibraryKind;
  open: boolean;
  onClose: () => void;
  /** documentIds already in the register. */
  chosen: string[];
  onPick: (entry: LibraryEntry) => void;
  /** Several entries (purposes, …) stay open for more; one (the controller) closes on choosing. */
  multiple: boolean;
}

export const PickEntryModal = ({ kind, open, onClose, chosen, onPick, multiple }: PickEntryModalProps) => {
  const labels = useLabels();
  const { t } = useTranslate();
  const [creating, setCreating] = useState(false);
  const close = () => {
    setCreating(false);
    onClose();
  };
  const pick = (entry: LibraryEntry) => {
    onPick(entry);
    if (!multiple) close();
  };

  return (
    <Modal.Root open={open} onOpenChange={(isOpen) => !isOpen && close()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{labels.kind(kind, creating ? 'create' : 'pick')}</Modal.Title>
        </Modal.Header>
        {creating ? (
          <EntryEditor
            kind={kind}
            onSaved={(entry) => {
              onPick(entry);
              close();
            }}
            cancel={
              <Button variant="tertiary" onClick={() => setCreating(false)}>
                {t('form.back')}
              </Button>
            }
          />
        ) : (
          <>
            <Modal.Body>
              <EntryChoices kind={kind} chosen={chosen} onPick={pick} onCreate={() => setCreating(true)} multiple={multiple} />
            </Modal.Body>
            <Modal.Footer>
              <Button variant="secondary" startIcon={<Plus />} onClick={() => setCreating(true)}>
                {labels.kind(kind, 'create')}
              </Button>
              <Modal.Close>
                <Button variant="tertiary">{t('form.done')}</Button>
              </Modal.Close>
            </Modal.Footer>
          </>
        )}
      </Modal.Content>
    </Modal.Root>
  );
};

interface EntryChoicesProps {
  kind: LibraryKind;
  chosen: string[];
  onPick: (entry: LibraryEntry) => void;
  onCreate: () => void;
  multiple: boolean;
}

const EntryChoices = ({ kind, chosen, onPick, onCreate, multiple }: EntryChoicesProps) => {
  const labels = useLabels();
  const { t, intl } = useTranslate();
  const { language, defaultLanguage } = useLanguage();
  const [search, setSearch] = useState('');
  const q = useDebounce(search.trim(), 250);
  const { data, isFetching: isLoading } = useListEntriesQuery({ kind, query: { q: q ? encodeURIComponent(q) : undefined, pageSize: 100 } });
  const entries = (data?.data ?? []) as LibraryEntry[];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Searchbar
        name="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onClear={() => setSearch('')}
        clearLabel={t('form.clear')}
        placeholder={t('form.search')}
      >
        {t('form.search')}
      </Searchbar>
      {isLoading && !data ? (
        <Flex justifyContent="center" padding={6}>
          <Loader small>{t('form.loading')}</Loader>
        </Flex>
      ) : entries.length === 0 ? (
        <EmptyStateLayout
          content={q ? t('pick.noMatches') : labels.kind(kind, 'empty')}
          action={
            <Button variant="secondary" startIcon={<Plus />} onClick={onCreate}>
              {labels.kind(kind, 'create')}
            </Button>
          }
        />
      ) : (
        <Table colCount={2} rowCount={entries.length}>
          <Tbody>
            {entries.map((entry) => {
              const added = chosen.includes(entry.documentId);
              return (
                <Tr key={entry.documentId}>
                  <Td>
                    <Box paddingTop={2} paddingBottom={2}>
                      <Typography fontWeight="semiBold" textColor="neutral800" tag="p">
                        {entryName(kind, entry, language, defaultLanguage)}
                      </Typography>
                      <Typography variant="pi" textColor="neutral600" tag="p">
                        {entryDetail(kind, entry, labels, language, intl.locale)}
                      </Typography>
                    </Box>
                  </Td>
                  <Td>
                    <Flex justifyContent="flex-end">
                      {added ? (
                        <Badge>{multiple ? t('pick.added') : t('pick.current')}</Badge>
                      ) : (
                        <Button variant="secondary" size="S" onClick={() => onPick(entry)}>
                          {multiple ? t('pick.add') : t('pick.choose')}
                        </Button>
                      )}
                    </Flex>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
