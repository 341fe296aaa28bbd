/**
 * The admin preview: a register's unpublished state rendered exactly as publishing it now would
 * show it — the snapshot the publishing service would store, as the next version, päivitetty
 * today, with the history it would have — through the same renderer as the public API.
 */
import type { Core } from '@strapi/strapi';
import { buildSnapshot, snapshotHash } from '../domain/snapshot';
import { todayIn } from '../domain/dates';
import { createdOnWithLegacy } from '../domain/legacy-history';
import { historyEntries, timeline } from '../domain/timeline';
import { NOTICE_FORMATS } from '../domain/formats';
import { renderHtml, renderMarkdown, resolveNotice, type RenderInput } from '../domain/render';
import type { VersionSummary } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { pluginConfig } from '../config/access';
import { getService } from './get-service';
import type { PreviewInfo } from '../contracts';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const library = () => getService(strapi, 'library');

  /** What the renderer needs to show the register as its next version, and whether that would differ from the latest. */
  async function nextVersion(registerDocumentId: string, locale: string | undefined) {
    const config = pluginConfig(strapi);
    const register = await library().load('registers', registerDocumentId);
    const snapshot = buildSnapshot(register, config);
    const published = await versions.summaries([registerDocumentId]);
    const latest = published[0];
    const contentHash = snapshotHash(snapshot);
    const next: VersionSummary = {
      version: (latest?.version ?? 0) + 1,
      updatedOn: todayIn(config.timeZone),
      effectiveFrom: new Date().toISOString(),
      changeSummary: null,
      material: false,
      contentHash,
    };
    const input: RenderInput = {
      snapshot,
      version: next.version,
      locale: locale ?? config.defaultLanguage,
      createdOn: createdOnWithLegacy(snapshot.legacyHistory, published[published.length - 1]?.updatedOn ?? next.updatedOn) as string,
      updatedOn: next.updatedOn,
      // As the history will stand once the next version takes effect today.
      history: historyEntries(timeline([next, ...published], new Date()), next, snapshot.legacyHistory, config.timeZone),
      supervisoryAuthority: config.supervisoryAuthority,
    };
    return { input, latest: latest ?? null, unchanged: latest?.contentHash === contentHash };
  }

  return {
    /** The whole document in a format of the notice's own (html, markdown), as the public route would write it. */
    async document(registerDocumentId: string, locale: string | undefined, format: 'html' | 'markdown') {
      return NOTICE_FORMATS[format].write((await nextVersion(registerDocumentId, locale)).input) as string;
    },

    /**
     * For a live preview beside the editor: the HTML fragment and Markdown, the sections one by
     * one, the fields shown in the default language for want of a translation, and whether there
     * is anything to publish.
     */
    async json(registerDocumentId: string, locale: string | undefined): Promise<PreviewInfo> {
      const { input, latest, unchanged } = await nextVersion(registerDocumentId, locale);
      const notice = resolveNotice(input);
      return {
        locale: notice.language,
        availableLocales: input.snapshot.languages,
        version: input.version,
        createdOn: input.createdOn,
        updatedOn: input.updatedOn,
        title: notice.title,
        html: renderHtml(input, { fragment: true }),
        markdown: renderMarkdown(input),
        sections: notice.sections,
        untranslated: notice.untranslated,
        latestVersion: latest?.version ?? null,
        unchanged,
      };
    },
  };
};
