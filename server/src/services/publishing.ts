/**
 * Publishing: the register as it stands → snapshot and hash → a new immutable version whose
 * number the database's unique index decides.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { checkCompleteness, completenessReport, findCompleteness, type CompletenessReport } from '../domain/completeness';
import { buildSnapshot, snapshotHash } from '../domain/snapshot';
import { todayIn } from '../domain/dates';
import { normaliseText } from '../domain/text';
import type { NoticeSnapshot } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { adminUserRepository } from '../repositories/admin-user-repository';
import type { Entry } from '../repositories/library-repository';
import { pluginConfig } from '../config/access';
import { publishSchema } from '../validation/schemas';
import { conflict, fieldError, retryLater } from '../errors';
import type { AdminNoticeVersion, PublishInput, RegisterStatus } from '../contracts';
import { getService } from './get-service';

/** What an incomplete notice lacks, one line per missing item, for the publish response. */
function completenessWarnings(report: CompletenessReport): string[] {
  return report.items
    .filter((item) => item.status === 'missing')
    .map((item) => `Missing: ${item.label} (GDPR ${item.article})${item.problems?.length ? `: ${item.problems.map((p) => p.message).join(' ')}` : '.'}`);
}

/** How often a publish re-reads the latest number after losing a race before giving up with 503. */
const MAX_ATTEMPTS = 25;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const adminUsers = adminUserRepository(strapi);
  const config = () => pluginConfig(strapi);
  const library = () => getService(strapi, 'library');

  const snapshotOf = (register: Entry): NoticeSnapshot => buildSnapshot(register, config());

  return {
    async publish(registerDocumentId: string, body: unknown, publishedBy: number | null) {
      const input = (await validateYupSchema(publishSchema(config()))(body ?? {})) as PublishInput;
      const register = await library().load('registers', registerDocumentId);
      const snapshot = snapshotOf(register);
      const contentHash = snapshotHash(snapshot);
      // An incomplete notice may be published; the version keeps the report (in the notice's language)
      // and the response says in English what is missing. The rules run once for both.
      const language = { locale: snapshot.defaultLanguage, defaultLanguage: snapshot.defaultLanguage };
      const findings = findCompleteness(snapshot, language);
      const completeness = completenessReport(findings, language);
      const warnings = completenessWarnings(completenessReport(findings, { ...language, locale: 'en' }));
      const updatedOn = input.updatedOn ?? todayIn(config().timeZone);
      const effectiveFrom = new Date(input.effectiveFrom ?? Date.now()).toISOString();

      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const latest = await versions.latest(registerDocumentId);
        if (latest?.contentHash === contentHash) {
          throw conflict(`No changes since version ${latest.version}`, { latestVersion: latest.version });
        }
        if (latest && updatedOn < latest.updatedOn) {
          throw fieldError('updatedOn', `updatedOn must not be earlier than ${latest.updatedOn}, the päivitetty date of version ${latest.version}`);
        }
        const inserted = await versions.insert({
          registerDocumentId,
          version: (latest?.version ?? 0) + 1,
          updatedOn,
          effectiveFrom,
          changeSummary: normaliseText(input.changeSummary, config().languages),
          material: input.material ?? false,
          snapshot,
          contentHash,
          publishedBy,
          completeness,
        });
        if (inserted) return { ...inserted, warnings };
        // Another publish took that number: back off briefly and try the next one.
        await sleep(5 + Math.random() * 20 * (attempt + 1));
      }
      throw retryLater('This register is being published by several requests at once; try again.', 1);
    },

    /** Every version of a register, newest first, with who published it (admin only). */
    async versionsOf(registerDocumentId: string): Promise<AdminNoticeVersion[]> {
      await library().load('registers', registerDocumentId);
      const summaries = await versions.summaries([registerDocumentId]);
      const names = await adminUsers.names([...new Set(summaries.map((v) => v.publishedBy).filter((id): id is number => id !== null))]);
      return summaries.map(({ registerDocumentId: _register, publishedBy, ...summary }) => ({
        ...summary,
        publishedBy: publishedBy === null ? null : (names.get(publishedBy) ?? { id: publishedBy, firstname: null, lastname: null, email: null }),
      }));
    },

    /** For the registers list: versions, latest päivitetty and whether the register has unpublished edits. */
    async statusOf(registers: Entry[]): Promise<Map<string, RegisterStatus>> {
      const summaries = await versions.summaries(registers.map((r) => r.documentId));
      return new Map(
        registers.map((register) => {
          const own = summaries.filter((v) => v.registerDocumentId === register.documentId);
          const latest = own[0] ?? null;
          const snapshot = snapshotOf(register);
          const { score } = checkCompleteness(snapshot, { locale: snapshot.defaultLanguage, defaultLanguage: snapshot.defaultLanguage });
          return [
            register.documentId,
            {
              versions: own.length,
              latestVersion: latest?.version ?? null,
              latestUpdatedOn: latest?.updatedOn ?? null,
              hasUnpublishedChanges: latest ? latest.contentHash !== snapshotHash(snapshot) : true,
              completeness: score,
            },
          ];
        }),
      );
    },
  };
};
