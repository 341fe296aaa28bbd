/**
 * Recognising what the database refused, as SQLite, PostgreSQL and MySQL/MariaDB report it, so
 * that a refusal becomes a 400 or 409 for the client rather than a 500.
 */

type DatabaseError = { code?: string; errno?: number; message?: string } | null | undefined;

/** Every message of the plugin's triggers starts with this, whichever database raised it. */
export const GUARD_PREFIX = 'privacy-notices:';

/** A unique index refused a row (the version number or the slug is taken). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as DatabaseError;
  if (!e) return false;
  return (
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === '23505' ||
    e.code === 'ER_DUP_ENTRY' ||
    e.errno === 1062 ||
    /UNIQUE constraint failed|duplicate key value|Duplicate entry/i.test(e.message ?? '')
  );
}

/** A foreign key refused a link (its target was deleted meanwhile). */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as DatabaseError;
  if (!e) return false;
  return (
    e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
    e.code === '23503' ||
    e.code === 'ER_NO_REFERENCED_ROW_2' ||
    e.errno === 1452 ||
    /FOREIGN KEY constraint failed|violates foreign key constraint|foreign key constraint fails/i.test(e.message ?? '')
  );
}

/** One of the plugin's triggers refused the statement (database/guards.ts). */
export function isGuardRefusal(error: unknown): boolean {
  const e = error as DatabaseError;
  return typeof e?.message === 'string' && e.message.includes(GUARD_PREFIX);
}
