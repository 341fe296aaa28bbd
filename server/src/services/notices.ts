/**
 * What websites read: published versions only, resolved to one language, with the päivitetty
 * history and the upcoming version. Never the register's unpublished edits, never admin data.
 * Every public format (JSON, HTML, Markdown, JSON-LD, diff, change log, GraphQL) reads through here.
 */
import type { Core } from '@strapi/strapi';
import { timeline, type Timeline } from '../domain/timeline';
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
import { pluginConfig } from '../config/access';
import { NotFoundError } from '../errors';
import type { VersionComparison } from '../contracts';
import { entityTag, type Cacheable } from '../http/cache';
import { NoticeCache, nextChange, type RegisterState } from './notice-cache';
import type { NoticeLinks } from '../http/links';

export interface NoticeQuery {
  locale?: string;
  version?: number;
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

/** A finished public response, kept until its register's state changes. */
export type NoticeDocument = Cacheable<unknown> & { etag: string; type: string; chainHead: ChainHead };

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

const serialise = (body: string | object) => (typeof body === 'string' ? body : JSON.stringify(body));


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = chainHeadRepository(strapi);
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

  const cache = new NoticeCache<NoticeDocument>();

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
    const remembered = cache.state(documentId, head, now);
    if (remembered) return remembered;
    const summaries = await chainedSummaries(register);
    const state = {
      documentId,
      slug,
      head,
      summaries,
      line: timeline(summaries, new Date(now)),
      validUntil: nextChange(summaries, now),
      snapshots: new Map<number, NoticeSnapshot>(),
      documents: new Map<string, NoticeDocument>(),
    };
    cache.store(state);
    return state;
  }

  async function snapshotOf(state: RegisterState<NoticeDocument>, version: number): Promise<NoticeSnapshot> {
    let snapshot = state.snapshots.get(version);
    if (!snapshot) {
      const snapshots = await versions.snapshots([{ registerDocumentId: state.documentId, version }]);
      snapshot = snapshots.get(`${state.documentId}#${version}`) as NoticeSnapshot;
      state.snapshots.set(version, snapshot);
    }
    return snapshot;
  }

  /** The version a reader asked for (default: the one in effect now). */
  async function serve(slug: string, query: NoticeQuery): Promise<ServedVersion & { state: RegisterState<NoticeDocument> }> {
    const state = await registerState(slug);
    const { line, summaries } = state;
    const target = query.version === undefined ? line.current : summaries.find((v) => v.version === query.version);
    if (!target) {
      throw new NotFoundError(
        query.version === undefined ? `Privacy notice "${slug}" has no version in effect yet` : `Privacy notice "${slug}" has no version ${query.version}`,
      );
    }
    const snapshot = await snapshotOf(state, target.version);
    return {
      state,
      slug: state.slug,
      target,
      snapshot,
      line,
      language: servedLanguage(snapshot, query.locale),
      createdOn: createdOnWithLegacy(snapshot.legacyHistory, line.createdOn) as string,
      head: state.head,
    };
  }

  function jsonOf({ slug, target, snapshot, line, language, createdOn, head }: ServedVersion) {
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
      history: [...line.history.map((v) => publicSummary(v, language, fallback)), ...legacyHistoryEntries(snapshot.legacyHistory)],
      upcoming: line.upcoming ? publicSummary(line.upcoming, language, fallback) : null,
    };
  }

  function renderInputOf({ target, snapshot, line, language, createdOn }: ServedVersion): RenderInput {
    return {
      snapshot,
      version: target.version,
      locale: language,
      createdOn,
      updatedOn: target.updatedOn,
      // A version asked for by number before it takes effect still lists itself.
      history: line.history.includes(target) ? line.history : [target, ...line.history],
      supervisoryAuthority: config().supervisoryAuthority,
    };
  }

  function written(served: ServedVersion, format: WrittenFormat, options: RenderOptions): string | object {
    return NOTICE_FORMATS[format].write({
      ...renderInputOf(served),
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

  return {
    /** Every register that has a version in effect and is not archived. */
    async list(query: NoticeQuery) {
      const listed = (await registers.all({ listedOnly: true })).filter((register) => register.head);
      const summaries = await versions.summaries(listed.map((r) => r.documentId));
      const now = new Date();
      const served = listed
        .map((register) => ({ register, line: timeline(withinHead(summaries.filter((v) => v.registerDocumentId === register.documentId), register.head), now) }))
        .filter(({ line }) => line.current !== null);
      const snapshots = await versions.snapshots(served.map(({ register, line }) => ({ registerDocumentId: register.documentId, version: line.current!.version })));
      return served.map(({ register, line }) => {
        const snapshot = snapshots.get(`${register.documentId}#${line.current!.version}`) as NoticeSnapshot;
        const language = servedLanguage(snapshot, query.locale);
        return {
          slug: register.slug as string,
          title: textIn(snapshot.title, language, snapshot.defaultLanguage),
          locale: language,
          version: line.current!.version,
          createdOn: createdOnWithLegacy(snapshot.legacyHistory, line.createdOn),
          updatedOn: line.current!.updatedOn,
          effectiveFrom: line.current!.effectiveFrom,
          recordHash: line.current!.recordHash ?? null,
          chainHead: register.head,
        };
      });
    },

    /** One version (default: the one in effect now) resolved in the requested language: the JSON of REST and GraphQL. */
    async findOne(slug: string, query: NoticeQuery) {
      return jsonOf(await serve(slug, query));
    },

    /**
     * One version in a format, ready for HTTP caching: the ETag names the version's contentHash,
     * the served language and the format; the body is only built for a client that lacks it.
     */
    async document(slug: string, query: NoticeQuery, format: NoticeFormat, options: RenderOptions): Promise<NoticeDocument> {
      const served = await serve(slug, query);
      const variant = format === 'html' && options.fragment ? 'html-fragment' : format;
      const key = [served.target.version, served.language, variant, options.links.api].join('|');
      return cache.document(served.state, key, () => {
        const tag = [served.target.contentHash.slice(0, 16), served.language, variant];
        const state = {
          head: served.head,
          history: served.line.history.map((v) => v.version),
          upcoming: served.line.upcoming && [served.line.upcoming.version, served.line.upcoming.effectiveFrom],
          links: format === 'jsonld' ? options.links.api : null,
          supervisoryAuthority: config().supervisoryAuthority,
        };
        let body: string | undefined;
        return {
          tag,
          state,
          etag: entityTag(tag, state),
          chainHead: served.head,
          changesAt: served.line.upcoming?.effectiveFrom ?? null,
          type: NOTICE_FORMATS[format].contentType,
          // Built once, on the first request that needs the body, then served as is.
          body: () => (body ??= serialise(format === 'json' ? { data: jsonOf(served) } : written(served, format, options))),
        };
      });
    },

    /** Every published version of a notice, newest first, including an announced upcoming one, with the chain head. */
    async versions(slug: string, query: NoticeQuery) {
      const register = await registerBySlug(slug);
      const summaries = await chainedSummaries(register);
      if (summaries.length === 0) throw new NotFoundError(`Privacy notice "${slug}" has no published version yet`);
      const { defaultLanguage } = config();
      return { versions: summaries.map((v) => publicSummary(v, query.locale ?? defaultLanguage, defaultLanguage)), chainHead: register.head };
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
     * The change log: versions in effect or superseded plus an announced upcoming one, newest
     * first. For one notice (reachable by its address even when archived) or for every listed one.
     */
    async changelog(slug: string | null, query: NoticeQuery) {
      const chosen = slug ? [await registerBySlug(slug)] : await registers.all({ listedOnly: true });
      const summaries = await versions.summaries(chosen.filter((r) => r.head).map((r) => r.documentId));
      const now = new Date();
      const lines = chosen
        .map((register) => ({ register, line: timeline(withinHead(summaries.filter((v) => v.registerDocumentId === register.documentId), register.head), now) }))
        .filter(({ line }) => line.current !== null || (slug !== null && line.upcoming !== null));
      if (slug && lines.length === 0) throw new NotFoundError(`Privacy notice "${slug}" has no published version yet`);

      const titleVersion = (line: Timeline) => (line.current ?? line.upcoming)!;
      const snapshots = await versions.snapshots(lines.map(({ register, line }) => ({ registerDocumentId: register.documentId, version: titleVersion(line).version })));
      const { languages, defaultLanguage } = config();
      const language = query.locale && languages.includes(query.locale) ? query.locale : defaultLanguage;

      const notices = lines.map(({ register, line }) => {
        const snapshot = snapshots.get(`${register.documentId}#${titleVersion(line).version}`) as NoticeSnapshot;
        const served = servedLanguage(snapshot, language);
        return { register, line, snapshot, served, title: textIn(snapshot.title, served, snapshot.defaultLanguage) };
      });
      const entries = notices
        .flatMap(({ register, line, snapshot, served, title }) =>
          [...(line.upcoming ? [{ summary: line.upcoming, upcoming: true }] : []), ...line.history.map((summary) => ({ summary, upcoming: false }))].map(
            ({ summary, upcoming }) => ({
              slug: register.slug,
              title,
              controller: snapshot.controller?.name ?? null,
              locale: served,
              upcoming,
              ...publicSummary(summary, served, snapshot.defaultLanguage),
            }),
          ),
        )
        .sort((a, b) => b.updatedOn.localeCompare(a.updatedOn) || b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version);
      return { locale: slug ? (notices[0]?.served ?? language) : language, title: slug ? (notices[0]?.title ?? null) : null, entries };
    },
  };
};
