/** JSON safe to paste anywhere, errors that quote little, and text every database stores. */
import { escapeJsonText, safeJson, withShortEchoes, MAX_ECHO } from '../../server/src/http/safe-json';
import { unstorableText, MAX_DEPTH } from '../../server/src/http/storable-text';
import { requestOrigin } from '../../server/src/http/links';

describe('safeJson', () => {
  it('writes <, > and & as \\u escapes that read back as the same data', () => {
    const value = { text: '</script><script>alert("x")</script> & <!-- -->', list: ['a<b', { 'k>': '&amp;' }] };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
    expect(escapeJsonText(JSON.stringify(value, null, 2))).toBe(safeJson(value, 2));
  });
});

describe('withShortEchoes', () => {
  const error = (value: unknown) => ({ data: null, error: { status: 400, name: 'ValidationError', message: 'm', details: { errors: [{ path: ['x'], message: 'm', value }] } } });

  it('cuts a long text and leaves out a long object, keeping short values', () => {
    expect(withShortEchoes(error('z'.repeat(5000))).error.details.errors[0].value).toBe(`${'z'.repeat(MAX_ECHO)}…`);
    expect(withShortEchoes(error({ fi: 'z'.repeat(5000) })).error.details.errors[0]).toEqual({ path: ['x'], message: 'm' });
    expect(withShortEchoes(error('short')).error.details.errors[0].value).toBe('short');
    expect(withShortEchoes(error({ fi: 'x' })).error.details.errors[0].value).toEqual({ fi: 'x' });
  });

  it('leaves answers that are not errors alone', () => {
    const body = { data: { value: 'z'.repeat(5000) } };
    expect(withShortEchoes(body)).toBe(body);
  });
});

describe('unstorableText', () => {
  it.each([
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a high surrogate at the end', 'ab\ud800'],
    ['a low surrogate at the start', '\udc00ab'],
    ['a pair the wrong way round', '\udc00\ud800'],
  ])('finds %s, in values and keys, with its path', (_label, text) => {
    expect(unstorableText({ title: { fi: 'ok', en: text } })).toMatchObject({ path: ['title', 'en'], code: 'validation.text.illFormed' });
    expect(unstorableText({ title: { [text]: 'x' } })).toMatchObject({ path: ['title', text], code: 'validation.text.illFormed' });
    expect(unstorableText([['x', text]])).toMatchObject({ path: ['0', '1'] });
  });

  it('accepts well-formed text, pairs and all', () => {
    expect(unstorableText({ title: { fi: 'Käsittely 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u00a0 ok' }, n: 1, b: null, list: ['ä'] })).toBeNull();
  });

  it('finds NUL, and nesting too deep to validate, without overflowing the stack itself', () => {
    expect(unstorableText({ a: 'x\u0000y' })).toMatchObject({ path: ['a'], code: 'validation.text.nul' });
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(unstorableText(deep)).toMatchObject({ code: 'validation.body.tooDeep' });
    expect(unstorableText(deep)!.path).toHaveLength(MAX_DEPTH);
  });
});

describe('requestOrigin', () => {
  it.each([
    ['cms.esimerkki.example', 'http://cms.esimerkki.example'],
    ['CMS.Esimerkki.example:8443', 'http://cms.esimerkki.example:8443'],
    ['cms.esimerkki.example:80', 'http://cms.esimerkki.example'],
    ['127.0.0.1:1337', 'http://127.0.0.1:1337'],
    ['[::1]:1337', 'http://[::1]:1337'],
  ])('takes %s', (host, origin) => {
    expect(requestOrigin('http', host)).toBe(origin);
  });

  it.each(['evil"><x', 'a b', '[::1', 'example.com:99999', 'example.com:0', 'a.fi/x', 'a.fi?x', 'a.fi#x', '[zz::1]', '', '.', 'ä.fi', 'a.fi:80:80'])(
    'answers 400 to %j',
    (host) => {
      expect(() => requestOrigin('http', host)).toThrow(expect.objectContaining({ name: 'ValidationError', details: expect.objectContaining({ errors: [expect.objectContaining({ code: 'request.host.malformed' })] }) }));
    },
  );

  it('takes only http and https', () => {
    expect(requestOrigin('https', 'a.fi')).toBe('https://a.fi');
    expect(() => requestOrigin('javascript', 'a.fi')).toThrow();
  });
});
