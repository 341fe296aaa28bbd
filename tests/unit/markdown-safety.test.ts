/** The notice's Markdown keeps the editor's Markdown but no raw HTML and no unsafe link. */
import MarkdownIt from 'markdown-it';
import { safeMarkdown } from '../../server/src/domain/render/markdown-safety';

// What a site that lets raw HTML and every link through would make of it.
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;
const html = (markdown: string) => permissive.render(safeMarkdown(markdown));

describe('safeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
    ['<div>\n\n**x**\n\n</div>', '<p>&lt;div&gt;</p>\n<p><strong>x</strong></p>\n<p>&lt;/div&gt;</p>\n'],
    ['a <!-- comment --> b', '<p>a &lt;!-- comment --&gt; b</p>\n'],
    ['<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>\n'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['[x](  JaVaScRiPt:alert(1) )', '<p>[x](  JaVaScRiPt:alert(1) )</p>\n'],
    ['[x](&#106;avascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['[x](<javascript:alert(1)>)', '<p>[x](&lt;javascript:alert(1)&gt;)</p>\n'],
    ['[x](\njavascript:alert(1))', '<p>[x](\njavascript:alert(1))</p>\n'],
    ['[x][r]\n\n[r]: javascript:alert(1)', '<p>[x][r]</p>\n<p>[r]: javascript:alert(1)</p>\n'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', '<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>\n'],
    ['![x](javascript:alert(1))', '<p>![x](javascript:alert(1))</p>\n'],
    ['```\n<script>alert(1)</script>\n```', '<pre><code>&amp;lt;script&gt;alert(1)&amp;lt;/script&gt;\n</code></pre>\n'],
    ['    <script>alert(1)</script>', '<pre><code>&amp;lt;script&gt;alert(1)&amp;lt;/script&gt;\n</code></pre>\n'],
    ['`<b>`', '<p><code>&amp;lt;b&gt;</code></p>\n'],
  ])('makes %j text', (markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it('keeps emphasis, lists, quotes, tables, headings, safe links and autolinks', () => {
    const markdown = [
      '### Säilytys',
      '',
      'Tiedot säilytetään **kaksi vuotta** ja _sitten_ poistetaan; 1 < 2 & 3 > 2.',
      '',
      '> Lainaus',
      '',
      '- [ohje](https://esimerkki.example/ohje "Ohje")',
      '- <https://esimerkki.example/tietosuoja> ja <tietosuoja@esimerkki.example>',
      '- [soita](tel:+358401234567) tai [kirjoita](mailto:tietosuoja@esimerkki.example), [alas](#oikeudet)',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    expect(safeMarkdown(markdown)).toBe(markdown.replace('1 < 2', '1 &lt; 2'));
    const rendered = html(markdown);
    expect(rendered).toContain('<strong>kaksi vuotta</strong>');
    expect(rendered).toContain('<blockquote>');
    expect(rendered).toContain('<a href="https://esimerkki.example/ohje" title="Ohje">ohje</a>');
    expect(rendered).toContain('<a href="https://esimerkki.example/tietosuoja">');
    expect(rendered).toContain('<a href="mailto:tietosuoja@esimerkki.example">tietosuoja@esimerkki.example</a>');
    expect(rendered).toContain('<a href="tel:+358401234567">soita</a>');
    expect(rendered).toContain('<a href="#oikeudet">alas</a>');
    expect(rendered).toContain('<table>');
  });

  it('makes an image a link to it, and leaves escaped brackets alone', () => {
    expect(html('![kuva](https://esimerkki.example/kuva.png)')).toBe('<p>!<a href="https://esimerkki.example/kuva.png">kuva</a></p>\n');
    expect(safeMarkdown('\\[x\\](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });
});
