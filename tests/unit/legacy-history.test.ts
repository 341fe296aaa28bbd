import { createdOnWithLegacy, legacyHistoryEntries } from '../../server/src/domain/legacy-history';

describe('legacy päivitetty history', () => {
  it('takes laadittu from the legacy notice when it has one', () => {
    expect(createdOnWithLegacy({ createdOn: '2018-05-24', updates: ['2018-06-06'] }, '2025-01-01')).toBe('2018-05-24');
    expect(createdOnWithLegacy(null, '2025-01-01')).toBe('2025-01-01');
    expect(createdOnWithLegacy({ createdOn: null, updates: ['2019-03-01', '2020-02-02'] }, '2025-01-01')).toBe('2019-03-01');
  });

  it('lists the legacy updates newest first, without repeating laadittu', () => {
    expect(legacyHistoryEntries({ createdOn: '2018-05-24', updates: ['2018-06-06', '2018-10-04'] })).toEqual([
      { version: null, updatedOn: '2018-10-04', legacy: true },
      { version: null, updatedOn: '2018-06-06', legacy: true },
    ]);
    expect(legacyHistoryEntries({ createdOn: null, updates: ['2019-03-01'] })).toEqual([]);
    expect(legacyHistoryEntries(null)).toEqual([]);
  });
});
