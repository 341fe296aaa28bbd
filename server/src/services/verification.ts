/**
 * Verification: re-hashes every stored snapshot and compares it with the contentHash stored
 * beside it when it was published. The guards stop every write through Strapi; this reveals
 * one made around them, e.g. with direct SQL.
 */
import type { Core } from '@strapi/strapi';
import { groupBy } from 'lodash';
import { snapshotHash } from '../domain/snapshot';
import type { NoticeSnapshot } from '../domain/types';
import { libraryRepository } from '../repositories/library-repository';
import { versionRepository } from '../repositories/version-repository';
import { UID } from '../uids';

export interface HashMismatch {
  registerDocumentId: string;
  version: number;
  storedHash: string;
  /** The hash of the snapshot as stored now; null when the snapshot is gone or unreadable. */
  actualHash: string | null;
}

export interface VerificationReport {
  checked: number;
  mismatches: HashMismatch[];
  /** Version numbers missing below a register's latest one (numbers are dense 1, 2, 3 …). */
  gaps: { registerDocumentId: string; version: number }[];
}

/** Snapshots are read in batches so that a large history does not sit in memory at once. */
const BATCH = 100;

function hashOf(snapshot: NoticeSnapshot | undefined): string | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  try {
    return snapshotHash(snapshot);
  } catch {
    return null;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = libraryRepository(strapi);
  const versions = versionRepository(strapi);

  return {
    async verify(): Promise<VerificationReport> {
      const registerIds = (await registers.findBy(UID.register, {}, ['documentId'])).map((register) => register.documentId);
      const summaries = await versions.summaries(registerIds);
      const report: VerificationReport = { checked: 0, mismatches: [], gaps: [] };

      for (let start = 0; start < summaries.length; start += BATCH) {
        const batch = summaries.slice(start, start + BATCH);
        const snapshots = await versions.snapshots(batch);
        for (const { registerDocumentId, version, contentHash } of batch) {
          const actualHash = hashOf(snapshots.get(`${registerDocumentId}#${version}`));
          report.checked += 1;
          if (actualHash !== contentHash) report.mismatches.push({ registerDocumentId, version, storedHash: contentHash, actualHash });
        }
      }

      for (const [registerDocumentId, own] of Object.entries(groupBy(summaries, 'registerDocumentId'))) {
        // Summaries come newest first, so own[0] holds the latest number.
        const numbers = new Set(own.map((v) => v.version));
        for (let version = 1; version < own[0].version; version++) {
          if (!numbers.has(version)) report.gaps.push({ registerDocumentId, version });
        }
      }
      return report;
    },
  };
};
