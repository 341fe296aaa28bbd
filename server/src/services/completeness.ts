/**
 * The completeness check (GDPR Art 13/14) of a register as it stands or of a published version,
 * with labels and explanations in the admin's language.
 */
import type { Core } from '@strapi/strapi';
import { has } from 'lodash';
import { checkCompleteness, type CompletenessReport } from '../domain/completeness';
import { COMPLETENESS_MESSAGES } from '../domain/completeness/messages';
import { buildSnapshot } from '../domain/snapshot';
import { recordGaps } from '../domain/record';
import type { NoticeSnapshot } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { pluginConfig } from '../config/access';
import { NotFoundError } from '../errors';
import { getService } from './get-service';

/** Admin languages with their own texts; any other is answered in English. */
export const checkLocale = (locale: string | undefined): string =>
  locale && has(COMPLETENESS_MESSAGES, locale) ? locale : 'en';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const library = () => getService(strapi, 'library');

  // Text fields count when written in the notice's default language, as at publish time.
  const check = (snapshot: NoticeSnapshot, locale?: string): CompletenessReport =>
    checkCompleteness(snapshot, { locale: checkLocale(locale), defaultLanguage: snapshot.defaultLanguage });

  return {
    /** The register as it would be published now. */
    async ofRegister(documentId: string, locale?: string) {
      const register = await library().load('registers', documentId);
      return check(buildSnapshot(register, pluginConfig(strapi)), locale);
    },

    /** The "Art 30" view: which items of the record of processing (GDPR Art 30(1)) the register as it stands still lacks. */
    async recordItemsOf(documentId: string) {
      const register = await library().load('registers', documentId);
      return { view: 'art30' as const, items: recordGaps(buildSnapshot(register, pluginConfig(strapi))) };
    },

    /** A published version, checked again in the asked language, beside the score stored when it was published. */
    async ofVersion(documentId: string, version: number, locale?: string) {
      await library().load('registers', documentId);
      const stored = await versions.stored(documentId, version);
      if (!stored) throw new NotFoundError(`This register has no version ${version}`);
      const atPublish = stored.completeness ? { score: stored.completeness.score, complete: stored.completeness.complete } : null;
      return { version, ...check(stored.snapshot, locale), atPublish };
    },
  };
};
