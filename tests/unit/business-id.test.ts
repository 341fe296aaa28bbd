import { businessIdProblem, businessIdCheckDigit } from '../../server/src/domain/business-id';

describe('Y-tunnus', () => {
  it.each(['0737546-2', '1572860-0', '0112038-9', '2617416-4'])('accepts the valid id %s', (id) => {
    expect(businessIdProblem(id)).toBeNull();
  });

  it('refuses a wrong check digit', () => {
    expect(businessIdProblem('0737546-3')).toBe('check-digit');
  });

  it.each(['0737546', '737546-2', '07375462', '0737546-22', 'abcdefg-h', ' 0737546-2'])(
    'refuses the malformed id %p',
    (id) => {
      expect(businessIdProblem(id)).toBe('format');
    },
  );

  it('never accepts a number whose remainder is 1', () => {
    // 0000006: 6 × 2 = 12, remainder 1 (mod 11): no check digit exists, so no id is valid.
    expect(businessIdCheckDigit('0000006')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(businessIdProblem(`0000006-${d}`)).toBe('check-digit');
  });
});
