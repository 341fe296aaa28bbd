import type { VersionSummary } from './types';

export interface Timeline {
  /** The newest version already in effect: what the public is served by default. */
  current: VersionSummary | null;
  /** The next version to take effect after `current`, announced in advance. */
  upcoming: VersionSummary | null;
  /** Laadittu: the päivitetty date of version 1. */
  createdOn: string | null;
  /** Versions in effect or superseded, newest first: the päivitetty history readers see. */
  history: VersionSummary[];
}

const effectiveAt = (version: VersionSummary) => Date.parse(version.effectiveFrom);

/** Places a register's published versions on the time line as seen at `now`. */
export function timeline(versions: VersionSummary[], now: Date): Timeline {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const history = newestFirst.filter((v) => effectiveAt(v) <= now.getTime());
  const current = history[0] ?? null;
  const pending = newestFirst
    .filter((v) => effectiveAt(v) > now.getTime() && (!current || v.version > current.version))
    .sort((a, b) => effectiveAt(a) - effectiveAt(b) || b.version - a.version);
  const first = newestFirst[newestFirst.length - 1]; // version 1: numbers are dense
  return {
    current,
    upcoming: pending[0] ?? null,
    createdOn: first?.updatedOn ?? null,
    history,
  };
}
