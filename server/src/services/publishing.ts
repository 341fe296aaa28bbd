/**
 * Publishing: the register as it stands → snapshot and hash → a new immutable version, appended
 * to the register's hash chain. The database decides the number: the register's chain head moves
 * only from the head this publish read, in the same transaction as the version is stored.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { checkCompleteness, completenessReport, findCompleteness, type CompletenessReport } from '../domain/completeness';
import { gapsOf, type AcceptedGaps } from '../domain/completeness/gaps';
import { buildSnapshot, snapshotHash } from '../domain/snapshot';
import { todayIn } from '../domain/dates';
import { defaultEffectiveFrom, publishDateProblems } from '../domain/publish-dates';
import { recordHash, type VersionRecord } from '../domain/record-chain';
import { normaliseText } from '../domain/text';
import type { NoticeSnapshot } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { headOf } from '../repositories/chain-head-repository';
import { adminUserRepository } from '../repositories/admin-user-repository';
import type { Entry } from '../repositories/library-repository';
import { pluginConfig } from '../config/access';
import { publishSchema } from '../validation/schemas';
import { validateBody } from '../validation/validate';
import { noChanges } from '../conflicts';
import { fieldErrors, retryLater } from '../errors';
import type { AdminNoticeVersion, PublishInput, RegisterStatus } from '../contracts';
import { getService } from './get-service';

/** What an incomplete notice lacks, one line per missing item, for the publish response. */
function completenessWarnings(report: CompletenessReport): string[] {
  return report.items
    .filter((item) => item.status === 'missing')
    .map((item) => `Missing: ${item.label} (${item.article})${item.problems?.length ? `: ${item.problems.map((p) => p.message).join(' ')}` : '.'}`);
}

/** How often a publish rebuilds and retries after losing the race for the next number before giving up with 503. */
const MAX_ATTEMPTS = 25;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const adminUsers = adminUserRepository(strapi);
  const config = () => pluginConfig(strapi);
  const library = () => getService(strapi, 'library');

  const snapshotOf = (register: Entry): NoticeSnapshot => buildSnapshot(register, config());

  /**
   * One attempt: the register as it now is, checked against the version it would follow.
   * Null when another publish, a slug change or a delete got there first.
   */
  async function attempt(registerDocumentId: string, input: PublishInput, publishedBy: number | null) {
    const register = await library().load('registers', registerDocumentId);
    const snapshot = snapshotOf(register);
    const contentHash = snapshotHash(snapshot);
    const head = headOf(register);
    const previous = head ? await versions.summary(registerDocumentId, head.version) : null;
    if (previous?.contentHash === contentHash) {
      throw noChanges(previous.version);
    }

    const now = new Date();
    const dates = {
      updatedOn: input.updatedOn ?? todayIn(config().timeZone, now),
      effectiveFrom: input.effectiveFrom ? new Date(input.effectiveFrom).toISOString() : defaultEffectiveFrom(now, previous),
    };
    const problems = publishDateProblems(dates, { today: todayIn(config().timeZone, now), previous });
    if (problems.length > 0) throw fieldErrors(problems);

    const record: VersionRecord = {
      registerDocumentId,
      version: (head?.version ?? 0) + 1,
      ...dates,
      changeSummary: normaliseText(input.changeSummary, config().languages),
      material: input.material ?? false,
      contentHash,
    };
    // An incomplete notice may be published; the version keeps the report (in the notice's language)
    // and the response says in English what is missing. The rules run once for both.
    const language = { locale: snapshot.defaultLanguage, defaultLanguage: snapshot.defaultLanguage };
    const findings = findCompleteness(snapshot, language);
    const completeness = completenessReport(findings, language);
    // No placeholder reaches readers by accident: publishing with gaps takes the editor's confirmation.
    const gaps = gapsOf(completeness);
    if (gaps.length > 0 && input.acceptGaps !== true) {
      throw fieldErrors([
        {
          path: 'acceptGaps',
          message: `The completeness check finds ${gaps.length} gap(s): ${gaps.map((gap) => gap.item).join(', ')}. Confirm publishing with them (acceptGaps: true) or complete the notice.`,
          code: 'validation.publish.gapsNotAccepted',
          params: { count: `${gaps.length}`, items: gaps.map((gap) => gap.item).join(', ') },
        },
      ]);
    }
    const acceptedGaps: AcceptedGaps | null = gaps.length > 0 ? { gaps, acceptedBy: publishedBy, acceptedAt: now.toISOString() } : null;
    const appended = await versions.append(
      {
        ...record,
        recordHash: recordHash(record, head?.recordHash ?? null),
        previousRecordHash: head?.recordHash ?? null,
        snapshot,
        publishedBy,
        completeness,
        acceptedGaps,
      },
      head,
    );
    return appended && { ...appended, warnings: completenessWarnings(completenessReport(findings, { ...language, locale: 'en' })) };
  }

  return {
    async publish(registerDocumentId: string, body: unknown, publishedBy: number | null) {
      const input = await validateBody<PublishInput>(publishSchema(config()), body ?? {});
      for (let round = 0; round < MAX_ATTEMPTS; round++) {
        const published = await attempt(registerDocumentId, input, publishedBy);
        if (published) {
          await getService(strapi, 'events').published({ ...published, slug: published.snapshot.slug });
          return published;
        }
        // Another publish took that number: back off briefly, then start again from the register as it now is.
        await sleep(5 + Math.random() * 20 * (round + 1));
      }
      throw retryLater('This register is being published by several requests at once; try again.', 1);
    },

    /** Every version of a register, newest first, with who published it (admin only). */
    async versionsOf(registerDocumentId: string): Promise<AdminNoticeVersion[]> {
      await library().load('registers', registerDocumentId);
      const summaries = await versions.summaries([registerDocumentId]);
      const accepted = await versions.acceptedGaps(registerDocumentId);
      const people = summaries.flatMap((v) => [v.publishedBy, accepted.get(v.version)?.acceptedBy ?? null]);
      const names = await adminUsers.names([...new Set(people.filter((id): id is number => id !== null))]);
      const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? { id, firstname: null, lastname: null, email: null }));
      return summaries.map(({ registerDocumentId: _register, publishedBy, ...summary }) => {
        const gaps = accepted.get(summary.version);
        return {
          ...summary,
          publishedBy: nameOf(publishedBy),
          acceptedGaps: gaps ? { gaps: gaps.gaps, acceptedBy: nameOf(gaps.acceptedBy), acceptedAt: gaps.acceptedAt } : null,
        };
      });
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
              latestEffectiveFrom: latest?.effectiveFrom ?? null,
              hasUnpublishedChanges: latest ? latest.contentHash !== snapshotHash(snapshot) : true,
              completeness: score,
            },
          ];
        }),
      );
    },
  };
};
