/** Writing around the plugin, as someone with direct SQL access to the database can. */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { dropGuards, installGuards } from '../../../server/src/database/guards';

/**
 * Drops the plugin's triggers as a database administrator would (the statements the README
 * lists), runs `write` with plain SQL, and puts the triggers back as the plugin does at start.
 */
export async function asDatabaseAdministrator(strapi: Core.Strapi, write: (db: Knex) => Promise<void>) {
  await dropGuards(strapi);
  try {
    await write(strapi.db.connection);
  } finally {
    await installGuards(strapi);
  }
}

/** A datetime as the database at hand stores one, for writing it with plain SQL. */
export function storedDateTime(strapi: Core.Strapi, iso: string): string | number | Date {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite') return Date.parse(iso);
  return new Date(iso);
}
