/**
 * A change-log feed carries the newest entries; older ones are on further pages, linked as RFC 5005
 * paged feeds do: `first`, `previous` (newer entries) and `next` (older entries). Atom has them as
 * `<link>` elements of the feed, RSS as `<atom:link>` in the channel, JSON Feed as `next_url`.
 */
import { escape as escapeXml } from 'lodash';
import type { FeedFormat } from './feed';

export interface FeedPageLinks {
  first: string;
  /** The page of newer entries; null on the first page. */
  previous: string | null;
  /** The page of older entries; null on the last page. */
  next: string | null;
}

/** Where the feed's own elements end: before its first entry, or its closing tag when it has none. */
const FEED_PARTS: Record<Exclude<FeedFormat, 'json'>, { element: string; entry: string; end: string }> = {
  atom: { element: 'link', entry: '<entry>', end: '</feed>' },
  rss: { element: 'atom:link', entry: '<item>', end: '</channel>' },
};

/**
 * The written feed with its paging links. The feed's own elements come before its entries, and
 * every text before the first entry is escaped, so the first `<entry>` (`<item>`) is the entry's tag.
 */
export function withPagingLinks(feed: string, format: FeedFormat, links: FeedPageLinks): string {
  if (format === 'json') {
    if (!links.next) return feed;
    const document = JSON.parse(feed) as Record<string, unknown>;
    return JSON.stringify({ ...document, next_url: links.next }, null, 4);
  }
  const { element, entry, end } = FEED_PARTS[format];
  const elements = (['first', 'previous', 'next'] as const)
    .filter((rel) => links[rel] !== null)
    .map((rel) => `<${element} rel="${rel}" href="${escapeXml(links[rel] as string)}"/>\n${' '.repeat(format === 'rss' ? 8 : 4)}`)
    .join('');
  const at = feed.indexOf(entry);
  const place = at === -1 ? feed.lastIndexOf(end) : at;
  return feed.slice(0, place) + elements + feed.slice(place);
}
