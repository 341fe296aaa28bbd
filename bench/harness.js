/**
 * What the benchmarks share: the bench app in its own process, a load run against one URL, and
 * the admin's token.
 */
const { fork } = require('node:child_process');
const { once } = require('node:events');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const autocannon = require('autocannon');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const APP = path.join(__dirname, 'app');
const TMP = path.join(APP, '.tmp');

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** The bench app in its own process on a fresh database (SQLite in .tmp unless `env` names another). */
async function startApp(port, env = {}) {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(path.join(APP, 'public', 'uploads'), { recursive: true });
  const child = fork(path.join(APP, 'server.js'), [], {
    cwd: APP,
    execArgv: ['--expose-gc'],
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
  });
  /** Sends a message (if any) and resolves with the app's reply that carries `answer`. */
  const ask = (message, answer) =>
    new Promise((resolve, reject) => {
      const onMessage = (reply) => {
        if (reply[answer] === undefined) return;
        done();
        resolve(reply[answer]);
      };
      const onExit = () => {
        done();
        reject(new Error('the bench app exited'));
      };
      const done = () => child.off('message', onMessage).off('exit', onExit);
      child.on('message', onMessage).on('exit', onExit);
      if (message) child.send(message);
    });
  await ask(null, 'ready');
  return { child, ask };
}

async function stopApp(app) {
  const exited = once(app.child, 'exit');
  app.child.send({ stop: true });
  await exited;
}

/** requests/s and latency of one request for a fixed time (autocannon ends runs on whole seconds). */
async function load(url, seconds = SECONDS, request = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...request });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, bytes: result.throughput.total / result.requests.total };
}

async function adminToken(base) {
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'demo@example.com', password: 'Demo-Password-1' }),
  });
  return (await response.json()).data.token;
}

/** Median and 90th percentile of a list of numbers. */
function summary(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p90: sorted[Math.floor(sorted.length * 0.9)] };
}

const round = (n, digits = 1) => Number(n.toFixed(digits));

module.exports = { SECONDS, CONNECTIONS, APP, TMP, freePort, startApp, stopApp, load, adminToken, summary, round };
