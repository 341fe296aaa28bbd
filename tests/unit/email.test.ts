/** E-mail addresses as they are written on a privacy notice. */
import { isEmailAddress } from '../../server/src/domain/email';
import config from '../../server/src/config';

describe('isEmailAddress', () => {
  it.each([
    'tietosuoja@esimerkki.fi',
    'matti.meikalainen+tietosuoja@esimerkki.fi',
    "o'brien@example.co.uk",
    'a_b-c%d@sub.esimerkki.fi',
    'päivi@esimerkki.fi',
    'dpo@ähtäri.fi',
    'dpo@xn--htri-bnac.fi',
    'x@esimerkki.museum',
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    '"</script><svg/onload=alert(1)>"@x.fi',
    '"matti"@esimerkki.fi',
    'matti meikäläinen@esimerkki.fi',
    ' matti@esimerkki.fi',
    'matti@esimerkki.fi ',
    'matti@esimerkki.fi\n',
    '<matti@esimerkki.fi>',
    'Matti <matti@esimerkki.fi>',
    'matti@esimerkki.fi>',
    'matti@esimerkki',
    'matti@@esimerkki.fi',
    'matti@esim@erkki.fi',
    'matti@esimerkki..fi',
    'matti@-esimerkki.fi',
    '.matti@esimerkki.fi',
    'matti.@esimerkki.fi',
    'mat..ti@esimerkki.fi',
    'matti@[127.0.0.1]',
    'matti@127.0.0.1',
    'matti(at)esimerkki.fi',
    'matti@esimerkki.fi?body=x',
    'matti;x@esimerkki.fi',
    'matti,x@esimerkki.fi',
    'matti\\x@esimerkki.fi',
    '@esimerkki.fi',
    'matti@',
    `${'m'.repeat(65)}@esimerkki.fi`,
    '',
  ])('refuses %j', (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });

  it('is also the rule for the supervisory authority in the plugin configuration', () => {
    const options = (email: string) => ({ ...config.default, supervisoryAuthority: { name: { fi: 'Tietosuojavaltuutettu' }, email } });
    expect(() => config.validator(options('tietosuoja@om.fi'))).not.toThrow();
    expect(() => config.validator(options('"x"@om.fi'))).toThrow(/supervisoryAuthority\.email/);
  });
});
