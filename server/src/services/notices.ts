/**
 * What websites read: published versions only, resolved to one language, with the päivitetty
 * history and the upcoming version. Never the register's unpublished edits, never admin data.
 */
import type { Core } from '@strapi/strapi';
import { timeline } from '../domain/timeline';
import { localizeSnapshot, servedLanguage } from '../domain/localize';
import { textIn } from '../domain/text';
import { createdOnWithLegacy, legacyHistoryEntries } from '../domain/legacy-history';
import type { NoticeSnapshot, VersionSummary } from '../domain/types';
import { libraryRepository } from '../repositories/library-repository';
import { versionRepository } from '../repositories/version-repository';
import { NotFoundError } from '../errors';
import { UID } from '../uids';

export interface NoticeQuery {
  locale?: string;
  version?: number;
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
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = libraryRepository(strapi);
  const versions = versionRepository(strapi);
  const defaultLanguage = () => (strapi.config.get('plugin::privacy-notices') as { defaultLanguage: string }).defaultLanguage;

  async function registerBySlug(slug: string) {
    const [register] = await registers.findBy(UID.register, { slug }, ['documentId', 'slug', 'archived']);
    if (!register) throw new NotFoundError(`No privacy notice "${slug}"`);
    return register;
  }

  return {
    /** Every register that has a version in effect and is not archived. */
    async list(query: NoticeQuery) {
      const listed = await registers.findBy(UID.register, { archived: { $ne: true } }, ['documentId', 'slug']);
      const summaries = await versions.summaries(listed.map((r) => r.documentId));
      const now = new Date();
      const served = listed
        .map((register) => ({ register, line: timeline(summaries.filter((v) => v.registerDocumentId === register.documentId), now) }))
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
        };
      });
    },

    /** One version (default: the one in effect now) resolved in the requested language. */
    async findOne(slug: string, query: NoticeQuery) {
      const register = await registerBySlug(slug);
      const summaries = await versions.summaries([register.documentId]);
      const line = timeline(summaries, new Date());
      const target = query.version === undefined ? line.current : summaries.find((v) => v.version === query.version);
      if (!target) {
        throw new NotFoundError(
          query.version === undefined ? `Privacy notice "${slug}" has no version in effect yet` : `Privacy notice "${slug}" has no version ${query.version}`,
        );
      }
      const snapshots = await versions.snapshots([{ registerDocumentId: register.documentId, version: target.version }]);
      const snapshot = snapshots.get(`${register.documentId}#${target.version}`) as NoticeSnapshot;
      const language = servedLanguage(snapshot, query.locale);
      const { notice, untranslated } = localizeSnapshot(snapshot, language);
      const fallback = snapshot.defaultLanguage;
      return {
        slug: register.slug as string,
        version: target.version,
        locale: language,
        availableLocales: snapshot.languages,
        createdOn: createdOnWithLegacy(snapshot.legacyHistory, line.createdOn),
        updatedOn: target.updatedOn,
        effectiveFrom: target.effectiveFrom,
        changeSummary: textIn(target.changeSummary, language, fallback),
        material: target.material,
        contentHash: target.contentHash,
        notice,
        untranslated,
        history: [...line.history.map((v) => publicSummary(v, language, fallback)), ...legacyHistoryEntries(snapshot.legacyHistory)],
        upcoming: line.upcoming ? publicSummary(line.upcoming, language, fallback) : null,
      };
    },

    /** Every published version of a notice, newest first, including an announced upcoming one. */
    async versions(slug: string, query: NoticeQuery) {
      const register = await registerBySlug(slug);
      const summaries = await versions.summaries([register.documentId]);
      if (summaries.length === 0) throw new NotFoundError(`Privacy notice "${slug}" has no published version yet`);
      const language = query.locale ?? defaultLanguage();
      return summaries.map((v) => publicSummary(v, language, defaultLanguage()));
    },
  };
};
