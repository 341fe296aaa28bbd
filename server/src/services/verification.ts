/**
 * Verification of the published record, register by register: every stored snapshot re-hashed
 * against its contentHash, every version's record re-hashed against its recordHash, every link
 * compared with the version before it, and the numbers compared with the chain head the register
 * keeps. The guards stop every write through Strapi and the database's triggers every other; this
 * reveals one made around both (with the triggers dropped), and versions whose register is gone.
 */
import type { Core } from '@strapi/strapi';
import { groupBy } from 'lodash';
import { checkChain, type ChainHead, type ChainProblem } from '../domain/record-chain';
import { snapshotHash } from '../domain/snapshot';
import type { NoticeSnapshot } from '../domain/types';
import { chainHeadRepository } from '../repositories/chain-head-repository';
import { versionRepository, type ChainedRecord } from '../repositories/version-repository';

export interface RegisterVerification {
  registerDocumentId: string;
  /** Null when the register no longer exists. */
  slug: string | null;
  chainHead: ChainHead | null;
  problems: ChainProblem[];
}

export interface VerificationReport {
  /** True when no register has a problem. */
  intact: boolean;
  checked: { registers: number; versions: number };
  /** The registers with a problem, each with every problem found. */
  registers: RegisterVerification[];
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
  const registers = chainHeadRepository(strapi);
  const versions = versionRepository(strapi);

  /** Each stored version's snapshot, re-hashed. */
  async function snapshotHashes(records: ChainedRecord[]): Promise<Map<string, string | null>> {
    const hashes = new Map<string, string | null>();
    for (let start = 0; start < records.length; start += BATCH) {
      const snapshots = await versions.snapshots(records.slice(start, start + BATCH));
      for (const { registerDocumentId, version } of records.slice(start, start + BATCH)) {
        const key = `${registerDocumentId}#${version}`;
        hashes.set(key, hashOf(snapshots.get(key)));
      }
    }
    return hashes;
  }

  return {
    async verify(): Promise<VerificationReport> {
      const [known, records] = await Promise.all([registers.all(), versions.records()]);
      const hashes = await snapshotHashes(records);
      const recordsOf = groupBy(records, 'registerDocumentId');
      const knownIds = new Set(known.map((register) => register.documentId));
      const orphans = Object.keys(recordsOf).filter((id) => !knownIds.has(id));

      const verified: RegisterVerification[] = [
        ...known.map((register) => ({ registerDocumentId: register.documentId, slug: register.slug, chainHead: register.head, exists: true })),
        ...orphans.map((registerDocumentId) => ({ registerDocumentId, slug: null, chainHead: null, exists: false })),
      ].map(({ exists, ...register }) => ({
        ...register,
        problems: checkChain({
          registerExists: exists,
          head: register.chainHead,
          links: (recordsOf[register.registerDocumentId] ?? []).map((record) => ({
            ...record,
            snapshotHash: hashes.get(`${record.registerDocumentId}#${record.version}`) ?? null,
          })),
        }),
      }));

      const withProblems = verified.filter((register) => register.problems.length > 0);
      return {
        intact: withProblems.length === 0,
        checked: { registers: verified.length, versions: records.length },
        registers: withProblems,
      };
    },
  };
};
