import sanitizeHtml from 'sanitize-html';

/** sanitize-html lets relative URLs through; a notice links only to these (or within itself, `#…`). */
export function isAllowedLink(href: string): boolean {
  return /^(https?:|mailto:|tel:|#)/i.test(href.trim());
}

/**
 * The last gate before HTML leaves the renderer: plain document tags only, no event handlers or
 * styles, and links only to http, https, mailto and tel. markdown-it already escapes raw HTML;
 * this holds even if a value slips past that.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
    'ul', 'ol', 'li', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'a',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    article: ['class', 'lang'],
    section: ['id'],
    a: ['href', 'title'],
    ol: ['start'],
  },
  allowedClasses: { article: ['privacy-notice'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link anywhere else keeps its text and loses its target.
    a: (tagName, attribs) => ({ tagName, attribs: isAllowedLink(attribs.href ?? '') ? attribs : {} }),
  },
};

export function sanitizeNoticeHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
