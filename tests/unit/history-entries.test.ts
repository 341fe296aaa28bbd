import { boundedHistory, historyEntries, timeline } from '../../server/src/domain/timeline';
import { pageParams } from '../../server/src/http/request';
import { paginationOf, windowOf } from '../../server/src/domain/paging';
import config from '../../server/src/config';
import { timelineAt } from '../../server/src/domain/in-force';
import type { VersionSummary } from '../../server/src/domain/types';

const version = (number: number, updatedOn: string, effectiveFrom = `${updatedOn}T09:00:00.000Z`): VersionSummary => ({
  version: number,
  updatedOn,
  effectiveFrom,
  changeSummary: { fi: `Versio ${number}.` },
  material: false,
  contentHash: `hash-${number}`,
});

// Version 3 was published on 30.11.2026 and takes effect on 1.1.2027; the notice was imported with two legacy dates.
const versions = [version(3, '2026-11-30', '2026-12-31T22:00:00.000Z'), version(2, '2025-03-01'), version(1, '2024-01-15')];
const legacy = { createdOn: '2018-05-24', updates: ['2018-06-06', '2020-02-02'] };
const now = new Date('2026-12-01T12:00:00Z');
const shape = (entries: ReturnType<typeof historyEntries>) =>
  entries.map((e) => (e.legacy ? `legacy ${e.updatedOn}` : `${e.version}${e.upcoming ? ` upcoming from ${e.effectiveOn}` : ''}`));

describe('the päivitetty history every channel shows', () => {
  it('lists the announced version first, marked upcoming with its day in the time zone, then the versions in effect and the legacy dates', () => {
    const line = timeline(versions, now);
    expect(shape(historyEntries(line, line.current, legacy, 'Europe/Helsinki'))).toEqual([
      '3 upcoming from 2027-01-01',
      '2',
      '1',
      'legacy 2020-02-02',
      'legacy 2018-06-06',
    ]);
  });

  it('shows an older version with the history up to it and nothing announced', () => {
    const line = timeline(versions, now);
    expect(shape(historyEntries(line, versions[2], legacy, 'Europe/Helsinki'))).toEqual(['1', 'legacy 2020-02-02', 'legacy 2018-06-06']);
  });

  it('lists an announced version asked for by number as upcoming, and once it takes effect as a version like any other', () => {
    expect(shape(historyEntries(timeline(versions, now), versions[0], null, 'Europe/Helsinki'))).toEqual(['3 upcoming from 2027-01-01', '2', '1']);
    const later = timeline(versions, new Date('2027-01-02T00:00:00Z'));
    expect(shape(historyEntries(later, later.current, null, 'Europe/Helsinki'))).toEqual(['3', '2', '1']);
  });

  it('at a past moment lists what was in force then, with no announcement', () => {
    const line = timelineAt(versions, new Date('2025-06-01T00:00:00Z'));
    expect(shape(historyEntries(line, line.current, legacy, 'Europe/Helsinki'))).toEqual(['2', '1', 'legacy 2020-02-02', 'legacy 2018-06-06']);
  });
});

describe('the history a notice response carries: its newest entries', () => {
  const many = Array.from({ length: 30 }, (_, i) => version(30 - i, `2020-01-${String(30 - i).padStart(2, '0')}`));

  it('keeps the newest `limit` entries after the announced one, and counts them all', () => {
    const line = timeline(many, new Date('2020-01-20T12:00:00Z'));
    const { entries, total } = boundedHistory(line, line.current, legacy, 'Europe/Helsinki', 5);
    expect(shape(entries)).toEqual(['21 upcoming from 2020-01-21', '20', '19', '18', '17', '16']);
    expect(total).toBe(22); // versions 1–20 and the two legacy dates
  });

  it('reaches the legacy dates when the versions are fewer than the limit', () => {
    const line = timeline(versions, new Date('2026-12-01T12:00:00Z'));
    const { entries, total } = boundedHistory(line, line.current, legacy, 'Europe/Helsinki', 3);
    expect(shape(entries)).toEqual(['3 upcoming from 2027-01-01', '2', '1', 'legacy 2020-02-02']);
    expect(total).toBe(4);
  });
});

describe('paging a public list', () => {
  it('reads page and pageSize, 25 by default and at most 100', () => {
    expect(pageParams({})).toEqual({ page: 1, pageSize: 25 });
    expect(pageParams({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
  });

  it.each([
    [{ page: '0' }, 'page'],
    [{ page: '-1' }, 'page'],
    [{ page: 'abc' }, 'page'],
    [{ page: ['1', '2'] }, 'page'],
    [{ pageSize: '101' }, 'pageSize'],
    [{ pageSize: '0' }, 'pageSize'],
    [{ pageSize: '2.5' }, 'pageSize'],
  ])('refuses %p as a 400 naming %s', (query, name) => {
    expect(() => pageParams(query)).toThrow(expect.objectContaining({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: [name] })] } }));
  });

  it("gives Strapi's pagination, and a page's window", () => {
    expect(paginationOf({ page: 3, pageSize: 5 }, 13)).toEqual({ page: 3, pageSize: 5, pageCount: 3, total: 13 });
    expect(windowOf({ page: 3, pageSize: 5 })).toEqual({ offset: 10, limit: 5 });
  });
});

describe('historyLimit', () => {
  it('is 10 by default and a whole number from 1 to 1000', () => {
    expect(config.default.historyLimit).toBe(10);
    for (const historyLimit of [1, 10, 1000]) expect(() => config.validator({ ...config.default, historyLimit })).not.toThrow();
    for (const historyLimit of [0, -1, 2.5, 1001, '10' as unknown as number]) {
      expect(() => config.validator({ ...config.default, historyLimit })).toThrow(/historyLimit/);
    }
  });
});
