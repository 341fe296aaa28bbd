/**
 * The playground as separate OS processes on the database the test file's own Strapi created (the
 * DATABASE_* variables startStrapi set), as several instances behind a load balancer would run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../../..');

export interface Instance {
  url: string;
  process: ChildProcess;
}

/** Booting Strapi in a fresh process can take minutes on a loaded machine. */
const START_TIMEOUT_MS = 240_000;

/**
 * The playground as its own OS process on 127.0.0.1, on the database this test created. It listens
 * on a port the system picks (PORT=0) and reports it, so that no other process can take the port
 * between choosing and listening.
 */
export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const boot = `
    const { createStrapi } = require('@strapi/strapi');
    const app = ${JSON.stringify(path.join(REPOSITORY, 'playground'))};
    const strapi = createStrapi({ appDir: app, distDir: app, autoReload: false, serveAdminPanel: false });
    strapi
      .start()
      .then(() => console.log('INSTANCE READY ON PORT ' + strapi.server.httpServer.address().port), (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', boot], {
    cwd: REPOSITORY,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk;
      const ready = /INSTANCE READY ON PORT (\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code}:\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}

export async function stopInstance(instance: Instance | undefined) {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = once(instance.process, 'exit');
  instance.process.kill('SIGTERM');
  const timer = setTimeout(() => instance.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
