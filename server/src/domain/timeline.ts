import type { LegacyHistory, VersionSummary } from './types';
import { legacyHistoryEntries, type LegacyHistoryEntry } from './legacy-history';

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

/** A published version as one line of the päivitetty history. */
export interface VersionHistoryEntry extends VersionSummary {
  legacy?: false;
  /** Announced but not yet in effect: shown as upcoming, never as updated. */
  upcoming: boolean;
  /** The calendar day (in the configured time zone) the version takes effect, `YYYY-MM-DD`. */
  effectiveOn: string;
}

/**
 * One line of the päivitetty history that every channel shows (JSON, HTML, Markdown, the feeds,
 * the embed, GraphQL): a published version, or a päivitetty date an imported notice carried
 * before its first version here (no number, no text).
 */
export type HistoryEntry = VersionHistoryEntry | LegacyHistoryEntry;

export const isLegacyEntry = (entry: HistoryEntry): entry is LegacyHistoryEntry => entry.legacy === true;

/** A history cut to its newest entries, and how many there are in all. */
export interface BoundedHistory {
  /** The announced version(s), then at most `limit` entries of the history, in order. */
  entries: HistoryEntry[];
  /** The history's entries in all (versions in effect up to the one shown, and legacy dates), announced ones not counted. */
  total: number;
}

/** A published version as a line of the history, with the day it takes effect in `timeZone`. */
export function versionEntry(summary: VersionSummary, upcoming: boolean, timeZone: string): VersionHistoryEntry {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { ...summary, upcoming, effectiveOn: day.format(new Date(summary.effectiveFrom)) };
}

/**
 * The päivitetty history of `target` as every channel shows it, in one order: an announced
 * version first (marked upcoming: shown only with the version in effect, or with an announced
 * one asked for by number), then the versions in effect up to `target`, newest first, then the
 * legacy päivitetty dates, newest first. `line` is the time line the target was read from
 * (now, or the moment of `?at=`). With `limit`, only the newest `limit` entries after the
 * announced ones are built, and `total` says how many there are.
 */
export function boundedHistory(
  line: Timeline,
  target: VersionSummary | null,
  legacy: LegacyHistory | null | undefined,
  timeZone: string,
  limit = Infinity,
): BoundedHistory {
  const entry = (summary: VersionSummary, upcoming: boolean) => versionEntry(summary, upcoming, timeZone);
  const shown = target ?? line.current;
  const upTo = shown?.version ?? 0;
  let announced: VersionSummary[] = [];
  if (shown === line.current) announced = line.upcoming ? [line.upcoming] : [];
  else if (shown && !line.history.includes(shown)) {
    // An announced version asked for by number lists itself, and the one announced before it.
    announced = line.upcoming && line.upcoming.version < shown.version ? [shown, line.upcoming] : [shown];
  }
  const inEffect = line.history.filter((v) => v.version <= upTo);
  const legacyDates = legacyHistoryEntries(legacy);
  const kept = inEffect.slice(0, limit).map((v) => entry(v, false));
  return {
    entries: [...announced.map((v) => entry(v, true)), ...kept, ...legacyDates.slice(0, Math.max(0, limit - kept.length))],
    total: inEffect.length + legacyDates.length,
  };
}

/** The whole päivitetty history of `target` (see boundedHistory), as the feeds list it. */
export function historyEntries(
  line: Timeline,
  target: VersionSummary | null,
  legacy: LegacyHistory | null | undefined,
  timeZone: string,
): HistoryEntry[] {
  return boundedHistory(line, target, legacy, timeZone).entries;
}
