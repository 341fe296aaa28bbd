import MarkdownIt from 'markdown-it';
import { historyMarkdown } from './history';
import type { RenderInput } from './input';
import { resolveNotice, type ResolvedNotice } from './notice';
import { isAllowedLink, sanitizeNoticeHtml } from './sanitize';

// html: false escapes any raw HTML an editor typed; linkify makes bare emails and web addresses links.
const markdown = new MarkdownIt({ html: false, linkify: true });
// Any other link stays literal text: sanitising would otherwise leave an empty <a>.
markdown.validateLink = isAllowedLink;

// h1 is the notice's title and h2 its sections: headings in editor text start at h3.
markdown.core.ruler.push('notice_heading_levels', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && Number(token.tag.slice(1)) < 3) token.tag = 'h3';
  }
});

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function articleHtml(notice: ResolvedNotice): string {
  const sections = notice.sections.map((section) => {
    const heading = section.number === null ? section.heading : `${section.number}. ${section.heading}`;
    return `<section id="notice-${escapeHtml(section.id)}">\n<h2>${escapeHtml(heading)}</h2>\n${markdown.render(section.markdown)}</section>`;
  });
  const history = notice.history
    ? `<section id="notice-history">\n<h2>${escapeHtml(notice.history.heading)}</h2>\n${markdown.render(historyMarkdown(notice.history))}</section>`
    : '';
  return [
    `<article class="privacy-notice" lang="${escapeHtml(notice.language)}">`,
    `<header>\n<h1>${escapeHtml(notice.title)}</h1>\n${markdown.render(notice.intro)}</header>`,
    ...sections,
    `<footer>\n<p>${escapeHtml(notice.dates.text)}</p>\n${history}</footer>`,
    '</article>',
  ].join('\n');
}

const STYLESHEET = `
body { margin: 0; padding: 2rem 1rem; color: #1b1b1b; background: #fff; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.privacy-notice { max-width: 46rem; margin: 0 auto; }
.privacy-notice h1 { font-size: 1.75rem; line-height: 1.25; }
.privacy-notice h2 { font-size: 1.3rem; margin-top: 2.25rem; }
.privacy-notice h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
.privacy-notice a { color: #0b57d0; overflow-wrap: anywhere; }
.privacy-notice table { border-collapse: collapse; width: 100%; }
.privacy-notice th, .privacy-notice td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
.privacy-notice footer { margin-top: 2.5rem; border-top: 1px solid #ddd; }
@media print { body { padding: 0; } .privacy-notice a { color: inherit; } }
`;

/**
 * The notice as sanitised HTML: a whole document (with `<html lang>`, `<title>` and a small
 * stylesheet), or with `fragment` only the `<article>` for embedding in a page.
 */
export function renderHtml(input: RenderInput, options: { fragment?: boolean } = {}): string {
  const notice = resolveNotice(input);
  const article = sanitizeNoticeHtml(articleHtml(notice));
  if (options.fragment) return article;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(notice.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Defence in depth for the standalone document: nothing may load or run, only the inline styles apply.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(notice.title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
