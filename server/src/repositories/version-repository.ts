/**
 * Published notice versions. Rows are only ever inserted, each in one transaction with the move
 * of its register's chain head: the conditional update of the head decides which publish takes a
 * number when several race, and the (registerDocumentId, version) unique index stands behind it.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { NoticeSnapshot, NoticeVersion, TranslatableText, VersionSummary } from '../domain/types';
import type { ChainHead, VersionRecord } from '../domain/record-chain';
import type { CompletenessReport } from '../domain/completeness';
import type { AcceptedGaps } from '../domain/completeness/gaps';
import { isUniqueViolation } from '../database/errors';
import { insideVersionWrite } from './version-guard';

export { isUniqueViolation };

export interface StoredVersion extends NoticeVersion {
  registerDocumentId: string;
  recordHash: string;
  previousRecordHash: string | null;
  publishedBy: number | null;
  /** The completeness check at publish time; not part of the snapshot or its hash. */
  completeness?: CompletenessReport | null;
  /** The gaps the publisher confirmed publishing with; admin-only, not part of the snapshot or any hash. */
  acceptedGaps?: AcceptedGaps | null;
}

/** A version's record with its place in the chain, as stored. */
export interface ChainedRecord extends VersionRecord {
  recordHash: string | null;
  previousRecordHash: string | null;
}

const RECORD_FIELDS = ['registerDocumentId', 'version', 'updatedOn', 'effectiveFrom', 'changeSummary', 'material', 'contentHash', 'recordHash', 'previousRecordHash'];
const SUMMARY_FIELDS = [...RECORD_FIELDS, 'publishedBy'];

type Row = Record<string, unknown>;

const toIsoDateTime = (value: unknown) => new Date(value as string | number | Date).toISOString();

/**
 * What a stored version says, as every reader of the chain reads it: publishing, verification and
 * the migration that chained the first versions must see the same values to agree on a hash.
 */
export function toRecord(row: Row): ChainedRecord {
  return {
    registerDocumentId: row.registerDocumentId as string,
    version: Number(row.version),
    updatedOn: String(row.updatedOn).slice(0, 10),
    effectiveFrom: toIsoDateTime(row.effectiveFrom),
    changeSummary: (row.changeSummary as TranslatableText | null) ?? null,
    material: Boolean(row.material),
    contentHash: row.contentHash as string,
    recordHash: (row.recordHash as string | null) ?? null,
    previousRecordHash: (row.previousRecordHash as string | null) ?? null,
  };
}

function toSummary(row: Row): VersionSummary & { registerDocumentId: string; publishedBy: number | null } {
  const { previousRecordHash: _previous, ...record } = toRecord(row);
  return { ...record, publishedBy: (row.publishedBy as number | null) ?? null };
}

/** The publish lost its number: another one moved the head first, the slug changed, or the register is gone. */
const LOST = Symbol('lost the race for the chain head');

export const versionRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UID.noticeVersion);

  return {
    /** Every version's metadata for these registers, newest first, without snapshots. */
    async summaries(registerDocumentIds: string[]) {
      if (registerDocumentIds.length === 0) return [];
      const rows = await query().findMany({
        where: { registerDocumentId: { $in: registerDocumentIds } },
        select: SUMMARY_FIELDS,
        orderBy: [{ version: 'desc' }],
      });
      return rows.map(toSummary);
    },

    /** One version's metadata. */
    async summary(registerDocumentId: string, version: number) {
      const row = await query().findOne({ where: { registerDocumentId, version }, select: SUMMARY_FIELDS });
      return row ? toSummary(row) : null;
    },

    /** Every stored version's record, of every register (verification), without snapshots. */
    async records(): Promise<ChainedRecord[]> {
      const rows = await query().findMany({ select: RECORD_FIELDS, orderBy: [{ registerDocumentId: 'asc' }, { version: 'asc' }] });
      return rows.map(toRecord);
    },

    async snapshots(keys: { registerDocumentId: string; version: number }[]): Promise<Map<string, NoticeSnapshot>> {
      if (keys.length === 0) return new Map();
      const rows = await query().findMany({
        where: { $or: keys.map(({ registerDocumentId, version }) => ({ registerDocumentId, version })) },
        select: ['registerDocumentId', 'version', 'snapshot'],
      });
      return new Map(rows.map((row: Row) => [`${row.registerDocumentId}#${row.version}`, row.snapshot as NoticeSnapshot]));
    },

    /** One version's snapshot and the completeness report stored with it. */
    async stored(registerDocumentId: string, version: number) {
      const row = await query().findOne({ where: { registerDocumentId, version }, select: ['snapshot', 'completeness'] });
      if (!row) return null;
      return { snapshot: row.snapshot as NoticeSnapshot, completeness: (row.completeness as CompletenessReport | null) ?? null };
    },

    /** The gaps confirmed at each version's publish, by version number (only versions published with gaps). */
    async acceptedGaps(registerDocumentId: string): Promise<Map<number, AcceptedGaps>> {
      const rows = await query().findMany({ where: { registerDocumentId, acceptedGaps: { $notNull: true } }, select: ['version', 'acceptedGaps'] });
      return new Map(rows.filter((row: Row) => row.acceptedGaps).map((row: Row) => [Number(row.version), row.acceptedGaps as AcceptedGaps]));
    },

    async count(registerDocumentId: string): Promise<number> {
      return query().count({ where: { registerDocumentId } });
    },

    /**
     * Appends a version to its register's chain, in one transaction: the register's head moves
     * from `head` (null: no version yet) to the new version — only if it still is `head` and the
     * register still has the slug the snapshot was built with — and the row is inserted. Returns
     * null when another publish, a slug change or a delete came first, so the caller can rebuild
     * the snapshot from the register as it now is and try again.
     */
    async append(version: StoredVersion, head: ChainHead | null): Promise<StoredVersion | null> {
      try {
        await insideVersionWrite(() =>
          strapi.db.transaction(async () => {
            const current = head
              ? { headVersion: head.version, headRecordHash: head.recordHash }
              : { $or: [{ headVersion: null }, { headVersion: 0 }] };
            const moved = await strapi.db.query(UID.register).updateMany({
              where: { documentId: version.registerDocumentId, slug: version.snapshot.slug, ...current },
              data: { headVersion: version.version, headRecordHash: version.recordHash },
            });
            if (moved.count !== 1) throw LOST;
            await strapi.documents(UID.noticeVersion).create({ data: version as unknown as Record<string, unknown> } as never);
          }),
        );
        return version;
      } catch (error) {
        if (error === LOST || isUniqueViolation(error)) return null;
        throw error;
      }
    },
  };
};

export type VersionRepository = ReturnType<typeof versionRepository>;
