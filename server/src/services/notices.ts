/**
 * What websites read: published versions only, resolved to one language, with the päivitetty
 * history and the upcoming version. Never the register's unpublished edits, never admin data.
 * Every public format (JSON, HTML, Markdown, JSON-LD, diff, change log, GraphQL) reads through here.
 */
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { boundedHistory, historyEntries, isLegacyEntry, timeline, versionEntry, type BoundedHistory, type HistoryEntry, type Timeline } from '../domain/timeline';
import { timelineAt } from '../domain/in-force';
import { localizeSnapshot, servedLanguage } from '../domain/localize';
import { textIn } from '../domain/text';
import { createdOnWithLegacy, legacyHistoryEntries } from '../domain/legacy-history';
import { noticeTexts, type RenderInput } from '../domain/render';
import { NOTICE_FORMATS, type NoticeFormat, type WrittenFormat } from '../domain/formats';
import { diffSnapshots } from '../domain/diff';
import { sectionOfDiffId } from '../domain/sections';
import type { NoticeSnapshot, VersionSummary } from '../domain/types';
import type { ChainHead } from '../domain/record-chain';
import { versionRepository } from '../repositories/version-repository';
import { chainHeadRepository, type RegisterHead } from '../repositories/chain-head-repository';
import { collectionRepository } from '../repositories/collection-repository';
import { DEFAULT_PAGE_SIZE, paginationOf, windowOf, type PageQuery } from '../domain/paging';
import { pluginConfig } from '../config/access';
import { NotFoundError } from '../errors';
import type { VersionComparison } from '../contracts';
import { entityTag, type Cacheable } from '../http/cache';
import { estimatedBytes, NoticeCache, nextChange, type RegisterState } from './notice-cache';
import { changelogFeed, FEED_CONTENT_TYPES, FEED_FORMATS, type Changelog, type ChangelogEntry, type FeedFormat } from './feed';
import { withPagingLinks } from './feed-paging';
import type { NoticeLinks } from '../http/links';

export interface NoticeQuery {
  locale?: string;
  version?: number;
  /** The moment whose version in force is served, with the history up to it (not with `version`). */
  at?: Date;
}

export interface DiffQuery {
  from?: number;
  to?: number;
  locale?: string;
}

export interface RenderOptions {
  /** HTML only: the `<article>` alone, for embedding in a page. */
  fragment?: boolean;
  links: NoticeLinks;
}

/** One published version as a reader gets it, before it is written out in a format. */
export interface ServedVersion {
  slug: string;
  target: VersionSummary;
  snapshot: NoticeSnapshot;
  line: Timeline;
  /** The newest entries of the päivitetty history every format shows (historyLimit), built once per register state and version. */
  history: BoundedHistory;
  language: string;
  /** Laadittu, reaching back to an imported legacy notice's own date. */
  createdOn: string;
  /** The newest version the register's chain holds, shown with every notice so that a rewrite is visible from outside. */
  head: ChainHead;
}

export interface RegisterRef {
  documentId: string;
  slug: string;
}

/** A page of a change log: `more` when older entries follow on the next page. */
export interface PagedChangelog extends Changelog {
  page: number;
  more: boolean;
}

/** What a feed reader asks for: a language, a format (Atom when none is given) and a page. */
export interface FeedQuery {
  locale?: string;
  format?: FeedFormat;
  page: number;
}

/** A finished feed, ready for HTTP caching. */
export type FeedDocument = Cacheable<unknown> & { etag: string; type: string };

/** A finished public response, kept until its register's state changes. */
export type NoticeDocument = Cacheable<unknown> & { etag: string; type: string; chainHead: ChainHead; data?: () => unknown };

/** A history entry for readers: a version's public summary, or a legacy päivitetty date as it is. */
function publicEntry(entry: HistoryEntry, language: string, fallback: string) {
  return isLegacyEntry(entry) ? entry : publicSummary(entry, language, fallback);
}

/** A version's metadata for readers: change summary in their language, no internal fields. */
function publicSummary(summary: VersionSummary, language: string, fallback: string) {
  return {
    version: summary.version,
    updatedOn: summary.updatedOn,
    effectiveFrom: summary.effectiveFrom,
    changeSummary: textIn(summary.changeSummary, language, fallback),
    material: summary.material,
    contentHash: summary.contentHash,
    recordHash: summary.recordHash ?? null,
  };
}

/**
 * Only the versions that extend the chain head the register keeps are served: a row inserted
 * beyond it — forged, or written around the plugin — is never the current version, nor in any
 * history (verification reports it).
 */
const withinHead = <T extends { version: number }>(summaries: T[], head: ChainHead | null) =>
  head ? summaries.filter((v) => v.version <= head.version) : [];

/** The announced version of a history that takes effect first, as JSON's `upcoming`. */
function nextAnnounced(history: HistoryEntry[], language: string, fallback: string) {
  const announced = history.filter((entry) => !isLegacyEntry(entry) && entry.upcoming) as VersionSummary[];
  const next = announced[announced.length - 1];
  return next ? publicSummary(next, language, fallback) : null;
}

const serialise = (body: string | object) => (typeof body === 'string' ? body : JSON.stringify(body));


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = chainHeadRepository(strapi);
  const collections = collectionRepository(strapi);
  const versions = versionRepository(strapi);
  const config = () => pluginConfig(strapi);

  async function registerBySlug(slug: string): Promise<RegisterHead> {
    const register = await registers.bySlug(slug);
    if (!register) throw new NotFoundError(`No privacy notice "${slug}"`);
    return register;
  }

  /** A register's versions that extend its chain head, newest first. */
  async function chainedSummaries(register: RegisterHead) {
    return withinHead(await versions.summaries([register.documentId]), register.head);
  }

  let remembered: NoticeCache<NoticeDocument> | undefined;
  /** Created on first use, once the plugin's configuration is read. */
  const memory = () => (remembered ??= new NoticeCache<NoticeDocument>(config().cacheSize));

  /**
   * What a register serves now: one indexed read of the register by its slug, which carries its
   * chain head, per request; the rest from memory until the head moves or an announced version
   * takes effect.
   */
  async function registerState(slug: string): Promise<RegisterState<NoticeDocument>> {
    const register = await registerBySlug(slug);
    const { documentId, head } = register;
    if (!head) throw new NotFoundError(`Privacy notice "${slug}" has no version in effect yet`);
    const now = Date.now();
    const known = memory().state(documentId, head, now);
    if (known) return known;
    const summaries = await chainedSummaries(register);
    const state = {
      documentId,
      slug,
      head,
      summaries,
      line: timeline(summaries, new Date(now)),
      validUntil: nextChange(summaries, now),
      snapshots: new Map<number, NoticeSnapshot>(),
      histories: new Map<string, BoundedHistory>(),
      documents: new Map<string, NoticeDocument>(),
    };
    memory().store(state);
    return state;
  }

  function snapshotOf(state: RegisterState<NoticeDocument>, version: number): Promise<NoticeSnapshot> {
    return memory().snapshot(state, version, async () => {
      const snapshots = await versions.snapshots([{ registerDocumentId: state.documentId, version }]);
      return snapshots.get(`${state.documentId}#${version}`) as NoticeSnapshot;
    });
  }

  /** The version a reader asked for (default: the one in effect now). */
  async function serve(slug: string, query: NoticeQuery): Promise<ServedVersion & { state: RegisterState<NoticeDocument> }> {
    const state = await registerState(slug);
    const { summaries } = state;
    const line = query.at ? timelineAt(summaries, query.at) : state.line;
    const target = query.version === undefined ? line.current : summaries.find((v) => v.version === query.version);
    if (!target) {
      if (query.at) throw new NotFoundError(`Privacy notice "${slug}" had no version in force at ${query.at.toISOString()}`);
      throw new NotFoundError(
        query.version === undefined ? `Privacy notice "${slug}" has no version in effect yet` : `Privacy notice "${slug}" has no version ${query.version}`,
      );
    }
    const snapshot = await snapshotOf(state, target.version);
    // The history depends only on the version served and whether the line is now's or an `at` moment's.
    const historyKey = `${target.version}|${query.at ? 'at' : 'now'}`;
    const history = memory().history(state, historyKey, () => {
      const { timeZone, historyLimit } = config();
      return boundedHistory(line, target, snapshot.legacyHistory, timeZone, historyLimit);
    });
    return {
      state,
      slug: state.slug,
      target,
      snapshot,
      line,
      history,
      language: servedLanguage(snapshot, query.locale),
      createdOn: createdOnWithLegacy(snapshot.legacyHistory, line.createdOn) as string,
      head: state.head,
    };
  }

  function jsonOf({ slug, target, snapshot, history, language, createdOn, head }: ServedVersion, links: NoticeLinks) {
    const { notice, untranslated } = localizeSnapshot(snapshot, language);
    const fallback = snapshot.defaultLanguage;
    return {
      slug,
      version: target.version,
      locale: language,
      availableLocales: snapshot.languages,
      createdOn,
      updatedOn: target.updatedOn,
      effectiveFrom: target.effectiveFrom,
      changeSummary: textIn(target.changeSummary, language, fallback),
      material: target.material,
      contentHash: target.contentHash,
      recordHash: target.recordHash ?? null,
      chainHead: head,
      notice,
      untranslated,
      // The newest historyLimit entries; historyTotal says how many there are, historyUrl where all of them are.
      history: history.entries.filter((entry) => isLegacyEntry(entry) || !entry.upcoming).map((entry) => publicEntry(entry, language, fallback)),
      historyTotal: history.total,
      historyUrl: links.versions(slug, { locale: language }),
      // The announced version that takes effect next; the history lists it first, marked upcoming.
      upcoming: nextAnnounced(history.entries, language, fallback),
    };
  }

  function renderInputOf({ slug, target, snapshot, history, language, createdOn }: ServedVersion, links: NoticeLinks): RenderInput {
    return {
      snapshot,
      version: target.version,
      locale: language,
      createdOn,
      updatedOn: target.updatedOn,
      history: history.entries,
      historyTotal: history.total,
      historyUrl: links.versions(slug, { locale: language }),
      supervisoryAuthority: config().supervisoryAuthority,
    };
  }

  function written(served: ServedVersion, format: WrittenFormat, options: RenderOptions): string | object {
    return NOTICE_FORMATS[format].write({
      ...renderInputOf(served, options.links),
      fragment: options.fragment,
      id: options.links.version(served.slug, served.target.version),
      effectiveFrom: served.target.effectiveFrom,
    });
  }

  async function compare(
    register: RegisterRef,
    summaries: VersionSummary[],
    query: DiffQuery,
    defaultTo: (line: Timeline, newest: VersionSummary | undefined) => VersionSummary | null,
  ): Promise<VersionComparison> {
    if (summaries.length === 0) throw new NotFoundError(`Privacy notice "${register.slug}" has no published version yet`);
    const find = (version: number) => {
      const summary = summaries.find((v) => v.version === version);
      if (!summary) throw new NotFoundError(`Privacy notice "${register.slug}" has no version ${version}`);
      return summary;
    };
    const to = query.to === undefined ? defaultTo(timeline(summaries, new Date()), summaries[0]) : find(query.to);
    if (!to) throw new NotFoundError(`Privacy notice "${register.slug}" has no version in effect yet`);
    // Version 1 has no earlier version: compared with itself, nothing changed.
    const from = find(query.from ?? Math.max(1, to.version - 1));

    const snapshots = await versions.snapshots([from, to].map(({ version }) => ({ registerDocumentId: register.documentId, version })));
    const [fromSnapshot, toSnapshot] = [from, to].map((v) => snapshots.get(`${register.documentId}#${v.version}`) as NoticeSnapshot);
    const fallback = toSnapshot.defaultLanguage;
    const language = query.locale && [...toSnapshot.languages, ...fromSnapshot.languages].includes(query.locale) ? query.locale : fallback;
    const headings = noticeTexts(language).sections;
    const { sections } = diffSnapshots(fromSnapshot, toSnapshot, { locale: language, defaultLanguage: fallback });
    return {
      slug: register.slug,
      locale: language,
      from: publicSummary(from, language, fallback),
      to: publicSummary(to, language, fallback),
      sections: sections.map(({ id, ...section }) => ({ id, heading: headings[sectionOfDiffId(id)!], ...section })),
    };
  }

  /**
   * One version in a format, ready for HTTP caching: the ETag names the version's contentHash,
   * the served language and the format; the body is only built for a client that lacks it. The
   * JSON is kept as data too, which GraphQL serves: both read the same remembered result.
   */
  function documentOf(
    served: ServedVersion & { state: RegisterState<NoticeDocument> },
    format: NoticeFormat,
    options: Pick<RenderOptions, 'links'> & Partial<RenderOptions>,
  ): NoticeDocument {
    const variant = format === 'html' && options.fragment ? 'html-fragment' : format;
    // An `at` query is keyed by the version it resolves to, so that any number of dates share one
    // entry. Every format names addresses (JSON its historyUrl), so the host asked through is part of the key.
    const key = [served.target.version, served.language, variant, options.links.api, served.line === served.state.line ? '' : 'at'].join('|');
    return memory().document(served.state, key, () => {
      const tag = [served.target.contentHash.slice(0, 16), served.language, variant];
      const state = {
        head: served.head,
        history: [served.history.entries.map((entry) => entry.version ?? entry.updatedOn), served.history.total],
        upcoming: served.line.upcoming && [served.line.upcoming.version, served.line.upcoming.effectiveFrom],
        links: format === 'jsonld' ? options.links.api : null,
        supervisoryAuthority: config().supervisoryAuthority,
      };
      let body: string | undefined;
      let data: ReturnType<typeof jsonOf> | undefined;
      const json = () => {
        if (!data) {
          data = jsonOf(served, options.links);
          memory().account(served.state, data);
        }
        return data;
      };
      return {
        tag,
        state,
        etag: entityTag(tag, state),
        chainHead: served.head,
        changesAt: served.line.upcoming?.effectiveFrom ?? null,
        type: NOTICE_FORMATS[format].contentType,
        data: format === 'json' ? json : undefined,
        // Built once, on the first request that needs the body, then served as is.
        body: () => (body ??= serialise(format === 'json' ? { data: json() } : written(served, format, options as RenderOptions))),
      };
    });
  }

  /** A page of the list, built from the database. */
  async function listPage(query: NoticeQuery, page: PageQuery) {
    const { total, entries } = await collections.listedPage(windowOf(page), new Date());
    const notices = entries.map(({ register, current, createdOn, snapshot }) => {
      const language = servedLanguage(snapshot, query.locale);
      return {
        slug: register.slug,
        title: textIn(snapshot.title, language, snapshot.defaultLanguage),
        locale: language,
        version: current.version,
        createdOn: createdOnWithLegacy(snapshot.legacyHistory, createdOn),
        updatedOn: current.updatedOn,
        effectiveFrom: current.effectiveFrom,
        recordHash: current.recordHash ?? null,
        chainHead: register.head as ChainHead,
      };
    });
    return { notices, pagination: paginationOf(page, total) };
  }

  /** Every listed notice's change log, one page of it. */
  /** One line of a change log: a history entry of a register, in the feed's language. */
  function changelogEntry(register: { documentId: string; slug: string }, entry: HistoryEntry, snapshot: NoticeSnapshot, served: string): ChangelogEntry {
    return {
      registerDocumentId: register.documentId,
      slug: register.slug,
      title: textIn(snapshot.title, served, snapshot.defaultLanguage),
      controller: snapshot.controller?.name ?? null,
      locale: served,
      ...(isLegacyEntry(entry)
        ? { ...entry, upcoming: false, effectiveOn: null, effectiveFrom: null, changeSummary: null, material: false, recordHash: null }
        : { upcoming: entry.upcoming, effectiveOn: entry.effectiveOn, legacy: false, ...publicSummary(entry, served, snapshot.defaultLanguage) }),
    };
  }

  /**
   * Every listed notice's change log, one page of it: their published versions by päivitetty date,
   * paged in the database. A notice's legacy päivitetty dates are in its own change log.
   */
  async function everyChangelog(query: FeedQuery, page: PageQuery): Promise<PagedChangelog> {
    const now = new Date();
    const { entries, more } = await collections.changelogPage(windowOf(page), now);
    const snapshots = await collections.currentSnapshots([...new Set(entries.map(({ register }) => register.documentId))], now);
    const language = feedLanguage(query);
    const { timeZone } = config();
    return {
      locale: language,
      title: null,
      registerDocumentId: null,
      entries: entries.map(({ register, summary, upcoming }) => {
        const snapshot = snapshots.get(register.documentId) as NoticeSnapshot;
        return changelogEntry(register, versionEntry(summary, upcoming, timeZone), snapshot, servedLanguage(snapshot, language));
      }),
      page: page.page,
      more,
    };
  }

  /** One notice's change log, one page of it: the päivitetty history of the version in effect, as every format shows it. */
  function oneChangelog(state: RegisterState<NoticeDocument>, snapshot: NoticeSnapshot, query: FeedQuery, page: PageQuery): PagedChangelog {
    const { line } = state;
    const served = servedLanguage(snapshot, feedLanguage(query));
    const all = historyEntries(line, line.current ?? line.upcoming, snapshot.legacyHistory, config().timeZone).map((entry) =>
      changelogEntry(state, entry, snapshot, served),
    );
    const { offset, limit } = windowOf(page);
    return {
      locale: served,
      title: textIn(snapshot.title, served, snapshot.defaultLanguage),
      registerDocumentId: state.documentId,
      entries: all.slice(offset, offset + limit),
      page: page.page,
      more: all.length > offset + limit,
    };
  }

  /** A feed is in the language asked for when it is one of the configured ones, else the default. */
  function feedLanguage(query: FeedQuery) {
    const { languages, defaultLanguage } = config();
    return query.locale && languages.includes(query.locale) ? query.locale : defaultLanguage;
  }

  let collectionMemory: LRUCache<string, { revision: string; validUntil: number; value: object }> | undefined;
  /**
   * A collection (a page of the list, a page of the all-notices feed), kept while the database's
   * revision of what collections show is the same and no announced version has taken effect:
   * one cheap query per request, and the page is built again only after a change. A quarter of
   * `cacheSize` (the register states have the rest).
   */
  async function rememberedCollection<T extends object>(key: string, build: () => Promise<T>): Promise<T> {
    collectionMemory ??= new LRUCache({ maxSize: Math.floor(config().cacheSize / 4), sizeCalculation: ({ value }) => Math.max(1, estimatedBytes(value)) });
    const now = new Date();
    const revision = await collections.revision();
    const known = collectionMemory.get(key);
    if (known && known.revision === revision && now.getTime() < known.validUntil) return known.value as T;
    const value = await build();
    collectionMemory.set(key, { revision, validUntil: await collections.nextChange(now), value });
    return value;
  }

  return {
    /** A page of the registers that have a version in effect and are not archived, oldest register first. */
    async list(query: NoticeQuery, page: PageQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE }) {
      return rememberedCollection(['list', page.page, page.pageSize, query.locale ?? ''].join('|'), () => listPage(query, page));
    },

    /** One version (default: the one in effect now) resolved in the requested language: the JSON of REST and GraphQL. */
    async findOne(slug: string, query: NoticeQuery, links: NoticeLinks) {
      return documentOf(await serve(slug, query), 'json', { links }).data!();
    },

    /**
     * One version in a format, ready for HTTP caching: the ETag names the version's contentHash,
     * the served language and the format; the body is only built for a client that lacks it.
     */
    async document(slug: string, query: NoticeQuery, format: NoticeFormat, options: RenderOptions): Promise<NoticeDocument> {
      return documentOf(await serve(slug, query), format, options);
    },

    /**
     * One page of a notice's published versions, newest first, an announced upcoming one included,
     * with the chain head and the legacy päivitetty dates that follow version 1: the full history
     * a notice response links to (historyUrl).
     */
    async versions(slug: string, query: NoticeQuery, page: PageQuery) {
      const state = await registerState(slug);
      const newest = state.line.current ?? state.summaries[0];
      if (!newest) throw new NotFoundError(`Privacy notice "${slug}" has no published version yet`);
      const { legacyHistory } = await snapshotOf(state, newest.version);
      const { defaultLanguage } = config();
      const { offset, limit } = windowOf(page);
      return {
        versions: state.summaries.slice(offset, offset + limit).map((v) => publicSummary(v, query.locale ?? defaultLanguage, defaultLanguage)),
        pagination: paginationOf(page, state.summaries.length),
        chainHead: state.head,
        legacyHistory: legacyHistoryEntries(legacyHistory),
      };
    },

    /** What changed between two versions, section by section; by default the one in effect against the one before it. */
    async diff(slug: string, query: DiffQuery) {
      const register = await registerBySlug(slug);
      return compare(register, await chainedSummaries(register), query, (line) => line.current);
    },

    /** The same comparison for the admin, by register; by default the newest version against the one before it. */
    async compareVersions(register: RegisterRef, query: DiffQuery) {
      return compare(register, await versions.summaries([register.documentId]), query, (_line, newest) => newest ?? null);
    },

    /**
     * The change log as a feed (Atom, RSS or JSON Feed), one page of `feedSize` entries, linked to
     * the other pages. For one notice (reachable by its address even when archived): the päivitetty
     * history of the version in effect, as every format shows it (an announced version first,
     * marked upcoming; legacy päivitetty dates last), kept with the notice's state. For every
     * listed notice: their published versions by päivitetty date, newest first, kept until a
     * publish, an edit of a register or an announced version taking effect may change it.
     */
    async feed(slug: string | null, query: FeedQuery, links: NoticeLinks): Promise<FeedDocument> {
      const { page } = query;
      const format = query.format ?? FEED_FORMATS[0];
      const pageQuery = { page, pageSize: config().feedSize };
      const key = ['feed', query.format ?? '', query.locale ?? '', page, links.api].join('|');
      const write = (changelog: PagedChangelog, chainHead?: ChainHead) => {
        const pageLink = (number: number) => links.changelog(slug, { locale: query.locale, format: query.format, page: number === 1 ? undefined : String(number) });
        const paging = { first: pageLink(1), previous: page > 1 ? pageLink(page - 1) : null, next: changelog.more ? pageLink(page + 1) : null };
        const tag = ['changelog', changelog.locale, format];
        const state = [changelog, links.api, paging];
        let body: string | undefined;
        return {
          tag,
          state,
          etag: entityTag(tag, state),
          type: FEED_CONTENT_TYPES[format],
          chainHead: chainHead as ChainHead,
          body: () => (body ??= withPagingLinks(changelogFeed(changelog, slug, format, links), format, paging)),
        };
      };
      if (slug === null) return rememberedCollection(key, async () => write(await everyChangelog(query, pageQuery)));

      const state = await registerState(slug);
      const titleVersion = state.line.current ?? state.line.upcoming;
      if (!titleVersion) throw new NotFoundError(`Privacy notice "${slug}" has no published version yet`);
      const snapshot = await snapshotOf(state, titleVersion.version);
      return memory().document(state, key, () => write(oneChangelog(state, snapshot, query, pageQuery), state.head));
    },
  };
};
