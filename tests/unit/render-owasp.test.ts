/**
 * The HTML and Markdown renderers against the OWASP XSS Filter Evasion Cheat Sheet
 * (https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html), plus the
 * same tricks written as Markdown links. Each vector is put into every kind of field a notice
 * has — plain values, editor Markdown, links, the change history — and the output must contain
 * nothing a browser would run or load.
 */
import { escapeRegExp } from 'lodash';
import MarkdownIt from 'markdown-it';
import { renderHtml, renderMarkdown } from '../../server/src/domain/render';
import { isAllowedLink } from '../../server/src/domain/render/sanitize';
import { everyFieldSaying } from './fixtures/snapshot';

const OWASP_VECTORS = [
  `<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=javascript:alert(&quot;XSS&quot;)>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<a onmouseover=alert(document.cookie)>xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  `<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
  `<SCRIPT SRC=//xss.rocks/.j>`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `\\";alert('XSS');//`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<IMG LOWSRC="javascript:alert('XSS')">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<IMG SRC='vbscript:msgbox("XSS")'>`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<BR SIZE="&{alert('XSS')}">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">`,
  `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">`,
  `<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>`,
  `<STYLE>@im\\port'\\ja\\vasc\\ript:alert("XSS")';</STYLE>`,
  `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`,
  `<STYLE TYPE="text/javascript">alert('XSS');</STYLE>`,
  `<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>`,
  `<STYLE type="text/css">BODY{background:url("javascript:alert('XSS')")}</STYLE>`,
  `<XSS STYLE="xss:expression(alert('XSS'))">`,
  `<XSS STYLE="behavior: url(xss.htc);">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert('XSS');">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">`,
  `<DIV STYLE="background-image: url(&#1;javascript:alert('XSS'))">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hsaW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert('XSS')"></B></I></XML>`,
  `<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>alert("XSS")</SCRIPT>"></BODY></HTML>`,
  `<SCRIPT SRC="http://xss.rocks/xss.jpg"></SCRIPT>`,
  `<!--#exec cmd="/bin/echo '<SCR'"--><!--#exec cmd="/bin/echo 'IPT SRC=http://xss.rocks/xss.js></SCRIPT>'"-->`,
  `<? echo('<SCR)';echo('IPT>alert("XSS")</SCRIPT>'); ?>`,
  `<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">`,
  `<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-`,
  `<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  `<SCRIPT =">" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  `<SCRIPT a=">" '' SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  `<SCRIPT "a='>'" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  '<SCRIPT a=`>` SRC="httx://xss.rocks/xss.js"></SCRIPT>',
  `<SCRIPT a=">'>" SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  `<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>`,
  `<A HREF="h\ntt\tp://6\t6.000146.0x7.147/">XSS</A>`,
  `<A HREF="//www.google.com/">XSS</A>`,
  `<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>`,
  `<a href="javascript&colon;alert(1)">XSS</a>`,
  `<math><mi xlink:href="javascript:alert(1)">XSS</mi></math>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`,
  `<details open ontoggle=alert(1)>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<form><button formaction=javascript:alert(1)>XSS</button></form>`,
];

/** The same evasions as Markdown links and images, which the Markdown renderer turns into tags. */
const MARKDOWN_VECTORS = [
  `[XSS](javascript:alert('XSS'))`,
  `[XSS](JaVaScRiPt:alert('XSS'))`,
  `[XSS](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))`,
  `[XSS](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1))`,
  `[XSS](jav&#x09;ascript:alert(1))`,
  `[XSS](javascript&colon;alert(1))`,
  `[XSS]( javascript:alert(1) )`,
  `[XSS](<javascript:alert(1)>)`,
  `[XSS](//xss.rocks/xss.js)`,
  `[XSS](vbscript:msgbox("XSS"))`,
  `[XSS](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K)`,
  `![XSS](javascript:alert('XSS'))`,
  `![XSS](http://xss.rocks/xss.jpg)`,
  `[XSS](https://www.esimerkki.fi" onmouseover="alert(1))`,
  `[XSS](https://www.esimerkki.fi "title\\" onmouseover=\\"alert(1)")`,
  `<javascript:alert('XSS')>`,
  `[XSS][ref]\n\n[ref]: javascript:alert('XSS')`,
];

const VECTORS = [...OWASP_VECTORS, ...MARKDOWN_VECTORS];

/** A register with the vector in every field, resolved as publishing would resolve it. */
const input = everyFieldSaying;

const ALLOWED: Record<string, string[]> = {
  article: ['class', 'lang'], section: ['id'], a: ['href', 'title'], ol: ['start'],
  ...Object.fromEntries(
    ['header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'li', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']
      .map((tag) => [tag, []]),
  ),
};

/**
 * Reads the markup without an HTML parser's leniency: every `<` must open a well-formed tag
 * with double-quoted attributes, so that what is checked here is what any browser would see.
 * Returns the offending markup, or null.
 */
function unsafeMarkup(html: string): string | null {
  const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s[a-z-]+="[^"<>]*")*)\s*>/y;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    tag.lastIndex = at;
    const match = tag.exec(html);
    if (!match) return `malformed markup: ${html.slice(at, at + 60)}`;
    const [whole, closing, name, attributes] = match;
    if (!(name in ALLOWED)) return `tag: ${whole}`;
    if (closing) continue;
    for (const [, attribute, value] of attributes.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
      if (!ALLOWED[name].includes(attribute)) return `attribute: ${whole}`;
      // A literal scheme at the start cannot be changed by entities after it.
      if (attribute === 'href' && !/^(https?:\/\/[^/]|mailto:|tel:|#)/i.test(value)) return `link: ${whole}`;
    }
  }
  return null;
}

/** Text content of escaped markup. */
const textOf = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('OWASP XSS filter-evasion vectors in every field', () => {
  it('has a good set of vectors', () => {
    expect(OWASP_VECTORS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(VECTORS).size).toBe(VECTORS.length);
  });

  it.each(VECTORS.map((vector) => [JSON.stringify(vector), vector]))('%s', (_name, vector) => {
    for (const locale of ['fi', 'sv', 'en']) {
      const fragment = renderHtml(input(vector, locale), { fragment: true });
      expect(unsafeMarkup(fragment)).toBeNull();
      // Nothing was dropped to get there: the heading shows what the editor typed, as text.
      expect(textOf(fragment.slice(fragment.indexOf('<h1>') + 4, fragment.indexOf('</h1>')))).toMatch(new RegExp(`: ${escapeRegExp(vector.trim())}$`));

      // The whole document is its fixed head around the same article; the title is escaped text.
      const document = renderHtml(input(vector, locale));
      const head = document.slice(0, document.indexOf('<body>'));
      expect(document.slice(document.indexOf('<body>'))).toBe(`<body>\n${fragment}\n</body>\n</html>\n`);
      expect([...head.matchAll(/<([a-zA-Z!][\w-]*)/g)].map((m) => m[1].toLowerCase())).toEqual(['!doctype', 'html', 'head', 'meta', 'meta', 'meta', 'title', 'style']);
      const title = head.slice(head.indexOf('<title>') + 7, head.indexOf('</title>'));
      expect(title).not.toMatch(/[<>]/);
    }
  });
});

describe('the same vectors in the Markdown', () => {
  // A site that renders the Markdown with raw HTML allowed and every link scheme accepted.
  const permissive = new MarkdownIt({ html: true });
  permissive.validateLink = () => true;
  const tokensOf = (markdown: string) => {
    const tokens = permissive.parse(markdown, {});
    return [...tokens, ...tokens.flatMap((token) => token.children ?? [])];
  };

  it.each(VECTORS.map((vector) => [JSON.stringify(vector), vector]))('%s', (_name, vector) => {
    for (const locale of ['fi', 'en']) {
      const markdown = renderMarkdown(input(vector, locale));
      const tokens = tokensOf(markdown);
      expect(tokens.filter((token) => token.type === 'html_block' || token.type === 'html_inline').map((token) => token.content)).toEqual([]);
      const links = tokens.filter((token) => token.type === 'link_open' || token.type === 'image').map((token) => String(token.attrGet('href') ?? token.attrGet('src') ?? ''));
      expect(links.filter((href) => !isAllowedLink(href))).toEqual([]);
      expect(permissive.render(markdown)).not.toMatch(/<(script|img|svg|iframe|style|a href="(?!https?:|mailto:|tel:|#))/i);
    }
  });
});

describe('the checker itself', () => {
  it.each([
    '<p>ok</p><script>alert(1)</script>',
    '<p onclick="alert(1)">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="//evil.example">x</a>',
    '<a href=javascript:alert(1)>x</a>',
    '<img src="x">',
    '<p>a < b</p>',
  ])('flags %s', (html) => {
    expect(unsafeMarkup(html)).not.toBeNull();
  });

  it('accepts plain sanitised markup', () => {
    expect(unsafeMarkup('<article class="privacy-notice" lang="fi">\n<p>a &lt; b <a href="https://www.esimerkki.fi/">x</a></p>\n</article>')).toBeNull();
  });
});
