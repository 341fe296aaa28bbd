/**
 * Small builders for the Markdown the sections are written in. Values that are not Markdown
 * (names, emails, titles) go through escapeInline so they cannot add links, HTML or structure;
 * editor text fields are Markdown and go through editorMarkdown.
 */
import { isEmailAddress } from '../email';

/** True for a string with something other than whitespace in it. */
export function hasValue(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * A plain value as literal inline Markdown text on one line (not at the start of a block: see
 * escapeLine). `&`, `<` and `>` become entities, which every Markdown renderer shows as text.
 */
export function escapeInline(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>]/g, (character) => ENTITIES[character])
    .replace(/[\\`*_[\]|~#]/g, '\\$&');
}

/** A plain value as a paragraph of its own: also keeps "1. " or "# " at its start from becoming a list or heading. */
export function escapeLine(value: string): string {
  return escapeInline(value)
    .replace(/^([#>+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Editor Markdown placed inside a section: `#` and `##` headings become `###`, so an editor's
 * heading cannot compete with the notice's own title and section headings.
 */
export function editorMarkdown(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || marker.startsWith(fence))) {
        fence = fence === null ? marker : null;
        return line;
      }
      return fence === null ? line.replace(/^ {0,3}#{1,2}(?=[ \t]|$)/, '###') : line;
    })
    .join('\n');
}

/** Blocks separated by blank lines; empty ones are left out. */
export function blocks(...parts: Array<string | false | null | undefined>): string {
  return parts.filter((part): part is string => hasValue(part || '')).join('\n\n');
}

/** A bullet list; an item may hold several blocks (they are indented under its bullet). */
export function bulletList(items: Array<string | false | null | undefined>): string {
  return items
    .filter((item): item is string => hasValue(item || ''))
    .map((item) => item.split('\n').map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`)).join('\n'))
    .join('\n');
}

/** "**Label:** value"; the value is Markdown. */
export function labelled(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

/** A mailto link for a well-formed address, else the text as it is. */
export function emailLink(email: string): string {
  const address = email.trim();
  return isEmailAddress(address) ? `[${escapeInline(address)}](mailto:${address})` : escapeInline(address);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_DOMAIN = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}([/?#]\S*)?$/i;

/** An http(s) link for a website (`www.esimerkki.fi` is read as https), else the text as it is. */
export function websiteLink(website: string): string {
  const text = website.trim();
  const candidate = SCHEME.test(text) ? text : BARE_DOMAIN.test(text) ? `https://${text}` : null;
  let url: URL | null = null;
  try {
    url = candidate ? new URL(candidate) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return escapeInline(text);
  const href = url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeInline(text)}](${href})`;
}
