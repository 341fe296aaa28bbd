import { Modal } from '@strapi/design-system';
import type { EntryByKind, LibraryKind } from '../../api/types';
import { useLabels } from '../../labels';
import { EntryEditor } from './EntryEditor';

interface EntryModalProps<K extends LibraryKind> {
  kind: K;
  entry?: EntryByKind[K] | null;
  open: boolean;
  onClose: () => void;
  onSaved: (entry: EntryByKind[K]) => void;
  readOnly?: boolean;
}

/** Create or edit a controller, purpose, data category or recipient without leaving the page. */
export function EntryModal<K extends LibraryKind>({ kind, entry, open, onClose, onSaved, readOnly }: EntryModalProps<K>) {
  const labels = useLabels();
  return (
    <Modal.Root open={open} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{labels.kind(kind, readOnly ? 'singular' : entry ? 'edit' : 'create')}</Modal.Title>
        </Modal.Header>
        <EntryEditor key={entry?.documentId ?? 'new'} kind={kind} entry={entry} onSaved={onSaved} readOnly={readOnly} />
      </Modal.Content>
    </Modal.Root>
  );
}
