/**
 * Registers as the public read path and verification need them: the slug, whether the register is
 * archived, and its chain head (the number and record hash of its newest version), all from the
 * register's own row — one indexed read by slug, or one query for every register.
 */
import type { Core } from '@strapi/strapi';
import type { ChainHead } from '../domain/record-chain';
import { UID } from '../uids';

export interface RegisterHead {
  documentId: string;
  slug: string;
  archived: boolean;
  /** Null until the register's first version is published. */
  head: ChainHead | null;
}

const FIELDS = ['documentId', 'slug', 'archived', 'headVersion', 'headRecordHash'];

/** The chain head stored on a register row (also a loaded register entry); null before the first version. */
export function headOf(row: Record<string, unknown>): ChainHead | null {
  const version = Number(row.headVersion ?? 0);
  return version > 0 ? { version, recordHash: String(row.headRecordHash ?? '') } : null;
}

const toRegisterHead = (row: Record<string, unknown>): RegisterHead => ({
  documentId: row.documentId as string,
  slug: row.slug as string,
  archived: Boolean(row.archived),
  head: headOf(row),
});

export const chainHeadRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UID.register);
  return {
    async bySlug(slug: string): Promise<RegisterHead | null> {
      const row = await query().findOne({ where: { slug }, select: FIELDS });
      return row ? toRegisterHead(row) : null;
    },

    /** Every register (or only those not archived), in a stable order. */
    async all({ listedOnly = false } = {}): Promise<RegisterHead[]> {
      const rows = await query().findMany({ where: listedOnly ? { archived: { $ne: true } } : {}, select: FIELDS, orderBy: [{ id: 'asc' }] });
      return rows.map(toRegisterHead);
    },
  };
};
