/**
 * The real `strapi` command line, run in a copy of the playground app against a test database.
 * The copy lives in the ignored tests/.tmp, where the command's log files land too; its config
 * files load the playground's own, so it is the same app with the same plugin.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestDatabase } from './strapi';

const REPOSITORY = path.resolve(__dirname, '../../..');
const PLAYGROUND = path.join(REPOSITORY, 'playground');
const APP = path.join(REPOSITORY, 'tests/.tmp/cli-app');
const STRAPI = path.join(REPOSITORY, 'node_modules/@strapi/strapi/bin/strapi.js');

function prepareApp() {
  fs.mkdirSync(path.join(APP, 'config'), { recursive: true });
  for (const file of fs.readdirSync(path.join(PLAYGROUND, 'config'))) {
    fs.writeFileSync(path.join(APP, 'config', file), `module.exports = require(${JSON.stringify(path.join(PLAYGROUND, 'config', file))});\n`);
  }
  for (const file of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(PLAYGROUND, file), path.join(APP, file));
  fs.cpSync(path.join(PLAYGROUND, 'src'), path.join(APP, 'src'), { recursive: true });
  fs.mkdirSync(path.join(APP, 'public', 'uploads'), { recursive: true });
}

/** Runs `strapi <args>` on `database`; resolves with its exit code and everything it printed. */
export async function strapiCommand(args: string[], database: TestDatabase): Promise<{ code: number; output: string }> {
  prepareApp();
  const child = spawn(process.execPath, [STRAPI, ...args], {
    cwd: APP,
    env: { ...process.env, ...database.env, PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? 1)));
  return { code, output };
}
