/**
 * The admin preview: a register's unpublished state rendered exactly as publishing it now would
 * show it — the snapshot the publishing service would store, as the next version, päivitetty
 * today, with the history it would have — through the same renderer as the public API.
 */
import type { Core } from '@strapi/strapi';
import { snapshotHash } from '../domain/snapshot';
import { todayIn } from '../domain/dates';
import { createdOnWithLegacy } from '../domain/legacy-history';
import { renderHtml, renderMarkdown, resolveNotice, type RenderInput } from '../domain/render';
import type { VersionSummary } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { pluginConfig } from '../config/access';
import type { LibraryService, PublishingService } from './index';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const plugin = () => strapi.plugin('privacy-notices');
  const library = () => plugin().service('library') as LibraryService;
  const publishing = () => plugin().service('publishing') as PublishingService;

  /** What the renderer needs to show the register as its next version, and whether that would differ from the latest. */
  async function nextVersion(registerDocumentId: string, locale: string | undefined) {
    const config = pluginConfig(strapi);
    const register = await library().load('registers', registerDocumentId);
    const snapshot = publishing().snapshotOf(register);
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
      history: [next, ...published],
      supervisoryAuthority: config.supervisoryAuthority,
    };
    return { input, latest: latest ?? null, unchanged: latest?.contentHash === contentHash };
  }

  return {
    async html(registerDocumentId: string, locale: string | undefined) {
      return renderHtml((await nextVersion(registerDocumentId, locale)).input);
    },

    async markdown(registerDocumentId: string, locale: string | undefined) {
      return renderMarkdown((await nextVersion(registerDocumentId, locale)).input);
    },

    /**
     * For a live preview beside the editor: the HTML fragment and Markdown, the sections one by
     * one, the fields shown in the default language for want of a translation, and whether there
     * is anything to publish.
     */
    async json(registerDocumentId: string, locale: string | undefined) {
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
