/**
 * Published notice versions. Rows are only ever inserted: the (registerDocumentId, version)
 * unique index decides the number when two publishes race.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { NoticeSnapshot, NoticeVersion, TranslatableText, VersionSummary } from '../domain/types';
import type { CompletenessReport } from '../domain/completeness';
import { insideVersionWrite } from './version-guard';

export interface StoredVersion extends NoticeVersion {
  registerDocumentId: string;
  publishedBy: number | null;
  /** The completeness check at publish time; not part of the snapshot or its hash. */
  completeness?: CompletenessReport | null;
}



const SUMMARY_FIELDS = ['registerDocumentId', 'version', 'updatedOn', 'effectiveFrom', 'changeSummary', 'material', 'contentHash', 'publishedBy'];

type Row = Record<string, unknown>;

const toIsoDateTime = (value: unknown) => new Date(value as string | number | Date).toISOString();

function toSummary(row: Row): VersionSummary & { registerDocumentId: string; publishedBy: number | null } {
  return {
    registerDocumentId: row.registerDocumentId as string,
    version: Number(row.version),
    updatedOn: String(row.updatedOn).slice(0, 10),
    effectiveFrom: toIsoDateTime(row.effectiveFrom),
    changeSummary: (row.changeSummary as TranslatableText | null) ?? null,
    material: Boolean(row.material),
    contentHash: row.contentHash as string,
    publishedBy: (row.publishedBy as number | null) ?? null,
  };
}

/** A unique-constraint violation, as SQLite, PostgreSQL and MySQL/MariaDB report it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string } | null;
  if (!e) return false;
  return (
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === '23505' ||
    e.code === 'ER_DUP_ENTRY' ||
    e.errno === 1062 ||
    /UNIQUE constraint failed|duplicate key value/i.test(e.message ?? '')
  );
}

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

    async latest(registerDocumentId: string) {
      const row = await query().findOne({
        where: { registerDocumentId },
        select: SUMMARY_FIELDS,
        orderBy: [{ version: 'desc' }],
      });
      return row ? toSummary(row) : null;
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

    /**
     * The newest version number of a register, straight from the (register, version) index: the
     * cheap question the public read path asks on every request to know whether its cache holds.
     */
    async latestNumber(registerDocumentId: string): Promise<number | null> {
      const { tableName, attributes } = strapi.db.metadata.get(UID.noticeVersion) as unknown as {
        tableName: string;
        attributes: Record<string, { columnName?: string }>;
      };
      const register = attributes.registerDocumentId.columnName ?? 'register_document_id';
      const version = attributes.version.columnName ?? 'version';
      const row = await strapi.db.getConnection(tableName).where(register, registerDocumentId).max({ latest: version }).first();
      return row?.latest === null || row?.latest === undefined ? null : Number(row.latest);
    },

    async count(registerDocumentId: string): Promise<number> {
      return query().count({ where: { registerDocumentId } });
    },

    /**
     * Inserts a version; returns null when the number is already taken (another publish won the
     * race), so the caller can re-read and retry.
     */
    async insert(version: StoredVersion): Promise<StoredVersion | null> {
      try {
        await insideVersionWrite(() =>
          strapi.documents(UID.noticeVersion).create({ data: version as unknown as Record<string, unknown> } as never),
        );
        return version;
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },
  };
};

export type VersionRepository = ReturnType<typeof versionRepository>;
