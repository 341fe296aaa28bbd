import { defaultEffectiveFrom, publishDateProblems } from '../../server/src/domain/publish-dates';

const previous = { version: 3, updatedOn: '2024-05-01', effectiveFrom: '2024-05-01T12:00:00.000Z' };
const paths = (problems: ReturnType<typeof publishDateProblems>) => problems.map((p) => [p.path, p.code]);

describe('the dates of a new version', () => {
  it('accepts today, the previous version\'s dates, and anything in between', () => {
    for (const updatedOn of ['2024-05-01', '2024-05-20', '2024-06-01']) {
      expect(publishDateProblems({ updatedOn, effectiveFrom: '2024-05-01T12:00:00.000Z' }, { today: '2024-06-01', previous })).toEqual([]);
    }
    expect(publishDateProblems({ updatedOn: '2018-05-24', effectiveFrom: '2018-05-25T00:00:00Z' }, { today: '2024-06-01', previous: null })).toEqual([]);
  });

  it('refuses a päivitetty date after today, with today as the parameter', () => {
    for (const updatedOn of ['2024-06-02', '2099-12-31']) {
      expect(publishDateProblems({ updatedOn, effectiveFrom: '2024-06-01T00:00:00Z' }, { today: '2024-06-01', previous: null })).toEqual([
        { path: 'updatedOn', code: 'validation.updatedOn.afterToday', message: 'updatedOn must not be later than today (2024-06-01)', params: { today: '2024-06-01' } },
      ]);
    }
  });

  it('refuses a päivitetty date before the previous version\'s', () => {
    const problems = publishDateProblems({ updatedOn: '2024-04-30', effectiveFrom: '2024-06-01T00:00:00Z' }, { today: '2024-06-01', previous });
    expect(problems).toEqual([
      {
        path: 'updatedOn',
        code: 'validation.updatedOn.beforePrevious',
        message: 'updatedOn must not be earlier than 2024-05-01, the päivitetty date of version 3',
        params: { previous: '2024-05-01', version: 3 },
      },
    ]);
  });

  it('refuses an effective-from moment before the previous version\'s, to the millisecond and across offsets', () => {
    for (const effectiveFrom of ['2024-05-01T11:59:59.999Z', '2024-05-01T14:59:59+03:00', '2020-01-01T00:00:00Z']) {
      expect(paths(publishDateProblems({ updatedOn: '2024-05-02', effectiveFrom }, { today: '2024-06-01', previous }))).toEqual([
        ['effectiveFrom', 'validation.effectiveFrom.beforePrevious'],
      ]);
    }
    expect(publishDateProblems({ updatedOn: '2024-05-02', effectiveFrom: '2024-05-01T15:00:00+03:00' }, { today: '2024-06-01', previous })).toEqual([]);
  });

  it('names both fields when both are wrong', () => {
    expect(paths(publishDateProblems({ updatedOn: '2024-04-01', effectiveFrom: '2024-04-01T00:00:00Z' }, { today: '2024-06-01', previous }))).toEqual([
      ['updatedOn', 'validation.updatedOn.beforePrevious'],
      ['effectiveFrom', 'validation.effectiveFrom.beforePrevious'],
    ]);
  });
});

describe('the default effective-from moment', () => {
  const now = new Date('2024-06-01T12:00:00.000Z');

  it('is now, after a version already in effect or with none before', () => {
    expect(defaultEffectiveFrom(now, null)).toBe('2024-06-01T12:00:00.000Z');
    expect(defaultEffectiveFrom(now, { effectiveFrom: '2024-05-01T00:00:00Z' })).toBe('2024-06-01T12:00:00.000Z');
  });

  it('is the previous version\'s moment when that lies only a clock skew ahead', () => {
    expect(defaultEffectiveFrom(now, { effectiveFrom: '2024-06-01T12:00:02.500Z' })).toBe('2024-06-01T12:00:02.500Z');
  });

  it('stays now when the previous version is announced further ahead, so that the publish is refused rather than overtaking it', () => {
    expect(defaultEffectiveFrom(now, { effectiveFrom: '2024-07-01T00:00:00Z' })).toBe('2024-06-01T12:00:00.000Z');
  });
});
