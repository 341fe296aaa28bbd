/**
 * The register's purposes, data categories or recipients: in the order the notice lists them,
 * reordered by dragging (or with the keyboard), each editable in place; new ones picked or created
 * in a modal.
 */
import { useRef, useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Box, Button, Field, Flex, IconButton, Typography } from '@strapi/design-system';
import { Drag, Pencil, Plus, Trash } from '@strapi/icons';
import { useCheckedField } from '../../../components/checks/CheckedFields';
import type { LibraryEntry, LibraryKind } from '../../../api/types';
import { entryDetail, entryName } from '../../../components/library/describe';
import { EntryModal } from '../../../components/library/EntryModal';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useFormDisabled } from '../../../hooks/useFormDisabled';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import { useEntryCache } from '../EntryCache';
import { PickEntryModal } from './PickEntryModal';

interface RelationListProps {
  name: string;
  kind: LibraryKind;
  label: string;
  hint?: string;
}

export const RelationList = ({ name, kind, label, hint }: RelationListProps) => {
  const labels = useLabels();
  const cache = useEntryCache();
  const disabled = useFormDisabled();
  const { value, error, rawError, onChange } = useCheckedField<string[]>(name);
  const ids = value ?? [];
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<LibraryEntry | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const accessibility = useReorderAnnouncements(kind, ids);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(name, arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  // The server names a failing entry by its position: ['purposes', '1'].
  const itemErrors = Array.isArray(rawError) || (rawError && typeof rawError === 'object') ? (rawError as Record<string, string>) : {};

  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Field.Label>{label}</Field.Label>
        {ids.length === 0 ? (
          <Box padding={4} hasRadius borderColor="neutral200" borderStyle="dashed" borderWidth="1px" background="neutral100">
            <Typography variant="pi" textColor="neutral600">
              {labels.kind(kind, 'empty')}
            </Typography>
          </Box>
        ) : (
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <Flex tag="ol" direction="column" alignItems="stretch" gap={2} aria-label={label}>
                {ids.map((id, index) => (
                  <SortableEntry
                    key={id}
                    id={id}
                    kind={kind}
                    entry={cache.entry(id)}
                    error={itemErrors[index]}
                    disabled={disabled}
                    onEdit={setEditing}
                    onRemove={() => onChange(name, ids.filter((other) => other !== id))}
                  />
                ))}
              </Flex>
            </SortableContext>
          </DndContext>
        )}
        <Field.Hint />
        <Field.Error />
        {disabled ? null : (
          <Box>
            <Button variant="secondary" startIcon={<Plus />} onClick={() => setPicking(true)}>
              {labels.kind(kind, 'add')}
            </Button>
          </Box>
        )}
      </Flex>
      <PickEntryModal
        kind={kind}
        open={picking}
        onClose={() => setPicking(false)}
        chosen={ids}
        multiple
        onPick={(entry) => {
          cache.remember([entry]);
          onChange(name, [...ids.filter((id) => id !== entry.documentId), entry.documentId]);
        }}
      />
      <EntryModal
        kind={kind}
        entry={editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(entry) => {
          cache.remember([entry]);
          setEditing(null);
        }}
      />
    </Field.Root>
  );
};

/**
 * What a screen reader hears while an entry is moved with the keyboard or the mouse: the entry's
 * name and its place in the list, in the admin's language.
 */
function useReorderAnnouncements(kind: LibraryKind, ids: string[]): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslate();
  const cache = useEntryCache();
  const { language, defaultLanguage } = useLanguage();
  const nameOf = (id: UniqueIdentifier) => {
    const entry = cache.entry(String(id));
    return entry ? entryName(kind, entry, language, defaultLanguage) : t('relation.announce.unnamed');
  };
  const place = (id: UniqueIdentifier) => ({ position: ids.indexOf(String(id)) + 1, count: ids.length });
  // Picked up, the entry is over its own place: that is not a move, and the pickup is what is said.
  const moved = useRef(false);
  return {
    screenReaderInstructions: { draggable: t('relation.announce.instructions') },
    announcements: {
      onDragStart: ({ active }) => {
        moved.current = false;
        return t('relation.announce.start', { name: nameOf(active.id), ...place(active.id) });
      },
      onDragOver: ({ active, over }) => {
        if (!moved.current && over?.id === active.id) return undefined;
        moved.current = true;
        return over ? t('relation.announce.over', { name: nameOf(active.id), ...place(over.id) }) : t('relation.announce.outside', { name: nameOf(active.id) });
      },
      onDragEnd: ({ active, over }) => (over ? t('relation.announce.end', { name: nameOf(active.id), ...place(over.id) }) : t('relation.announce.cancel', { name: nameOf(active.id), ...place(active.id) })),
      onDragCancel: ({ active }) => t('relation.announce.cancel', { name: nameOf(active.id), ...place(active.id) }),
    },
  };
}

interface SortableEntryProps {
  id: string;
  kind: LibraryKind;
  entry: LibraryEntry | undefined;
  error?: string;
  disabled: boolean;
  onEdit: (entry: LibraryEntry) => void;
  onRemove: () => void;
}

const SortableEntry = ({ id, kind, entry, error, disabled, onEdit, onRemove }: SortableEntryProps) => {
  const { t, intl } = useTranslate();
  const labels = useLabels();
  const { language, defaultLanguage } = useLanguage();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const name = entry ? entryName(kind, entry, language, defaultLanguage) : id;

  return (
    <Box
      ref={setNodeRef}
      tag="li"
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 1 : undefined, position: 'relative' }}
      background={isDragging ? 'primary100' : 'neutral0'}
      hasRadius
      borderColor={error ? 'danger600' : 'neutral200'}
      borderStyle="solid"
      borderWidth="1px"
      paddingTop={2}
      paddingBottom={2}
      paddingLeft={2}
      paddingRight={3}
      data-testid={`relation-${kind}`}
    >
      <Flex gap={3}>
        {disabled ? null : (
          <IconButton ref={setActivatorNodeRef} variant="ghost" withTooltip={false} label={t('relation.drag', { name })} {...attributes} {...listeners}>
            <Drag />
          </IconButton>
        )}
        <Box grow={1} minWidth={0}>
          <Typography fontWeight="semiBold" textColor="neutral800" ellipsis tag="p">
            {name}
          </Typography>
          {entry ? (
            <Typography variant="pi" textColor="neutral600" ellipsis tag="p">
              {entryDetail(kind, entry, labels, language, intl.locale)}
            </Typography>
          ) : null}
          {error ? (
            <Typography variant="pi" textColor="danger600" tag="p">
              {error}
            </Typography>
          ) : null}
        </Box>
        {disabled || !entry ? null : (
          <Flex gap={1}>
            <IconButton variant="ghost" label={t('relation.edit', { name })} onClick={() => onEdit(entry)} data-edit-entry>
              <Pencil />
            </IconButton>
            <IconButton variant="ghost" label={t('relation.remove', { name })} onClick={onRemove}>
              <Trash />
            </IconButton>
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
