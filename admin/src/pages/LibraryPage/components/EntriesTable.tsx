import { Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import type { LibraryEntry, LibraryKind, UsedBy } from '../../../api/types';
import { entryDetail, entryName } from '../../../components/library/describe';
import { useSettings } from '../../../components/SettingsProvider';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import { formatMoment } from '../../../utils/dates';

interface EntriesTableProps {
  kind: LibraryKind;
  entries: LibraryEntry[];
  canCompose: boolean;
  onEdit: (entry: LibraryEntry) => void;
  onDelete: (entry: LibraryEntry) => void;
}

/** One kind of library entries: name, what matters about each, when it last changed. */
export const EntriesTable = ({ kind, entries, canCompose, onEdit, onDelete }: EntriesTableProps) => {
  const { t, intl } = useTranslate();
  const labels = useLabels();
  const { defaultLanguage } = useSettings();
  const language = intl.locale.slice(0, 2);
  return (
    <Table colCount={5} rowCount={entries.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('library.column.name')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('library.column.details')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('library.column.usedBy')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('library.column.updatedAt')}</Typography>
          </Th>
          <Th>
            <VisuallyHidden>{t('library.column.actions')}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => {
          const name = entryName(kind, entry, language, defaultLanguage);
          return (
            <Tr key={entry.documentId} onClick={() => onEdit(entry)} style={{ cursor: 'pointer' }}>
              <Td>
                <Typography textColor="neutral800" fontWeight="semiBold">
                  {name}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral600">{entryDetail(kind, entry, labels, language, intl.locale) || '–'}</Typography>
              </Td>
              <Td>
                <UsedByCell usedBy={entry.usedBy} />
              </Td>
              <Td>
                <Typography textColor="neutral600">{entry.updatedAt ? formatMoment(entry.updatedAt, intl.locale) : '–'}</Typography>
              </Td>
              <Td onClick={(event) => event.stopPropagation()}>
                <Flex gap={1} justifyContent="flex-end">
                  <IconButton variant="ghost" label={t('library.editEntry', { name })} onClick={() => onEdit(entry)}>
                    <Pencil />
                  </IconButton>
                  {canCompose ? (
                    <IconButton variant="ghost" label={t('library.deleteEntry', { name })} onClick={() => onDelete(entry)}>
                      <Trash />
                    </IconButton>
                  ) : null}
                </Flex>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

/** The registers an entry serves: their names, or that none uses it (it can then be deleted). */
const UsedByCell = ({ usedBy }: { usedBy?: UsedBy[] }) => {
  const { t } = useTranslate();
  if (!usedBy) return <Typography textColor="neutral600">–</Typography>;
  if (usedBy.length === 0) return <Typography textColor="neutral500">{t('library.usedBy.none')}</Typography>;
  const names = usedBy.map((register) => register.title || register.slug);
  return (
    <Typography textColor="neutral700" title={names.join(', ')}>
      {names.length <= 2 ? names.join(', ') : t('library.usedBy.more', { first: names[0], count: names.length - 1 })}
    </Typography>
  );
};
