/**
 * The published record as a hash chain. Each version's recordHash covers everything a reader sees
 * of it — its register, number, päivitetty date, effective-from moment, change summary, material
 * flag and the contentHash of its snapshot — and the recordHash of the version before it. The
 * register keeps the newest number and hash (its chain head), and the public responses show it,
 * so an edited, deleted, inserted or moved version is found by re-hashing, and a rewrite of the
 * whole chain by anyone who kept an earlier head.
 */
import { contentHash } from './hash';
import type { TranslatableText } from './types';

/** What a version says, as stored: the fields its recordHash covers besides the previous hash. */
export interface VersionRecord {
  registerDocumentId: string;
  version: number;
  /** `YYYY-MM-DD`. */
  updatedOn: string;
  /** ISO datetime with milliseconds, e.g. `2024-05-01T12:00:00.000Z`. */
  effectiveFrom: string;
  changeSummary: TranslatableText | null;
  material: boolean;
  contentHash: string;
}

/** The newest version of a register's chain, kept on the register. */
export interface ChainHead {
  version: number;
  recordHash: string;
}

/**
 * sha256 of the canonical JSON (RFC 8785) of
 * `{ registerDocumentId, version, updatedOn, effectiveFrom, changeSummary, material, contentHash, previousRecordHash }`;
 * `previousRecordHash` is null for version 1.
 */
export function recordHash(record: VersionRecord, previousRecordHash: string | null): string {
  return contentHash({
    registerDocumentId: record.registerDocumentId,
    version: record.version,
    updatedOn: record.updatedOn,
    effectiveFrom: record.effectiveFrom,
    changeSummary: record.changeSummary ?? null,
    material: record.material,
    contentHash: record.contentHash,
    previousRecordHash,
  });
}

/** The chain over a register's versions, oldest first: each version's recordHash and the one it follows. */
export function chainOf(records: VersionRecord[]): { version: number; recordHash: string; previousRecordHash: string | null }[] {
  let previous: string | null = null;
  return [...records]
    .sort((a, b) => a.version - b.version)
    .map((record) => {
      const link = { version: record.version, recordHash: recordHash(record, previous), previousRecordHash: previous };
      previous = link.recordHash;
      return link;
    });
}

/** A stored version as verification reads it. */
export interface StoredLink extends VersionRecord {
  recordHash: string | null;
  previousRecordHash: string | null;
  /** The snapshot as stored now, re-hashed; null when it is missing or unreadable. */
  snapshotHash: string | null;
}

export const CHAIN_PROBLEM_CODES = [
  'verification.snapshot.altered',
  'verification.record.altered',
  'verification.record.unchained',
  'verification.chain.broken',
  'verification.version.missing',
  'verification.version.beyondHead',
  'verification.head.mismatch',
  'verification.head.missing',
  'verification.register.missing',
] as const;
export type ChainProblemCode = (typeof CHAIN_PROBLEM_CODES)[number];

export interface ChainProblem {
  code: ChainProblemCode;
  /** The version the problem is about; null when it is about the register. */
  version: number | null;
  message: string;
  params: Record<string, string | number | null>;
}

export interface RegisterChain {
  /** False when versions refer to a register that no longer exists. */
  registerExists: boolean;
  head: ChainHead | null;
  links: StoredLink[];
}

const problem = (code: ChainProblemCode, version: number | null, message: string, params: ChainProblem['params']): ChainProblem => ({
  code,
  version,
  message,
  params,
});

/**
 * Everything wrong with one register's chain: each version re-hashed (its snapshot and its
 * record), each link compared with the version before it, and the numbers compared with the head
 * the register keeps. An empty list means the chain is intact.
 */
export function checkChain({ registerExists, head, links }: RegisterChain): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const byNumber = new Map(links.map((link) => [link.version, link]));
  const newest = links.reduce((max, link) => Math.max(max, link.version), 0);

  if (!registerExists) {
    problems.push(problem('verification.register.missing', null, `${links.length} version(s) remain of a register that no longer exists`, { versions: links.length }));
  } else if (!head && links.length > 0) {
    problems.push(problem('verification.head.missing', null, `the register keeps no chain head, yet ${links.length} version(s) refer to it`, { versions: links.length }));
  }

  for (let version = 1; version <= Math.max(newest, head?.version ?? 0); version++) {
    const link = byNumber.get(version);
    if (!link) {
      if (head && version <= head.version) {
        problems.push(problem('verification.version.missing', version, `version ${version} is missing below the chain head (version ${head.version})`, { version, headVersion: head.version }));
      }
      continue;
    }
    if (link.snapshotHash !== link.contentHash) {
      problems.push(
        problem('verification.snapshot.altered', version, `the snapshot of version ${version} no longer matches its contentHash`, {
          version,
          storedHash: link.contentHash,
          actualHash: link.snapshotHash,
        }),
      );
    }
    if (link.recordHash === null) {
      problems.push(problem('verification.record.unchained', version, `version ${version} has no record hash: it was written around the plugin`, { version }));
    } else {
      const actual = recordHash(link, link.previousRecordHash);
      if (actual !== link.recordHash) {
        problems.push(
          problem('verification.record.altered', version, `what version ${version} says no longer matches its record hash`, {
            version,
            storedHash: link.recordHash,
            actualHash: actual,
          }),
        );
      }
      const before = byNumber.get(version - 1);
      const expected = version === 1 ? null : (before?.recordHash ?? undefined);
      // A link is checked against the version before it when that one exists and is chained.
      if (expected !== undefined && link.previousRecordHash !== expected) {
        problems.push(
          problem('verification.chain.broken', version, `version ${version} does not follow version ${version - 1} in the chain`, {
            version,
            expected,
            found: link.previousRecordHash,
          }),
        );
      }
    }
    if (head && version > head.version) {
      problems.push(
        problem('verification.version.beyondHead', version, `version ${version} lies beyond the chain head (version ${head.version}) and is not served`, {
          version,
          headVersion: head.version,
        }),
      );
    }
  }

  const atHead = head ? byNumber.get(head.version) : undefined;
  if (head && atHead && atHead.recordHash !== head.recordHash) {
    problems.push(
      problem('verification.head.mismatch', head.version, `the chain head names a different record hash than version ${head.version} holds`, {
        version: head.version,
        headHash: head.recordHash,
        recordHash: atHead.recordHash,
      }),
    );
  }
  return problems;
}
