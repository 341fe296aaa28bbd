/**
 * The change log as a feed (Atom, RSS 2.0 or JSON Feed) for subscribers who follow a notice:
 * one entry per version, newest first, dated by its päivitetty date, with its change summary and
 * a link to that version.
 */
import { Feed } from 'feed';
import { formatNoticeDate, noticeTexts } from '../domain/render';
import type { NoticeLinks } from '../http/links';

export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface ChangelogEntry {
  slug: string;
  /** The register's name in the entry's language, e.g. "Asiakasrekisteri". */
  title: string | null;
  controller: string | null;
  locale: string;
  version: number;
  updatedOn: string;
  effectiveFrom: string;
  changeSummary: string | null;
  material: boolean;
  upcoming: boolean;
  /** The version's link in the hash chain; the newest entry's is the notice's chain head. */
  recordHash: string | null;
}

export interface Changelog {
  locale: string;
  /** The notice's name for a one-notice feed; null for the feed of every notice. */
  title: string | null;
  entries: ChangelogEntry[];
}

/**
 * Each entry carries its version's record hash as a category (Atom `term`, RSS text, JSON Feed
 * tag), so that a reader who keeps the feed can tell later whether the published record was rewritten.
 */
const RECORD_HASH_SCHEME = 'urn:privacy-notices:record-hash';
const recordHashCategory = (recordHash: string) => ({ name: recordHash, term: recordHash, scheme: RECORD_HASH_SCHEME, domain: RECORD_HASH_SCHEME });

/** Noon UTC keeps a päivitetty date on the same calendar day in every time zone. */
const dayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

export function changelogFeed(changelog: Changelog, slug: string | null, format: FeedFormat, links: NoticeLinks): string {
  const texts = noticeTexts(changelog.locale);
  const query = { locale: changelog.locale };
  const heading = changelog.title ? `${changelog.title}: ${texts.history.heading}` : `${texts.document.title}: ${texts.history.heading}`;
  const newest = changelog.entries[0];

  const feed = new Feed({
    id: links.changelog(slug, query),
    title: heading,
    language: changelog.locale,
    link: slug ? links.notice(slug, { ...query, format: 'html' }) : links.notices(query),
    updated: newest ? dayOf(newest.updatedOn) : new Date(0),
    generator: false,
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f, links.changelog(slug, { ...query, format: f })])),
  });

  for (const entry of changelog.entries) {
    const updated = `${texts.history.updatedOn} ${formatNoticeDate(entry.updatedOn, texts.dateFormat, entry.locale)}.`;
    const summary = [entry.material ? `${texts.history.material}.` : null, entry.changeSummary, updated].filter(Boolean).join(' ');
    feed.addItem({
      id: links.version(entry.slug, entry.version),
      title: `${entry.title ?? entry.slug}, ${texts.history.version.toLowerCase()} ${entry.version}`,
      link: links.version(entry.slug, entry.version, { locale: entry.locale, format: 'html' }),
      date: dayOf(entry.updatedOn),
      published: new Date(entry.effectiveFrom),
      description: summary,
      author: entry.controller ? [{ name: entry.controller }] : undefined,
      category: entry.recordHash ? [recordHashCategory(entry.recordHash)] : undefined,
    });
  }

  if (format === 'rss') return feed.rss2();
  if (format === 'json') return feed.json1();
  return feed.atom1();
}
