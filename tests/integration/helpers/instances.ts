/**
 * The playground as separate OS processes on the database the test file's own Strapi created (the
 * DATABASE_* variables startStrapi set), as several instances behind a load balancer would run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../../..');

export interface Instance {
  url: string;
  process: ChildProcess;
}

/** A port nothing listens on yet. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/** The playground as its own OS process on 127.0.0.1, on the database this test created. */
export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const boot = `
    const { createStrapi } = require('@strapi/strapi');
    const app = ${JSON.stringify(path.join(REPOSITORY, 'playground'))};
    createStrapi({ appDir: app, distDir: app, autoReload: false, serveAdminPanel: false })
      .start()
      .then(() => console.log('INSTANCE READY'), (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', boot], {
    cwd: REPOSITORY,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PLAYGROUND_DEMO_DATA: 'false', STRAPI_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on port ${port} did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('INSTANCE READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`instance on port ${port} exited with ${code}:\n${output}`)));
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
