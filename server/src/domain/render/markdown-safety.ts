/**
 * Markdown that stays text wherever it is rendered, also by a renderer that passes raw HTML
 * through and follows any link. Editor text is Markdown, and Markdown allows raw HTML and links
 * of any scheme; the notice's Markdown keeps the editor's Markdown but none of those:
 *
 * - every `<` becomes `&lt;`, except in an autolink to an allowed address (`<https://…>`,
 *   `<mailto:…>`, `<tel:…>`, `<name@example.fi>`). Raw HTML cannot start without a `<`, and an
 *   entity is always text, so no renderer finds a tag. (Inside a code block `&lt;` shows as it is:
 *   safe for every renderer, including those without fenced code.)
 * - a link whose address is not allowed (see isAllowedLink: http, https, mailto, tel or `#…`)
 *   gets its `]` escaped, so that it stays the text it is: `[x](javascript:…)` is not a link.
 * - an image becomes a link to it, as in the HTML, which loads nothing from elsewhere.
 */
import MarkdownIt from 'markdown-it';
import { isAllowedLink } from './sanitize';

const { parseLinkDestination } = new MarkdownIt().helpers;

/** `](` of an inline link or image, `]:` of a link reference definition. */
const LINK_TARGET = /\](?:\(|:)/g;

/** An autolink as CommonMark reads one: `<scheme:…>` or `<name@domain>`. */
const AUTOLINK_OR_LT =
  /<(?:([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>|([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>)?/g;

const escapedAt = (text: string, at: number) => {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
};

/** `![` of an image. */
const IMAGE = /!\[/g;

/** Spaces and at most one line break, between `](` or `]:` and the address. */
const BEFORE_ADDRESS = /[ \t]*(?:\r?\n)?[ \t]*/y;

/** Escapes the `]` of every link or definition whose address is not an allowed one, and the `!` of every image. */
function withoutUnsafeLinks(markdown: string): string {
  const images = [...markdown.matchAll(IMAGE)].map((match) => match.index!).filter((at) => !escapedAt(markdown, at));
  const escapes: number[] = [...images];
  for (const match of markdown.matchAll(LINK_TARGET)) {
    const at = match.index!;
    if (escapedAt(markdown, at)) continue;
    // The address may follow after spaces and one line break.
    BEFORE_ADDRESS.lastIndex = at + 2;
    const start = at + 2 + BEFORE_ADDRESS.exec(markdown)![0].length;
    const destination = parseLinkDestination(markdown, start, markdown.length);
    if (destination.ok && !isAllowedLink(destination.str)) escapes.push(at);
  }
  // From the end, so that each insertion leaves the positions before it as they were.
  return escapes
    .sort((a, b) => a - b)
    .reduceRight((text, at) => `${text.slice(0, at)}\\${text.slice(at)}`, markdown);
}

/** Every `<` as `&lt;`, but for autolinks to allowed addresses. */
function withoutHtml(markdown: string): string {
  return markdown.replace(AUTOLINK_OR_LT, (match: string, uri?: string, email?: string) =>
    (uri !== undefined && isAllowedLink(uri)) || email !== undefined ? match : `&lt;${match.slice(1)}`,
  );
}

/** The Markdown with no raw HTML and no link to a disallowed address, its other Markdown kept. */
export function safeMarkdown(markdown: string): string {
  return withoutHtml(withoutUnsafeLinks(markdown));
}
