/**
 * What the plugin makes sure of in the database at every start, before it serves anything:
 * versions published before the record was a hash chain are chained (once, ever: see
 * CHAIN_MIGRATION), and the guards are in place. Several Strapi processes starting at once take turns.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CHAIN_MIGRATION, chainRegisters, unchainedRegisters } from './chain-migration';
import { dropGuards, installGuards } from './guards';

/** Chains the versions published before the chain, unless that has been done in this database. */
async function migrateOnce(strapi: Core.Strapi, db: Knex | Knex.Transaction) {
  // Read and written through strapi.db.query, so inside the transaction of prepare() where there is one.
  const store = strapi.store(CHAIN_MIGRATION.store);
  if (await store.get({ key: CHAIN_MIGRATION.key })) return;
  const unchained = await unchainedRegisters(strapi, db);
  let chained = 0;
  if (unchained.length > 0) {
    // The guards refuse every update of a version, this one too: lifted for the migration only.
    await dropGuards(strapi, db);
    chained = await chainRegisters(strapi, db, unchained);
    strapi.log.info(`privacy-notices: chained ${chained} published version(s) of ${unchained.length} register(s)`);
  }
  await store.set({ key: CHAIN_MIGRATION.key, value: { at: new Date().toISOString(), registers: unchained.length, versions: chained } });
}

async function setUp(strapi: Core.Strapi, db: Knex | Knex.Transaction) {
  await migrateOnce(strapi, db);
  await installGuards(strapi, db);
}

export async function prepareDatabase(strapi: Core.Strapi) {
  try {
    await prepare(strapi);
  } catch (error) {
    // Serving the record without its guards would be worse than not starting: say what is missing.
    throw Object.assign(
      new Error(
        `privacy-notices: could not set up the database triggers that protect published versions (${(error as Error).message}). ` +
          'The database user needs the TRIGGER privilege (on MySQL with binary logging also SUPER, or log_bin_trust_function_creators = 1).',
      ),
      { cause: error },
    );
  }
}

async function prepare(strapi: Core.Strapi) {
  if (strapi.db.dialect.client === 'mysql') {
    // MySQL commits at every CREATE or DROP TRIGGER, so no transaction can hold the steps together;
    // each is safe to repeat when two processes start at once (the migration only fills empty
    // hash columns with the same values, and a trigger another process created first is kept).
    await setUp(strapi, strapi.db.connection);
    return;
  }
  await strapi.db.transaction(async ({ trx }) => {
    // PostgreSQL: one process at a time; SQLite has a single writer anyway.
    if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', ['privacy-notices database setup']);
    await setUp(strapi, trx);
  });
}
