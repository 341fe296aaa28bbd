/**
 * The public collections — the list of notices and the change log of every notice — read a page at
 * a time. Each register's current version is found through its chain head (the register's own row)
 * and the (registerDocumentId, version) unique index, by a join and a correlated subquery: the text
 * and parameters of every query here are the same for ten registers as for ten thousand, and only
 * a page's rows come back.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { NoticeSnapshot } from '../domain/types';
import { UID } from '../uids';
import { headOf, type RegisterHead } from './chain-head-repository';
import { toRecord } from './version-repository';

type Row = Record<string, unknown>;

interface Metadata {
  tableName: string;
  attributes: Record<string, { columnName?: string }>;
}

/** A page asked for: how many rows to skip and how many to return. */
export interface Window {
  offset: number;
  limit: number;
}

const SUMMARY_FIELDS = ['registerDocumentId', 'version', 'updatedOn', 'effectiveFrom', 'changeSummary', 'material', 'contentHash', 'recordHash', 'previousRecordHash'];

/** A JSON column as the driver gives it: text on SQLite, already parsed on PostgreSQL. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

export const collectionRepository = (strapi: Core.Strapi) => {
  const metadata = (uid: string) => strapi.db.metadata.get(uid) as unknown as Metadata;
  const column = (uid: string, attribute: string) => metadata(uid).attributes[attribute].columnName ?? attribute;
  const db = () => strapi.db.connection;

  const registers = () => metadata(UID.register).tableName;
  const versions = () => metadata(UID.noticeVersion).tableName;
  const r = (attribute: string) => `r.${column(UID.register, attribute)}`;
  const v = (alias: string, attribute: string) => `${alias}.${column(UID.noticeVersion, attribute)}`;

  /** Registers that are not archived and have a chain head. */
  const listed = (query: Knex.QueryBuilder) =>
    query
      .where(r('headVersion'), '>', 0)
      .where((archived) => archived.whereNull(r('archived')).orWhere(r('archived'), false));

  /** The number of the register's newest version in effect at `now` (within its chain head), as a subquery. */
  const currentVersion = (knex: Knex, now: Date) =>
    knex(`${versions()} as c`)
      .max(v('c', 'version'))
      .whereRaw(`${v('c', 'registerDocumentId')} = ${r('documentId')}`)
      .whereRaw(`${v('c', 'version')} <= ${r('headVersion')}`)
      .where(v('c', 'effectiveFrom'), '<=', now);

  /** The register has a version in effect at `now`, as a subquery for `whereExists`. */
  const inEffect = (knex: Knex, now: Date) =>
    knex(`${versions()} as e`)
      .select(knex.raw('1'))
      .whereRaw(`${v('e', 'registerDocumentId')} = ${r('documentId')}`)
      .whereRaw(`${v('e', 'version')} <= ${r('headVersion')}`)
      .where(v('e', 'effectiveFrom'), '<=', now);

  /** The version announced to take effect next after the current one, as a subquery (null when none). */
  const upcomingVersion = (knex: Knex, now: Date) =>
    knex(`${versions()} as u`)
      .select(v('u', 'version'))
      .whereRaw(`${v('u', 'registerDocumentId')} = ${r('documentId')}`)
      .whereRaw(`${v('u', 'version')} <= ${r('headVersion')}`)
      .where(v('u', 'effectiveFrom'), '>', now)
      .where(v('u', 'version'), '>', currentVersion(knex, now))
      .orderBy([
        { column: v('u', 'effectiveFrom'), order: 'asc' },
        { column: v('u', 'version'), order: 'desc' },
      ])
      .limit(1);

  const summaryColumns = (alias: string) => SUMMARY_FIELDS.map((field) => `${v(alias, field)} as ${field}`);
  const registerColumns = [`${r('documentId')} as documentId`, `${r('slug')} as slug`, `${r('archived')} as archived`, `${r('headVersion')} as headVersion`, `${r('headRecordHash')} as headRecordHash`];

  const toRegister = (row: Row): RegisterHead => ({ documentId: row.documentId as string, slug: row.slug as string, archived: Boolean(row.archived), head: headOf(row) });
  /** The fields a version summary reads, with JSON and dates as the drivers give them. */
  const toSummary = (row: Row) => {
    const { previousRecordHash: _previous, ...record } = toRecord({ ...row, changeSummary: row.changeSummary === null ? null : parsed(row.changeSummary), updatedOn: dateOf(row.updatedOn) });
    return record;
  };

  return {
    /**
     * A page of the listed registers that have a version in effect, in a stable order (oldest
     * register first), each with its current version, version 1's päivitetty date and the current
     * snapshot; and how many there are in all.
     */
    async listedPage(window: Window, now: Date) {
      const knex = db();
      const base = () =>
        listed(knex(`${registers()} as r`))
          .join(`${versions()} as v`, (on) => on.on(v('v', 'registerDocumentId'), '=', r('documentId')))
          .where(v('v', 'version'), '=', currentVersion(knex, now));
      const [rows, [{ total }]] = await Promise.all([
        base()
          .leftJoin(`${versions()} as first`, (on) => on.on(v('first', 'registerDocumentId'), '=', r('documentId')).andOnVal(v('first', 'version'), '=', 1))
          .select([...registerColumns, ...summaryColumns('v'), `${v('v', 'snapshot')} as snapshot`, `${v('first', 'updatedOn')} as firstUpdatedOn`])
          .orderBy(r('id'), 'asc')
          .offset(window.offset)
          .limit(window.limit),
        base().count({ total: '*' }),
      ]);
      return {
        total: Number(total),
        entries: (rows as Row[]).map((row) => ({
          register: toRegister(row),
          current: toSummary(row),
          createdOn: row.firstUpdatedOn === null || row.firstUpdatedOn === undefined ? null : dateOf(row.firstUpdatedOn),
          snapshot: parsed<NoticeSnapshot>(row.snapshot),
        })),
      };
    },

    /**
     * A page of the change log of every listed register with a version in effect: the versions in
     * effect or superseded and each register's announced upcoming one, newest first (päivitetty,
     * then effective-from, then number). One row more than asked for tells whether there are older ones.
     */
    async changelogPage(window: Window, now: Date) {
      const knex = db();
      const rows = (await listed(knex(`${registers()} as r`))
        .join(`${versions()} as v`, (on) => on.on(v('v', 'registerDocumentId'), '=', r('documentId')))
        .whereRaw(`${v('v', 'version')} <= ${r('headVersion')}`)
        .whereExists(inEffect(knex, now))
        .where((shown) => shown.where(v('v', 'effectiveFrom'), '<=', now).orWhere(v('v', 'version'), '=', upcomingVersion(knex, now)))
        .select([...registerColumns, ...summaryColumns('v')])
        .orderBy([
          { column: v('v', 'updatedOn'), order: 'desc' },
          { column: v('v', 'effectiveFrom'), order: 'desc' },
          { column: v('v', 'version'), order: 'desc' },
          { column: r('id'), order: 'asc' },
        ])
        .offset(window.offset)
        .limit(window.limit + 1)) as Row[];
      return {
        entries: rows.slice(0, window.limit).map((row) => ({ register: toRegister(row), summary: toSummary(row), upcoming: Date.parse(toSummary(row).effectiveFrom) > now.getTime() })),
        more: rows.length > window.limit,
      };
    },

    /**
     * Changes the collections show come with a new revision: a publish adds a version (a higher
     * id), an edit of a register (archiving it, say) moves its `updatedAt`. Two index lookups.
     */
    async revision(): Promise<string> {
      const knex = db();
      const [row] = (await knex
        .select({
          version: knex(versions()).max('id'),
          register: knex(registers()).max(column(UID.register, 'updatedAt')),
        })) as Row[];
      return `${row.version ?? 0}|${row.register instanceof Date ? row.register.getTime() : (row.register ?? '')}`;
    },

    /** The next moment after `now` at which a published version takes effect, or Infinity. */
    async nextChange(now: Date): Promise<number> {
      const [row] = (await db()(versions()).min({ next: column(UID.noticeVersion, 'effectiveFrom') }).where(column(UID.noticeVersion, 'effectiveFrom'), '>', now)) as Row[];
      return row.next === null || row.next === undefined ? Infinity : new Date(row.next as string | number).getTime();
    },

    /** The snapshot of the version in effect of each of these registers (at most a page of them). */
    async currentSnapshots(registerDocumentIds: string[], now: Date): Promise<Map<string, NoticeSnapshot>> {
      if (registerDocumentIds.length === 0) return new Map();
      const knex = db();
      const rows = (await knex(`${registers()} as r`)
        .join(`${versions()} as v`, (on) => on.on(v('v', 'registerDocumentId'), '=', r('documentId')))
        .whereIn(r('documentId'), registerDocumentIds)
        .where(v('v', 'version'), '=', currentVersion(knex, now))
        .select([`${r('documentId')} as documentId`, `${v('v', 'snapshot')} as snapshot`])) as Row[];
      return new Map(rows.map((row) => [row.documentId as string, parsed<NoticeSnapshot>(row.snapshot)]));
    },
  };
};

/** A `date` column as `YYYY-MM-DD`: text on SQLite, a Date at local midnight from PostgreSQL's driver. */
function dateOf(value: unknown): string {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}
