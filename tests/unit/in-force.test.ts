/** The version in force at a moment, and what an `at` date means in the plugin's time zone. */
import { momentOf, startOfDayIn, timelineAt, versionInForceAt } from '../../server/src/domain/in-force';
import type { VersionSummary } from '../../server/src/domain/types';

const version = (n: number, effectiveFrom: string): VersionSummary => ({
  version: n,
  updatedOn: effectiveFrom.slice(0, 10),
  effectiveFrom,
  changeSummary: null,
  material: false,
  contentHash: `hash-${n}`,
});

const VERSIONS = [version(3, '2025-01-01T00:00:00.000Z'), version(1, '2020-01-01T10:00:00.000Z'), version(2, '2020-01-01T10:00:00.000Z'), version(4, '2025-06-01T12:00:00.000Z')];

describe('versionInForceAt', () => {
  it.each([
    ['2019-12-31T23:59:59.999Z', null],
    ['2020-01-01T09:59:59.999Z', null],
    // Two versions taking effect at the same moment: the later number is in force.
    ['2020-01-01T10:00:00.000Z', 2],
    ['2024-12-31T23:59:59.999Z', 2],
    ['2025-01-01T00:00:00.000Z', 3],
    ['2025-06-01T11:59:59.999Z', 3],
    ['2030-01-01T00:00:00.000Z', 4],
  ])('at %s: version %s', (at, expected) => {
    expect(versionInForceAt(VERSIONS, new Date(at))?.version ?? null).toBe(expected);
  });

  it('is null without versions', () => {
    expect(versionInForceAt([], new Date())).toBeNull();
  });
});

describe('timelineAt', () => {
  it('gives the history up to the version in force and nothing upcoming', () => {
    const line = timelineAt(VERSIONS, new Date('2025-02-01T00:00:00Z'));
    expect(line.current?.version).toBe(3);
    expect(line.history.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(line.upcoming).toBeNull();
    expect(line.createdOn).toBe('2020-01-01');
  });
});

describe('momentOf', () => {
  it.each([
    // Helsinki is UTC+2 in winter, UTC+3 in summer: a day ends at 22:00 or 21:00 UTC.
    ['2024-01-15', 'Europe/Helsinki', '2024-01-15T21:59:59.999Z'],
    ['2024-07-15', 'Europe/Helsinki', '2024-07-15T20:59:59.999Z'],
    ['2024-03-31', 'Europe/Helsinki', '2024-03-31T20:59:59.999Z'],
    ['2024-10-27', 'Europe/Helsinki', '2024-10-27T21:59:59.999Z'],
    ['2024-02-29', 'UTC', '2024-02-29T23:59:59.999Z'],
    ['2024-01-15', 'America/New_York', '2024-01-16T04:59:59.999Z'],
    ['2024-03-01T10:15:00+02:00', 'Europe/Helsinki', '2024-03-01T08:15:00.000Z'],
    ['2024-03-01T10:15Z', 'UTC', '2024-03-01T10:15:00.000Z'],
    ['2024-03-01T10:15:30.5Z', 'UTC', '2024-03-01T10:15:30.500Z'],
  ])('%s in %s is %s', (value, timeZone, expected) => {
    expect(momentOf(value, timeZone)?.toISOString()).toBe(expected);
  });

  it.each(['2023-02-29', '2024-1-5', '2024-01-15T10:00', '2024-01-15 10:00Z', 'now', '', '2024-13-01', '2024-01-15T24:30:00Z'])('refuses %j', (value) => {
    expect(momentOf(value, 'Europe/Helsinki')).toBeNull();
  });
});

describe('startOfDayIn', () => {
  it('finds midnight also on the days the clocks change', () => {
    expect(startOfDayIn('2024-03-31', 'Europe/Helsinki').toISOString()).toBe('2024-03-30T22:00:00.000Z');
    expect(startOfDayIn('2024-10-27', 'Europe/Helsinki').toISOString()).toBe('2024-10-26T21:00:00.000Z');
  });
});
