/**
 * The playground for browser tests: its admin panel built with the current plugin, started as a
 * child process on a port it picks itself, with a fresh SQLite file, and an admin user to log in with.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const PLAYGROUND = path.join(ROOT, 'playground');
const BUILD = path.join(PLAYGROUND, 'build');
/** Written into the admin build: which plugin admin bundle it was built with. */
const STAMP = path.join(BUILD, '.privacy-notices-admin');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A digest of the built plugin (dist/, from `npm run build`) that the admin build bundles. */
function pluginDigest(): string {
  const files = [...filesUnder(path.join(ROOT, 'dist/admin')), ...filesUnder(path.join(ROOT, 'dist/_chunks'))].sort();
  if (files.length === 0) throw new Error('dist/ is empty: run `npm run build` before the browser tests');
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

/**
 * Builds the playground's admin panel unless playground/build already holds one made from the
 * same plugin build (a build takes 20–60 s).
 */
export async function ensureAdminBuild(): Promise<void> {
  const digest = pluginDigest();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === digest && fs.existsSync(path.join(BUILD, 'index.html'))) return;
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
    cwd: PLAYGROUND,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(STAMP, digest);
}

export interface Login {
  email: string;
  password: string;
}

export interface Playground {
  url: string;
  admin: Login;
  stop: () => Promise<void>;
}

async function adminApi(url: string, token: string | null, method: string, route: string, body: unknown) {
  const response = await fetch(`${url}/admin${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /admin${route} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: Record<string, unknown> }).data;
}

/**
 * Another admin whose role holds only these privacy-notices actions (read, compose, publish,
 * settings; a full action name such as `admin::webhooks.read` as it is), set up through Strapi's own admin API as Settings → Roles and Users would.
 */
export async function addEditorWith(playground: Playground, actions: string[]): Promise<Login> {
  const { token } = (await adminApi(playground.url, null, 'POST', '/login', playground.admin)) as { token: string };
  const role = await adminApi(playground.url, token, 'POST', '/roles', { name: `Privacy notices: ${actions.join(', ')}`, description: 'browser test' });
  await adminApi(playground.url, token, 'PUT', `/roles/${role.id}/permissions`, {
    permissions: actions.map((action) => ({ action: action.includes('::') ? action : `plugin::privacy-notices.${action}`, subject: null, properties: {}, conditions: [] })),
  });
  const login = { email: `editor-${Date.now()}@example.com`, password: 'E2e-Password-2' };
  const user = await adminApi(playground.url, token, 'POST', '/users', { firstname: 'Lukija', lastname: 'Editor', email: login.email, roles: [role.id] });
  await adminApi(playground.url, null, 'POST', '/register', {
    registrationToken: user.registrationToken,
    userInfo: { firstname: 'Lukija', lastname: 'Editor', password: login.password },
  });
  return login;
}

/** The port the playground reports once it listens (it picks a free one itself), then its health check. */
async function waitUntilUp(child: ChildProcess, output: () => string, timeoutMs = 240_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let url: string | null = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The playground exited (${child.exitCode}):\n${output()}`);
    const listening = /PLAYGROUND LISTENING ON PORT (\d+)/.exec(output());
    if (listening) url = `http://127.0.0.1:${listening[1]}`;
    try {
      if (url && (await fetch(`${url}/_health`)).ok) return url;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The playground did not start within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts the playground without demo data and registers its first admin. */
export async function startPlayground(): Promise<Playground> {
  const database = path.join(os.tmpdir(), `privacy-notices-e2e-${randomUUID()}.db`);
  // The server logs to a file, not a pipe: nothing of the child stays open in this process once it exits.
  const logFile = `${database}.log`;
  const logFd = fs.openSync(logFile, 'w');
  const log = () => fs.readFileSync(logFile, 'utf8');
  const child = spawn(process.execPath, [path.join(__dirname, 'playground-server.js')], {
    cwd: PLAYGROUND,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      PLAYGROUND_DEMO_DATA: 'false',
      PRIVACY_NOTICES_PUBLIC_API: 'true',
      STRAPI_LOG_LEVEL: 'error',
      STRAPI_TELEMETRY_DISABLED: 'true',
    },
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);

  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const suffix of ['', '-wal', '-shm', '-journal', '.log']) fs.rmSync(database + suffix, { force: true });
  };

  try {
    const url = await waitUntilUp(child, log);
    const admin = { email: `e2e-${Date.now()}@example.com`, password: 'E2e-Password-1' };
    await adminApi(url, null, 'POST', '/register-admin', { ...admin, firstname: 'Erkki', lastname: 'Editor' });
    return { url, admin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
