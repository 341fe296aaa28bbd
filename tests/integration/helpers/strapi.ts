/**
 * Boots the playground app — a real Strapi with the built plugin — on a fresh database for one
 * test file, and tears it down afterwards. SQLite by default; DATABASE_CLIENT=postgres (or mysql,
 * for MySQL/MariaDB) runs the same tests in a database created and dropped for the file.
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

interface Booted {
  strapi: Core.Strapi;
  cleanup: () => Promise<void>;
}

const booted = new WeakMap<Core.Strapi, Booted['cleanup']>();

const freshName = () => `privacy_notices_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

async function freshDatabase(): Promise<() => Promise<void>> {
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
    process.env.DATABASE_NAME = name;
    return async () => {
      const dropper = await connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
      await dropper.end();
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
    process.env.DATABASE_NAME = name;
    return async () => {
      const dropper = admin();
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
  }
  const file = path.join(os.tmpdir(), `privacy-notices-test-${randomUUID()}.db`);
  process.env.DATABASE_FILENAME = file;
  return async () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  };
}

export async function startStrapi(env: Record<string, string> = {}): Promise<Core.Strapi> {
  Object.assign(process.env, { PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error', PRIVACY_NOTICES_PUBLIC_API: 'true', ...env });
  const dropDatabase = await freshDatabase();
  const strapi = await createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  booted.set(strapi, dropDatabase);
  return strapi;
}

export async function stopStrapi(strapi: Core.Strapi | undefined) {
  if (!strapi) return;
  const dropDatabase = booted.get(strapi);
  await strapi.destroy();
  await dropDatabase?.();
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
