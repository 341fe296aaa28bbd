/**
 * The change log as a feed (Atom, RSS 2.0 or JSON Feed) for subscribers who follow a notice:
 * one entry per version, newest first, dated by its päivitetty date, with its change summary and
 * a link to that version.
 *
 * Titles and change summaries are editor text, and a feed reader must show them as text, never
 * run them as HTML. The `feed` library writes Atom titles and summaries as `type="html"` and RSS
 * and JSON Feed content as HTML, so: Atom entries are rewritten to `type="text"` (with xml-js, the
 * library's own XML writer), RSS gets the text HTML-escaped (RSS readers read it as HTML), and JSON
 * Feed gets `content_text` instead of `content_html`.
 */
import { Feed, type Item } from 'feed';
import { escape as escapeHtml } from 'lodash';
import { xml2js, js2xml, type ElementCompact } from 'xml-js';
import { fillTemplate, formatNoticeDate, noticeTexts } from '../domain/render';
import type { NoticeLinks } from '../http/links';

export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface ChangelogEntry {
  /** The register's documentId: with the version number, the entry's id whatever address the feed is read at. */
  registerDocumentId: string;
  slug: string;
  /** The register's name in the entry's language, e.g. "Asiakasrekisteri". */
  title: string | null;
  controller: string | null;
  locale: string;
  /** Null for a päivitetty date of the notice from before its first version here (`legacy`). */
  version: number | null;
  updatedOn: string;
  effectiveFrom: string | null;
  /** The day the version takes effect, in the configured time zone. */
  effectiveOn: string | null;
  changeSummary: string | null;
  material: boolean;
  /** Announced, not yet in effect: its summary says when it takes effect, never "updated". */
  upcoming: boolean;
  legacy: boolean;
  /** The version's link in the hash chain; the newest entry's is the notice's chain head. */
  recordHash: string | null;
}

export interface Changelog {
  locale: string;
  /** The notice's name for a one-notice feed; null for the feed of every notice. */
  title: string | null;
  /** The register of a one-notice feed; null for the feed of every notice. */
  registerDocumentId: string | null;
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

/** One entry as text: its title and its summary (material change, change summary, päivitetty). */
interface EntryText {
  title: string;
  summary: string;
}

/**
 * Ids that do not depend on the address the feed was read at (RFC 4287 §4.2.6: an entry's id never
 * changes): the register's documentId and the version number, or the legacy päivitetty date.
 */
const REGISTER_URN = (documentId: string) => `urn:privacy-notices:register:${documentId}`;
export function entryId(entry: Pick<ChangelogEntry, 'registerDocumentId' | 'version' | 'updatedOn'>): string {
  return entry.version === null
    ? `${REGISTER_URN(entry.registerDocumentId)}:legacy:${entry.updatedOn}`
    : `${REGISTER_URN(entry.registerDocumentId)}:version:${entry.version}`;
}
const feedId = (changelog: Changelog) =>
  changelog.registerDocumentId
    ? `${REGISTER_URN(changelog.registerDocumentId)}:changelog:${changelog.locale}`
    : `urn:privacy-notices:changelog:${changelog.locale}`;

/**
 * `updated` is the päivitetty date; `published` the moment the version took effect, or its
 * päivitetty date when that is earlier (a version announced ahead, or one that took effect later
 * on its päivitetty day), so that `published` is never after `updated`.
 */
function entryDates(entry: ChangelogEntry) {
  const updated = dayOf(entry.updatedOn);
  const effective = entry.effectiveFrom ? new Date(entry.effectiveFrom) : updated;
  return { updated, published: effective < updated ? effective : updated };
}

/** xml-js writes attribute values as they are: a link's `&` must be written `&amp;` again. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Atom with `xml:lang` and every entry's title and summary as `type="text"`, holding the text as it is. */
function atomWithTextEntries(atom: string, texts: EntryText[], language: string): string {
  const document = xml2js(atom, { compact: true }) as ElementCompact;
  document.feed._attributes = { ...document.feed._attributes, 'xml:lang': language };
  const entries = document.feed.entry === undefined ? [] : [document.feed.entry].flat();
  entries.forEach((entry: ElementCompact, i: number) => {
    entry.title = { _attributes: { type: 'text' }, _text: texts[i].title };
    entry.summary = { _attributes: { type: 'text' }, _text: texts[i].summary };
  });
  return js2xml(document, { compact: true, spaces: 4, attributeValueFn: escapeAttribute });
}

/**
 * JSON Feed with each item's summary as `content_text`, and what the embed needs to mark an entry
 * (`_privacy_notices`: version, upcoming, legacy, effectiveFrom).
 */
function jsonFeedWithText(json: string, texts: EntryText[], entries: ChangelogEntry[]): string {
  const feed = JSON.parse(json) as { items: Array<Record<string, unknown>> };
  feed.items = feed.items.map(({ content_html: _html, ...item }, i) => ({
    ...item,
    content_text: texts[i].summary,
    _privacy_notices: { version: entries[i].version, upcoming: entries[i].upcoming, legacy: entries[i].legacy, effectiveFrom: entries[i].effectiveFrom },
  }));
  return JSON.stringify(feed, null, 4);
}

export function changelogFeed(changelog: Changelog, slug: string | null, format: FeedFormat, links: NoticeLinks): string {
  const texts = noticeTexts(changelog.locale);
  const query = { locale: changelog.locale };
  const name = changelog.title ?? texts.document.title;
  const heading = `${name}: ${texts.history.heading}`;
  const newest = changelog.entries[0];
  // RSS elements are read as HTML by feed readers.
  const asRss = (text: string) => (format === 'rss' ? escapeHtml(text) : text);

  const feed = new Feed({
    id: feedId(changelog),
    title: asRss(heading),
    description: asRss(fillTemplate(texts.history.feedDescription, { title: name })),
    language: changelog.locale,
    link: slug ? links.notice(slug, { ...query, format: 'html' }) : links.notices(query),
    updated: newest ? dayOf(newest.updatedOn) : new Date(0),
    generator: false,
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f, links.changelog(slug, { ...query, format: f })])),
  });

  const entryTexts = changelog.entries.map((entry): EntryText => {
    const date = (isoDate: string) => formatNoticeDate(isoDate, texts.dateFormat, entry.locale);
    const updated = `${texts.history.updatedOn} ${date(entry.updatedOn)}.`;
    if (entry.version === null) {
      return { title: `${entry.title ?? entry.slug}, ${texts.history.updatedOn.toLowerCase()} ${date(entry.updatedOn)}`, summary: `${texts.history.legacy} ${updated}` };
    }
    // An announced version says when it takes effect, never that it was updated.
    const when = entry.upcoming && entry.effectiveOn ? `${fillTemplate(texts.history.upcoming, { date: date(entry.effectiveOn) })}.` : updated;
    return {
      title: `${entry.title ?? entry.slug}, ${texts.history.version.toLowerCase()} ${entry.version}`,
      summary: [entry.upcoming ? when : null, entry.material ? `${texts.history.material}.` : null, entry.changeSummary, entry.upcoming ? null : when]
        .filter(Boolean)
        .join(' '),
    };
  });
  changelog.entries.forEach((entry, i) => {
    const { updated, published } = entryDates(entry);
    const item: Item = {
      id: entryId(entry),
      title: asRss(entryTexts[i].title),
      link:
        entry.version === null
          ? links.notice(entry.slug, { locale: entry.locale, format: 'html' })
          : links.version(entry.slug, entry.version, { locale: entry.locale, format: 'html' }),
      date: updated,
      published,
      description: asRss(entryTexts[i].summary),
      author: entry.controller ? [{ name: asRss(entry.controller) }] : undefined,
      category: entry.recordHash ? [recordHashCategory(entry.recordHash)] : undefined,
    };
    feed.addItem(item);
  });

  if (format === 'rss') return feed.rss2();
  if (format === 'json') return jsonFeedWithText(feed.json1(), entryTexts, changelog.entries);
  return atomWithTextEntries(feed.atom1(), entryTexts, changelog.locale);
}
