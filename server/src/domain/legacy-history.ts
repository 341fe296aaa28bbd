import type { LegacyHistory } from './types';

/** A päivitetty date from before the notice was published here: no number, no text of its own. */
export interface LegacyHistoryEntry {
  version: null;
  updatedOn: string;
  legacy: true;
}

/**
 * Laadittu: the legacy notice's own creation date when it was imported with one; a legacy
 * notice that only gave päivitetty dates was created no later than the first of them; otherwise
 * the päivitetty date of version 1.
 */
export function createdOnWithLegacy(legacy: LegacyHistory | null | undefined, firstVersionDate: string | null): string | null {
  return legacy?.createdOn ?? legacy?.updates[0] ?? firstVersionDate;
}

/** The legacy päivitetty dates that come after laadittu, newest first, to list below version 1. */
export function legacyHistoryEntries(legacy: LegacyHistory | null | undefined): LegacyHistoryEntry[] {
  if (!legacy) return [];
  const created = createdOnWithLegacy(legacy, null);
  return [...legacy.updates]
    .filter((date) => date !== created)
    .sort()
    .reverse()
    .map((updatedOn) => ({ version: null, updatedOn, legacy: true }));
}
