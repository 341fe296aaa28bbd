/**
 * What was in force at a moment: the question an auditor asks ("what did our notice say when this
 * person signed up?"), and the date a record of processing is drawn up for. Versions take effect
 * by `effectiveFrom`; numbers and effective moments rise together (publish-dates.ts), so the
 * version in force is the newest one whose moment has come.
 */
import { isIsoDate } from './dates';
import { timeline, type Timeline } from './timeline';
import type { VersionSummary } from './types';

/** The version in force at `at`, or null before version 1 took effect. */
export function versionInForceAt<V extends VersionSummary>(versions: V[], at: Date): V | null {
  let inForce: V | null = null;
  for (const version of versions) {
    if (Date.parse(version.effectiveFrom) <= at.getTime() && (!inForce || version.version > inForce.version)) inForce = version;
  }
  return inForce;
}

/**
 * The time line as it stood at `at`: the version then in force and the history up to it. What was
 * upcoming then is left out: whether a later version had already been announced at that moment is
 * not part of the record.
 */
export function timelineAt(versions: VersionSummary[], at: Date): Timeline {
  const line = timeline(versions, at);
  return { ...line, current: versionInForceAt(versions, at), upcoming: null };
}

/** Milliseconds `timeZone`'s clocks are ahead of UTC at the instant `at`. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in `timeZone`. */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Twice: the offset at the guessed instant may differ from the one at the real midnight (DST).
  let instant = midnightUtc - offsetAt(midnightUtc, timeZone);
  instant = midnightUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The moment an `at` parameter names, or null when it is malformed. A calendar day means the whole
 * day in `timeZone`: what was in force by its end (a version that took effect that day counts). A
 * date and time with its offset (`2024-03-01T10:15:00+02:00`) names that very moment.
 */
export function momentOf(value: string, timeZone: string): Date | null {
  if (isIsoDate(value)) {
    const [year, month, day] = value.split('-').map(Number);
    const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
    return new Date(startOfDayIn(next, timeZone).getTime() - 1);
  }
  if (!DATE_TIME.test(value) || !isIsoDate(value.slice(0, 10))) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment;
}
