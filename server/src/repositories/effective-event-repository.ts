/**
 * What the `privacy-notice.effective` webhook needs from the database: the versions that were
 * announced ahead and have now taken effect, and a claim row per event whose unique key lets only
 * one of several Strapi processes send it.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { isUniqueViolation } from '../database/errors';
import { toRecord, type ChainedRecord } from './version-repository';

/**
 * A version counts as announced when it was stored at least this long before it takes effect. One
 * published to take effect at once has its moment at (or, stored a moment later, just before) its
 * creation time, so a small margin tells the two apart; a version whose publish itself took longer
 * than its lead (stored less than a second ahead) is treated as taking effect at once and gets no
 * `privacy-notice.effective` event — its readers learnt of it from `privacy-notice.publish`.
 */
const ANNOUNCED_AHEAD_MS = 1000;

export interface TakingEffect extends ChainedRecord {
  slug: string;
}

export const effectiveEventRepository = (strapi: Core.Strapi) => ({
  /** Versions announced ahead whose moment lies in (since, until], within their register's chain head. */
  async announcedTakingEffect(since: Date, until: Date): Promise<TakingEffect[]> {
    const rows = await strapi.db.query(UID.noticeVersion).findMany({
      where: { effectiveFrom: { $gt: since.toISOString(), $lte: until.toISOString() } },
      select: ['registerDocumentId', 'version', 'updatedOn', 'effectiveFrom', 'changeSummary', 'material', 'contentHash', 'recordHash', 'previousRecordHash', 'createdAt'],
      orderBy: [{ effectiveFrom: 'asc' }, { version: 'asc' }],
    });
    const announced = rows.filter((row: Record<string, unknown>) => Date.parse(new Date(row.effectiveFrom as string).toISOString()) - new Date(row.createdAt as string).getTime() >= ANNOUNCED_AHEAD_MS);
    if (announced.length === 0) return [];
    const registers = await strapi.db.query(UID.register).findMany({
      where: { documentId: { $in: [...new Set(announced.map((row: Record<string, unknown>) => row.registerDocumentId as string))] } },
      select: ['documentId', 'slug', 'headVersion'],
    });
    const byId = new Map(registers.map((register: Record<string, unknown>) => [register.documentId as string, register]));
    return announced
      .map((row: Record<string, unknown>) => ({ row, register: byId.get(row.registerDocumentId as string) }))
      .filter(({ row, register }) => register && Number(row.version) <= Number(register.headVersion ?? 0))
      .map(({ row, register }) => ({ ...toRecord(row), slug: register!.slug as string }));
  },

  /** True for the one caller that claims `key`; every later or concurrent claim gets false. */
  async claim(key: string): Promise<boolean> {
    try {
      await strapi.db.query(UID.eventClaim).create({ data: { key } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  },
});
