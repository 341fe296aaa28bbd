import { isCountryCode, isOutsideEea } from '../../server/src/domain/countries';

describe('countries', () => {
  it('knows ISO 3166-1 alpha-2 codes', () => {
    expect(isCountryCode('FI')).toBe(true);
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('fi')).toBe(false);
    expect(isCountryCode('FIN')).toBe(false);
  });

  it('tells the EU/EEA from third countries', () => {
    expect(isOutsideEea('SE')).toBe(false);
    expect(isOutsideEea('NO')).toBe(false);
    expect(isOutsideEea('US')).toBe(true);
    expect(isOutsideEea('GB')).toBe(true);
    expect(isOutsideEea('CH')).toBe(true);
  });
});
