/**
 * Database triggers that refuse, whoever connects: every UPDATE that changes a published version
 * and every DELETE of one;
 * deleting a register that has versions or changing its slug; moving a register's chain head other
 * than forward by one; deleting a library entry a register uses. Strapi's own APIs are guarded in
 * immutability.ts; these hold for everything else — `strapi import`/`transfer` (which disable
 * lifecycle hooks), other applications, and a statement typed by hand — and they decide races
 * between Strapi processes, because the row being written is the one they check.
 *
 * Installed at every start: idempotent on PostgreSQL and MySQL/MariaDB, and on SQLite, where a
 * table Strapi rebuilds for a schema change loses its triggers, simply created again.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../uids';
import { GUARD_PREFIX } from './errors';

export type DatabaseClient = 'postgres' | 'mysql' | 'sqlite';

export interface Guard {
  /** The trigger's name (and on PostgreSQL its function's). */
  name: string;
  table: string;
  event: 'UPDATE' | 'DELETE' | 'TRUNCATE';
  /** SQL over OLD and NEW under which the statement is refused; null refuses it always. */
  refuseWhen: string | null;
  /** At most 128 characters: MySQL's limit for a SIGNAL message. */
  message: string;
}

interface Attribute {
  columnName?: string;
  joinTable?: { name: string; inverseJoinColumn: { name: string } };
}

const metadataOf = (strapi: Core.Strapi, uid: string) =>
  strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, Attribute> };

const column = (strapi: Core.Strapi, uid: string, attribute: string) => metadataOf(strapi, uid).attributes[attribute].columnName ?? attribute;

/** `a` and `b` differ, NULL counting as a value, in each database's words. */
const DISTINCT: Record<DatabaseClient, (a: string, b: string) => string> = {
  postgres: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  mysql: (a, b) => `NOT (${a} <=> ${b})`,
  sqlite: (a, b) => `${a} IS NOT ${b}`,
};

/** The columns of a table as the database has them (Strapi adds some of its own). */
async function columnsOf(client: DatabaseClient, db: Knex | Knex.Transaction, table: string, schema: string | null): Promise<string[]> {
  if (client === 'postgres') {
    const result = await db.raw('SELECT column_name AS name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position', [schema, table]);
    return result.rows.map((row: { name: string }) => row.name);
  }
  if (client === 'mysql') {
    const [rows] = await db.raw('SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position', [table]);
    return (rows as { name: string }[]).map((row) => row.name);
  }
  const rows = (await db.raw(`PRAGMA table_info(${table})`)) as { name: string }[];
  return rows.map((row) => row.name);
}

/** The register fields that use each kind of library entry. */
const LIBRARY_USES = [
  { uid: UID.controller, field: 'controller', kind: 'controllers' },
  { uid: UID.purpose, field: 'purposes', kind: 'purposes' },
  { uid: UID.dataCategory, field: 'dataCategories', kind: 'data_categories' },
  { uid: UID.recipient, field: 'recipients', kind: 'recipients' },
] as const;

export const GUARD_MESSAGES = {
  versionImmutable: `${GUARD_PREFIX} published versions are immutable`,
  registerHasVersions: `${GUARD_PREFIX} a register with published versions cannot be deleted; archive it instead`,
  slugPublished: `${GUARD_PREFIX} the slug of a register with published versions cannot change`,
  headForwardOnly: `${GUARD_PREFIX} a chain head only moves forward, one version at a time, by publishing`,
  entryInUse: `${GUARD_PREFIX} a library entry used by a register cannot be deleted`,
} as const;

interface GuardContext {
  client: DatabaseClient;
  /** Adds the schema to a table name where the database has one. */
  qualify: (table: string) => string;
  /** Every column of the versions table but its row id. */
  versionColumns: string[];
}

/**
 * Every guard, with table and column names as Strapi maps them. The versions are guarded against
 * any UPDATE that changes a column, rather than any UPDATE at all: `strapi import` rewrites each
 * row's document_id with the value it already has, and a restore into an empty database must work.
 */
export function guardsOf(strapi: Core.Strapi, { client, qualify, versionColumns }: GuardContext): Guard[] {
  const versions = metadataOf(strapi, UID.noticeVersion).tableName;
  const registers = metadataOf(strapi, UID.register).tableName;
  const registerOf = column(strapi, UID.noticeVersion, 'registerDocumentId');
  const documentId = column(strapi, UID.register, 'documentId');
  const slug = column(strapi, UID.register, 'slug');
  const headVersion = column(strapi, UID.register, 'headVersion');
  const headHash = column(strapi, UID.register, 'headRecordHash');

  const hasVersions = `(COALESCE(OLD.${headVersion}, 0) > 0 OR EXISTS (SELECT 1 FROM ${qualify(versions)} v WHERE v.${registerOf} = OLD.${documentId}))`;
  const oldHead = `COALESCE(OLD.${headVersion}, 0)`;
  const newHead = `COALESCE(NEW.${headVersion}, 0)`;
  const headChanged = `(${newHead} <> ${oldHead} OR COALESCE(NEW.${headHash}, '') <> COALESCE(OLD.${headHash}, ''))`;

  const inUse = LIBRARY_USES.map(({ uid, field, kind }): Guard => {
    const link = metadataOf(strapi, UID.register).attributes[field].joinTable;
    if (!link) throw new Error(`privacy-notices: the register's ${field} relation has no link table`);
    return {
      name: `privacy_notices_${kind}_keep_used`,
      table: metadataOf(strapi, uid).tableName,
      event: 'DELETE',
      refuseWhen: `EXISTS (SELECT 1 FROM ${qualify(link.name)} l WHERE l.${link.inverseJoinColumn.name} = OLD.id)`,
      message: GUARD_MESSAGES.entryInUse,
    };
  });

  const versionChanged = versionColumns.map((name) => `(${DISTINCT[client](`NEW.${name}`, `OLD.${name}`)})`).join(' OR ');

  return [
    { name: 'privacy_notices_versions_no_update', table: versions, event: 'UPDATE', refuseWhen: versionChanged, message: GUARD_MESSAGES.versionImmutable },
    { name: 'privacy_notices_versions_no_delete', table: versions, event: 'DELETE', refuseWhen: null, message: GUARD_MESSAGES.versionImmutable },
    {
      name: 'privacy_notices_versions_no_truncate',
      table: versions,
      event: 'TRUNCATE',
      refuseWhen: `EXISTS (SELECT 1 FROM ${qualify(versions)})`,
      message: GUARD_MESSAGES.versionImmutable,
    },
    { name: 'privacy_notices_registers_keep_published', table: registers, event: 'DELETE', refuseWhen: hasVersions, message: GUARD_MESSAGES.registerHasVersions },
    {
      name: 'privacy_notices_registers_keep_slug',
      table: registers,
      event: 'UPDATE',
      refuseWhen: `NEW.${slug} <> OLD.${slug} AND ${hasVersions}`,
      message: GUARD_MESSAGES.slugPublished,
    },
    {
      name: 'privacy_notices_registers_head_forward',
      table: registers,
      event: 'UPDATE',
      refuseWhen: `${headChanged} AND ${newHead} <> ${oldHead} + 1`,
      message: GUARD_MESSAGES.headForwardOnly,
    },
    ...inUse,
  ];
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** TRUNCATE fires triggers on PostgreSQL only; MySQL's bypasses them and SQLite has none. */
const supported = (client: DatabaseClient, guard: Guard) => guard.event !== 'TRUNCATE' || client === 'postgres';

function createStatements(client: DatabaseClient, guard: Guard, schema: string | null): string[] {
  const condition = guard.refuseWhen ?? 'TRUE';
  if (client === 'postgres') {
    const qualified = (name: string) => (schema ? `"${schema}".${name}` : name);
    const rowLevel = guard.event !== 'TRUNCATE';
    return [
      `CREATE OR REPLACE FUNCTION ${qualified(guard.name)}() RETURNS trigger LANGUAGE plpgsql AS $guard$
BEGIN
  IF ${condition} THEN
    RAISE EXCEPTION USING MESSAGE = ${literal(guard.message)}, ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$guard$`,
      `CREATE TRIGGER ${guard.name} BEFORE ${guard.event} ON ${qualified(guard.table)} FOR EACH ${rowLevel ? 'ROW' : 'STATEMENT'} EXECUTE FUNCTION ${qualified(guard.name)}()`,
    ];
  }
  if (client === 'mysql') {
    const body = guard.refuseWhen
      ? `BEGIN IF ${condition} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${literal(guard.message)}; END IF; END`
      : `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${literal(guard.message)}`;
    return [`CREATE TRIGGER ${guard.name} BEFORE ${guard.event} ON ${guard.table} FOR EACH ROW ${body}`];
  }
  const when = guard.refuseWhen ? ` WHEN ${condition}` : '';
  return [`CREATE TRIGGER ${guard.name} BEFORE ${guard.event} ON ${guard.table} FOR EACH ROW${when} BEGIN SELECT RAISE(ABORT, ${literal(guard.message)}); END`];
}

/** The statements a database administrator runs to remove the guards deliberately (see the README). */
export function dropStatements(client: DatabaseClient, guard: Guard, schema: string | null = null): string[] {
  if (client === 'postgres') {
    const qualified = (name: string) => (schema ? `"${schema}".${name}` : name);
    return [`DROP TRIGGER IF EXISTS ${guard.name} ON ${qualified(guard.table)}`, `DROP FUNCTION IF EXISTS ${qualified(guard.name)}()`];
  }
  return [`DROP TRIGGER IF EXISTS ${guard.name}`];
}

const clientOf = (strapi: Core.Strapi) => strapi.db.dialect.client as DatabaseClient;

async function postgresSchema(db: Knex | Knex.Transaction): Promise<string> {
  const result = await db.raw('SELECT current_schema() AS schema');
  return result.rows[0].schema as string;
}

/** What the database holds for a trigger (MySQL: its body; SQLite: its CREATE statement); null when it is missing. */
async function installed(client: DatabaseClient, db: Knex | Knex.Transaction, guard: Guard, schema: string | null): Promise<string | null> {
  if (client === 'postgres') {
    const result = await db.raw(
      `SELECT t.tgname AS definition FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE t.tgname = ? AND c.relname = ? AND n.nspname = ?`,
      [guard.name, guard.table, schema],
    );
    return result.rows[0]?.definition ?? null;
  }
  if (client === 'mysql') {
    const [rows] = await db.raw('SELECT ACTION_STATEMENT AS definition FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?', [guard.name]);
    return (rows as { definition: string }[])[0]?.definition ?? null;
  }
  const rows = (await db.raw("SELECT sql AS definition FROM sqlite_master WHERE type = 'trigger' AND name = ?", [guard.name])) as { definition: string }[];
  return rows[0]?.definition ?? null;
}

/** MySQL: another Strapi process starting at the same moment created it first. */
const alreadyExists = (error: unknown) => (error as { errno?: number }).errno === 1359;

async function contextOf(strapi: Core.Strapi, db: Knex | Knex.Transaction) {
  const client = clientOf(strapi);
  const schema = client === 'postgres' ? await postgresSchema(db) : null;
  const qualify = (table: string) => (schema ? `"${schema}".${table}` : table);
  const versions = metadataOf(strapi, UID.noticeVersion).tableName;
  const versionColumns = (await columnsOf(client, db, versions, schema)).filter((name) => name !== 'id');
  return { client, schema, guards: guardsOf(strapi, { client, qualify, versionColumns }).filter((g) => supported(client, g)) };
}

/**
 * Creates every guard that is missing, and replaces one whose definition changed (a new release,
 * or a column Strapi added to the versions table). On PostgreSQL the functions, which hold the
 * conditions, are replaced each time; a trigger itself is only created when missing, which needs
 * no lock on a table other processes are using.
 */
export async function installGuards(strapi: Core.Strapi, db: Knex | Knex.Transaction = strapi.db.connection) {
  const { client, schema, guards } = await contextOf(strapi, db);
  for (const guard of guards) {
    const [first, ...rest] = createStatements(client, guard, schema);
    const current = await installed(client, db, guard, schema);
    if (client === 'postgres') {
      await db.raw(first);
      if (current === null) for (const statement of rest) await db.raw(statement);
      continue;
    }
    const wanted = client === 'mysql' ? first.slice(first.indexOf(' FOR EACH ROW ') + ' FOR EACH ROW '.length) : first;
    if (current === wanted) continue;
    if (current !== null) for (const statement of dropStatements(client, guard)) await db.raw(statement);
    await db.raw(first).catch((error: unknown) => {
      if (!alreadyExists(error)) throw error;
    });
  }
}

/** Removes every guard: what a database administrator does before writing around the plugin. */
export async function dropGuards(strapi: Core.Strapi, db: Knex | Knex.Transaction = strapi.db.connection) {
  const { client, schema, guards } = await contextOf(strapi, db);
  for (const guard of guards) {
    for (const statement of dropStatements(client, guard, schema)) await db.raw(statement);
  }
}
