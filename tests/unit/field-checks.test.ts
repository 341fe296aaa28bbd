/**
 * The field checks the server's validation and the admin's forms share: each refuses what the
 * editor would be refused for, with a code and its parameters, and accepts what is fine.
 */
import {
  checkBusinessId,
  checkCountry,
  checkEmail,
  checkLegitimateInterest,
  checkPhone,
  checkRequiredText,
  checkSlug,
  checkTransferSafeguard,
  entryRules,
  problemsOnLeaving,
} from '../../server/src/domain/field-checks';

describe('single fields', () => {
  it('a Y-tunnus: the format, then the check digit; the form\'s example is valid', () => {
    expect(checkBusinessId('1234567-1')).toBeNull();
    expect(checkBusinessId('0737546-2')).toBeNull();
    expect(checkBusinessId('1234567-8')).toEqual({ code: 'validation.businessId.checkDigit', params: { value: '1234567-8' } });
    expect(checkBusinessId('12345678')).toEqual({ code: 'validation.businessId.format', params: {} });
    expect(checkBusinessId(' 1234567-1')).toEqual({ code: 'validation.businessId.format', params: {} });
    expect(checkBusinessId('')).toBeNull();
    expect(checkBusinessId(null)).toBeNull();
  });

  it('an e-mail address, a phone number, a country code', () => {
    expect(checkEmail('tietosuoja@esimerkki.fi')).toBeNull();
    expect(checkEmail('tietosuoja@esimerkki')?.code).toBe('validation.email');
    expect(checkEmail('"a b"@esimerkki.fi')?.code).toBe('validation.email');
    expect(checkPhone('+358 40 123 4567')).toBeNull();
    expect(checkPhone('soita minulle')?.code).toBe('validation.phone');
    expect(checkCountry('FI')).toBeNull();
    expect(checkCountry('fi')).toEqual({ code: 'validation.country', params: { value: 'fi' } });
    expect(checkCountry('XX')).toEqual({ code: 'validation.country', params: { value: 'XX' } });
    expect(checkCountry(undefined)).toBeNull();
  });

  it('a slug and a text required in one language', () => {
    expect(checkSlug('asiakasrekisteri-2')).toBeNull();
    expect(checkSlug('Asiakas rekisteri')?.code).toBe('validation.slug.format');
    expect(checkSlug('')?.code).toBe('validation.required');
    expect(checkRequiredText({ fi: 'Asiakkaat' }, 'fi')).toBeNull();
    expect(checkRequiredText({ fi: '  ', sv: 'Kunder' }, 'fi')).toEqual({ code: 'validation.requiredIn', params: { language: 'fi' } });
    expect(checkRequiredText(null, 'fi')).toEqual({ code: 'validation.requiredIn', params: { language: 'fi' } });
  });
});

describe('rules between fields', () => {
  it('a purpose on legitimate interests names the interest in the default language', () => {
    expect(checkLegitimateInterest({ legalBasis: 'contract' }, 'fi')).toBeNull();
    expect(checkLegitimateInterest({ legalBasis: 'legitimate-interests', legitimateInterest: { en: 'Marketing' } }, 'fi')).toEqual({
      code: 'validation.legitimateInterest.required',
      params: { language: 'fi' },
    });
    expect(checkLegitimateInterest({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Suoramarkkinointi' } }, 'fi')).toBeNull();
  });

  it('a recipient outside the EU/EEA needs the transfer safeguard; one inside does not', () => {
    expect(checkTransferSafeguard({ country: 'US' })).toEqual({ code: 'validation.transferSafeguard.required', params: { country: 'US' } });
    expect(checkTransferSafeguard({ country: 'US', transferSafeguard: 'standard-contractual-clauses' })).toBeNull();
    expect(checkTransferSafeguard({ country: 'SE' })).toBeNull();
    expect(checkTransferSafeguard({ country: 'NO' })).toBeNull();
    expect(checkTransferSafeguard({})).toBeNull();
  });
});

describe('leaving a field in a form', () => {
  it('runs the rules of that field, and of the fields that read it', () => {
    const rules = entryRules('recipients', 'fi');
    const values = { name: { fi: 'Pilvipalvelu' }, role: 'processor', country: 'US', transferSafeguard: null };
    expect([...problemsOnLeaving(rules, 'country', values)]).toEqual([
      ['country', null],
      ['transferSafeguard', { code: 'validation.transferSafeguard.required', params: { country: 'US' } }],
    ]);
    expect([...problemsOnLeaving(rules, 'name.fi', { ...values, name: { sv: 'Molntjänst' } })]).toEqual([
      ['name', { code: 'validation.requiredIn', params: { language: 'fi' } }],
    ]);
    expect(problemsOnLeaving(rules, 'description.fi', values).size).toBe(0);
  });

  it('a controller\'s nested contact fields are checked by their own names', () => {
    const rules = entryRules('controllers', 'fi');
    expect(problemsOnLeaving(rules, 'dpo.email', { name: 'Oy', dpo: { email: 'dpo@' } }).get('dpo.email')?.code).toBe('validation.email');
    expect(problemsOnLeaving(rules, 'businessId', { name: 'Oy', businessId: '1234567-8' }).get('businessId')?.code).toBe('validation.businessId.checkDigit');
  });
});
