/** Labels of option values and library kinds, from the keys listed in labelKeys.ts. */
import { useCallback } from 'react';
import type { LibraryKind } from './api/types';
import { useTranslate } from './hooks/useTranslate';
import type { KindString, OptionFamily } from './labelKeys';

export * from './labelKeys';

export function useLabels() {
  const { t } = useTranslate();
  /** The label of an option value; the value itself when the list has no label for it. */
  const option = useCallback((family: OptionFamily, value: string) => t(`${family}.${value}`, undefined, value), [t]);
  const kind = useCallback(
    (libraryKind: LibraryKind, name: KindString, values?: Record<string, string | number>) => t(`library.${libraryKind}.${name}`, values),
    [t],
  );
  return { option, kind };
}
