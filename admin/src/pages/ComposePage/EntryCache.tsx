/**
 * The library entries the compose page shows by documentId: those the register uses when it was
 * loaded, plus any picked, created or edited since. Editing an entry changes the library, not the
 * register, so it lives here rather than in the form.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LibraryEntry, Register } from '../../api/types';

interface EntryCacheValue {
  entry: (documentId: string) => LibraryEntry | undefined;
  remember: (entries: LibraryEntry[]) => void;
}

const EntryCacheContext = createContext<EntryCacheValue | null>(null);

const entriesOf = (register: Register): LibraryEntry[] => [
  ...(register.controller ? [register.controller] : []),
  ...register.purposes,
  ...register.dataCategories,
  ...register.recipients,
];

export const EntryCacheProvider = ({ register, children }: { register: Register; children: ReactNode }) => {
  const [entries, setEntries] = useState(() => new Map(entriesOf(register).map((entry) => [entry.documentId, entry])));
  const remember = useCallback(
    (more: LibraryEntry[]) => setEntries((current) => new Map([...current, ...more.map((entry) => [entry.documentId, entry] as const)])),
    [],
  );
  const value = useMemo(() => ({ entry: (documentId: string) => entries.get(documentId), remember }), [entries, remember]);
  return <EntryCacheContext.Provider value={value}>{children}</EntryCacheContext.Provider>;
};

export function useEntryCache(): EntryCacheValue {
  const cache = useContext(EntryCacheContext);
  if (!cache) throw new Error('useEntryCache must be used inside <EntryCacheProvider>');
  return cache;
}
