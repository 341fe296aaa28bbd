/**
 * Boots the playground app — a real Strapi with the built plugin — on a fresh database for one
 * test file, and tears it down afterwards (or starts it again on the same database). SQLite by
 * default; DATABASE_CLIENT=postgres (or mysql, for MySQL/MariaDB) runs the same tests in a
 * database created and dropped for the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';
import mysql from 'mysql2/promise';
import { adminClient, type AdminClient } from './admin';

const PLAYGROUND = path.resolve(__dirname, '../../../playground');

/** A database made for one test file: the environment that points Strapi at it, and how to drop it. */
export interface TestDatabase {
  env: Record<string, string>;
  drop: () => Promise<void>;
}

const booted = new WeakMap<Core.Strapi, TestDatabase>();

const freshName = () => `privacy_notices_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

/** Creates an empty database (a file for SQLite) without starting Strapi on it. */
export async function createDatabase(): Promise<TestDatabase> {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client === 'mysql') {
    const name = freshName();
    const connect = () =>
      mysql.createConnection({
        host: process.env.DATABASE_HOST ?? '127.0.0.1',
        port: Number(process.env.DATABASE_PORT ?? 3306),
        user: process.env.DATABASE_USERNAME ?? 'root',
        password: process.env.DATABASE_PASSWORD ?? '',
      });
    const connection = await connect();
    await connection.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.end();
    return {
      env: { DATABASE_NAME: name },
      drop: async () => {
        const dropper = await connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
        await dropper.end();
      },
    };
  }
  if (client === 'postgres') {
    const name = freshName();
    const admin = () =>
      new Client({
        host: process.env.DATABASE_HOST ?? '127.0.0.1',
        port: Number(process.env.DATABASE_PORT ?? 5432),
        user: process.env.DATABASE_USERNAME ?? 'postgres',
        password: process.env.DATABASE_PASSWORD ?? '',
        database: 'postgres',
      });
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return {
      env: { DATABASE_NAME: name },
      drop: async () => {
        const dropper = admin();
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const file = path.join(os.tmpdir(), `privacy-notices-test-${randomUUID()}.db`);
  return {
    env: { DATABASE_FILENAME: file },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Starts the playground on a fresh database (or on `database`, e.g. to start again on the same one). */
export async function startStrapi(env: Record<string, string> = {}, database?: TestDatabase): Promise<Core.Strapi> {
  Object.assign(process.env, { PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error', PRIVACY_NOTICES_PUBLIC_API: 'true', ...env });
  const target = database ?? (await createDatabase());
  Object.assign(process.env, target.env);
  const strapi = await createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  booted.set(strapi, target);
  return strapi;
}

/** The database a running Strapi was started on. */
export function databaseOf(strapi: Core.Strapi): TestDatabase {
  const database = booted.get(strapi);
  if (!database) throw new Error('this Strapi was not started by startStrapi()');
  return database;
}

interface ConnectionPool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Waits until no query is running or waiting for a connection. Strapi's document service sends its
 * entry events after the commit without awaiting them, and each first reads the entry again; a
 * query that asks for a connection while the pool is being closed is never answered and fails a
 * minute later — inside whichever test file then runs in this worker.
 */
async function waitForIdleDatabase(strapi: Core.Strapi) {
  const pool = (strapi.db?.connection?.client as { pool?: ConnectionPool } | undefined)?.pool;
  if (!pool) return;
  const deadline = Date.now() + 15_000;
  for (let quietChecks = 0; quietChecks < 3 && Date.now() < deadline; ) {
    const busy = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
    quietChecks = busy ? 0 : quietChecks + 1;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Stops Strapi and drops its database, unless it is kept to start again on. */
export async function stopStrapi(strapi: Core.Strapi | undefined, { keepDatabase = false } = {}): Promise<TestDatabase | undefined> {
  if (!strapi) return undefined;
  const database = booted.get(strapi);
  await waitForIdleDatabase(strapi);
  await strapi.destroy();
  if (!keepDatabase) await database?.drop();
  return database;
}

/** Stops Strapi and starts it again on the same database, as a restart in production would. */
export async function restartStrapi(strapi: Core.Strapi): Promise<Core.Strapi> {
  const database = await stopStrapi(strapi, { keepDatabase: true });
  return startStrapi({}, database);
}

/**
 * The usual start of a test file: a fresh Strapi with a logged-in super admin.
 *
 *   beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
 *   afterAll(() => stopStrapi(strapi));
 */
export async function bootStrapi(env: Record<string, string> = {}): Promise<{ strapi: Core.Strapi; admin: AdminClient }> {
  const strapi = await startStrapi(env);
  return { strapi, admin: await adminClient(strapi) };
}
