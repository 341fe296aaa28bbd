import { renderHtml, renderMarkdown } from '../../server/src/domain/render';
import { everyFieldSaying } from './fixtures/snapshot';

// OWASP XSS filter-evasion strings and Markdown variants of them.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><script>alert(String.fromCharCode(88,83,83))</script>",
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](  javascript:alert(1)  )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x](https://tracker.example/pixel.gif)',
  '<javascript:alert(1)>',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

const input = everyFieldSaying;

const ALLOWED_TAGS = new Set([
  'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li',
  'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'id', 'class', 'lang', 'start']);

/**
 * Every `<` left in sanitised HTML opens a real tag (text has it as `&lt;`), so checking each tag
 * checks the whole output: known tags only, known attributes only, links only to safe schemes.
 */
function expectSafeArticle(html: string) {
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect({ tag, allowed: ALLOWED_TAGS.has(name.toLowerCase()) }).toEqual({ tag, allowed: true });
    for (const [, attribute, value] of attributes.matchAll(/\s([^\s=/]+)(?:="([^"]*)")?/g)) {
      expect({ tag, attribute, allowed: ALLOWED_ATTRIBUTES.has(attribute.toLowerCase()) }).toEqual({ tag, attribute, allowed: true });
      if (attribute === 'href') expect(value).toMatch(/^(https?:|mailto:|tel:|#)/);
    }
  }
  expect(html).not.toMatch(/<\s*(script|iframe|svg|img|body|div|style|object|embed)/i);
}

/** The tags of the document's head: only the fixed ones, whatever the notice says. */
const headTags = (head: string) => [...head.matchAll(/<\/?([a-zA-Z!][\w-]*)/g)].map((match) => match[1].toLowerCase());

describe('no script reaches the HTML', () => {
  it.each(PAYLOADS)('%s in every field', (payload) => {
    for (const locale of ['fi', 'sv', 'en']) {
      const fragment = renderHtml(input(payload, locale), { fragment: true });
      expectSafeArticle(fragment);
      // The whole document adds only the fixed head around the same article.
      const document = renderHtml(input(payload, locale));
      expect(document).toContain(fragment);
      const head = document.slice(0, document.indexOf('<body>'));
      expect(new Set(headTags(head))).toEqual(new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style']));
      expect(head.match(/<title>/g)).toHaveLength(1);
    }
  });

  it('keeps what the editor typed visible as text', () => {
    const html = renderHtml(input('<img src=x onerror=alert(1)>'), { fragment: true });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links only safe websites and addresses', () => {
    const safe = input('x');
    safe.snapshot.controller = { ...safe.snapshot.controller!, website: 'www.esimerkki.fi', email: 'tietosuoja@esimerkki.fi' };
    const html = renderHtml(safe, { fragment: true });
    expect(html).toContain('<a href="https://www.esimerkki.fi/">www.esimerkki.fi</a>');
    expect(html).toContain('<a href="mailto:tietosuoja@esimerkki.fi">tietosuoja@esimerkki.fi</a>');

    const hostile = input('x');
    hostile.snapshot.controller = { ...hostile.snapshot.controller!, website: 'JaVaScRiPt:alert(1)', email: 'a@b.fi?body=<script>' };
    const hostileHtml = renderHtml(hostile, { fragment: true });
    expectSafeArticle(hostileHtml);
    expect(hostileHtml).toContain('JaVaScRiPt:alert(1)');
    expect(hostileHtml).not.toContain('href="mailto:a@b.fi?body');
  });
});

describe('Markdown output', () => {
  it.each(['<script>alert(1)</script>', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>'])(
    'escapes %s in plain values such as names, emails and the change summary, and in editor Markdown',
    (payload) => {
      const markdown = renderMarkdown(input(payload));
      expect(markdown).not.toContain(payload);
      expect(markdown).not.toMatch(/<(script|img)/);
    },
  );
});
