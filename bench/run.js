#!/usr/bin/env node
/**
 * npm run bench: the plugin's notice endpoint beside Strapi's own REST (the same register as
 * api:: content types, with populate) and beside a static file of the same JSON, all served by
 * one Strapi on the loopback interface; then the endpoint and publishing with 1 and with 1000
 * versions in the register (a notice carries only its newest historyLimit history entries); then
 * the scale measurements of bench/scale.js (10 and 10,000 registers, SQLite and PostgreSQL).
 * Prints the ratios and writes them to bench/RESULTS.md.
 *
 *   npm run bench                      10 s of requests per target, 10 connections
 *   npm run bench -- --profile         and where the notice endpoint spends its time (CPU profile)
 *
 * Environment: BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PUBLISHES (timed publishes per case),
 * BENCH_HISTORY (versions in the long register, default 1000).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { summarizeProfile } = require('./profile');
const { SECONDS, CONNECTIONS, APP, TMP, freePort, startApp, stopApp, load, adminToken, summary, round } = require('./harness');
const { runScale } = require('./scale');
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 1000);
const PROFILE = process.argv.includes('--profile');
const WARM_UP_SECONDS = 2;
/** Targets measured in turn (see inTurn), so that what is compared sees the same load. */
const SIDE_BY_SIDE = [['notice', 'static'], ['rest'], ['one', 'history']];

const RESULTS = path.join(__dirname, 'RESULTS.md');

/** What is measured, by key. */
const LABELS = {
  notice: 'notice endpoint (demo register, 3 versions)',
  rest: "Strapi's REST, same data, populate=*",
  static: 'static file of the same JSON',
  one: 'notice endpoint, 1 version',
  history: `notice endpoint, ${HISTORY} versions`,
};

/**
 * Targets measured in turn, one second each, `seconds` rounds: in each second CONNECTIONS clients
 * send requests to that target alone, each as soon as the previous answer is in. The targets so
 * share the machine's changing load (on a shared machine it changes from one run to the next),
 * and none slows the other's requests. Every request is timed: exact percentiles; requests/s is
 * the requests answered over the time spent on the target.
 */
async function inTurn(targets, seconds = SECONDS) {
  const keys = Object.keys(targets);
  const times = Object.fromEntries(keys.map((key) => [key, []]));
  const bytes = Object.fromEntries(keys.map((key) => [key, 0]));
  const spent = Object.fromEntries(keys.map((key) => [key, 0]));
  for (let round = 0; round < seconds; round++) {
    for (const key of keys) {
      const started = performance.now();
      const end = started + 1000;
      const client = async () => {
        while (performance.now() < end) {
          const sent = performance.now();
          const response = await fetch(targets[key]);
          const body = await response.arrayBuffer();
          if (!response.ok) throw new Error(`${targets[key]} answered ${response.status}`);
          times[key].push(performance.now() - sent);
          bytes[key] += body.byteLength;
        }
      };
      await Promise.all(Array.from({ length: CONNECTIONS }, client));
      spent[key] += performance.now() - started;
    }
  }
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return Object.fromEntries(
    keys.map((key) => {
      const sorted = times[key].sort((a, b) => a - b);
      return [key, { rps: (sorted.length * 1000) / spent[key], p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), bytes: bytes[key] / sorted.length }];
    }),
  );
}

/** 200 requests one after another: milliseconds each, and the SQL the app ran for them. */
async function breakdown(app, url, count = 200) {
  await app.ask({ sqlStart: true }, 'counting');
  const started = performance.now();
  for (let i = 0; i < count; i++) await (await fetch(url)).arrayBuffer();
  const ms = (performance.now() - started) / count;
  const sql = await app.ask({ sqlStop: true }, 'sql');
  return { ms, queries: sql.queries / count, sqlMs: sql.ms / count };
}

/**
 * Milliseconds of a publish after an edit (the edit not counted): each of the registers with one
 * version once, and the long register as many times, taken in turn so that both see the same
 * conditions. Median and 90th percentile of each.
 */
async function publishTimes(base, token, { publishOne, history }) {
  const call = (method, url, data) =>
    fetch(base + url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ data }) });
  const timed = async (id, i) => {
    await call('PUT', `/privacy-notices/registers/${id}`, { retention: { fi: `Mitattu muutos ${i}.` } });
    const started = performance.now();
    const response = await call('POST', `/privacy-notices/registers/${id}/publish`, { changeSummary: { fi: `Mitattu ${i}.` }, acceptGaps: true });
    if (response.status !== 201) throw new Error(`publish answered ${response.status}: ${await response.text()}`);
    return performance.now() - started;
  };
  const times = { one: [], history: [] };
  for (const [i, id] of publishOne.entries()) {
    times.one.push(await timed(id, i));
    times.history.push(await timed(history, i));
  }
  return { one: summary(times.one), history: summary(times.history) };
}


/** Why a target can be missed, and what would reach it: written under the ratios for each miss. */
function whyMissed(ratio, results) {
  if (ratio.name.includes('latency')) {
    const bytes = round(results.history.bytes / results.one.bytes, 2);
    return (
      `${ratio.name}: the ${HISTORY}-version response is ${bytes}× the bytes of the 1-version one. A notice carries only its ` +
      `newest historyLimit history entries (plugin option, default 10), built once per register state and kept with it, so the ` +
      'two responses differ only by nine history entries, and both are served from memory after one indexed SQL query; a miss here is noise ' +
      'of a loaded machine (compare the load average, and the ms per request in the breakdown above) or a history that is no longer bounded.'
    );
  }
  if (ratio.name.includes('publish')) {
    return `${ratio.name}: publishing reads the latest version through the (register, version) index; look for a missing index or a full history read.`;
  }
  return (
    `${ratio.name}: a remembered response costs one indexed SQL query plus Strapi's middleware stack, which the static file also passes ` +
    'through; a miss here means the machine was loaded (compare the load average) or the cache did not hold (see the SQL queries per request above).'
  );
}
const verdict = (met) => (met ? 'met' : 'MISSED');

function machine() {
  return {
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    date: new Date().toISOString(),
  };
}

/** The targets: ≥ 4× REST and ≥ 0.9× a static file; with 1000 versions within 1.1× of one (latency) and 1.2× (publishing). */
function ratiosOf(results, publish) {
  return [
    { name: 'notice ÷ REST with populate (requests/s)', value: results.notice.rps / results.rest.rps, min: 4 },
    { name: 'notice ÷ static file (requests/s)', value: results.notice.rps / results.static.rps, min: 0.9 },
    { name: `p50 latency, ${HISTORY} ÷ 1 version`, value: results.history.p50 / results.one.p50, max: 1.1 },
    { name: `p99 latency, ${HISTORY} ÷ 1 version`, value: results.history.p99 / results.one.p99, max: 1.1 },
    { name: `publish time, ${HISTORY} ÷ 1 version (median)`, value: publish.history.median / publish.one.median, max: 1.2 },
  ].map((r) => ({ ...r, target: r.min ? `≥ ${r.min}` : `≤ ${r.max}`, met: r.min ? r.value >= r.min : r.value <= r.max }));
}

function report({ results, breakdowns, publish, ratios, host, profile }) {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${host.date}. ${SECONDS} s of requests per target after ${WARM_UP_SECONDS} s to warm up each, ${CONNECTIONS} connections, loopback; compared targets in turn, one second each (${SIDE_BY_SIDE.filter((g) => g.length > 1).map((g) => g.join(' with ')).join('; ')}), every request timed; bytes are the body's; the app runs with NODE_ENV=production on SQLite.`,
    '',
    `Machine: ${host.cpus} CPUs (\`nproc\`), ${host.cpu}, ${host.memory}, ${host.platform}, Node ${host.node}; load average at the start ${host.load}.`,
    '',
    '| target | requests/s | p50 ms | p99 ms | bytes |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(results).map(([key, r]) => `| ${LABELS[key]} | ${Math.round(r.rps)} | ${round(r.p50, 2)} | ${round(r.p99, 2)} | ${Math.round(r.bytes)} |`),
    '',
    `| publish | median ms | p90 ms |`,
    '|---|---:|---:|',
    `| after 1 version (${PUBLISHES} registers, once each) | ${round(publish.one.median)} | ${round(publish.one.p90)} |`,
    `| after ${HISTORY}+ versions (one register, ${PUBLISHES} times) | ${round(publish.history.median)} | ${round(publish.history.p90)} |`,
    '',
    'Where one request\'s time goes (200 requests one after another from this process; SQL counted and timed in the app through knex\'s query events):',
    '',
    '| target | ms per request | SQL queries | ms in SQL |',
    '|---|---:|---:|---:|',
    ...Object.entries(breakdowns).map(([key, b]) => `| ${LABELS[key]} | ${round(b.ms, 2)} | ${round(b.queries)} | ${round(b.sqlMs, 2)} |`),
    '',
    '| ratio | value | target | |',
    '|---|---:|---|---|',
    ...ratios.map((r) => `| ${r.name} | ${round(r.value, 2)} | ${r.target} | ${verdict(r.met)} |`),
    '',
  ];
  const missed = ratios.filter((r) => !r.met);
  if (missed.length > 0) lines.push('Targets missed, and why:', '', ...missed.map((r) => `- ${whyMissed(r, results)}`), '');
  if (profile) lines.push('## Where the notice endpoint spends its time (CPU profile)', '', '```', profile, '```', '');
  return lines.join('\n');
}

async function main() {
  if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'server', 'index.js'))) throw new Error('Build the plugin first: npm run build');
  const host = machine();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`Starting the bench app on ${base} and seeding ${HISTORY} versions …`);
  const app = await startApp(port);
  try {
    const seeded = await app.ask({ seed: { history: HISTORY, publishRegisters: PUBLISHES } }, 'seeded');
    const noticePath = `/api/privacy-notices/notices/${seeded.demoSlug}`;
    const notice = await (await fetch(base + noticePath)).text();
    fs.writeFileSync(path.join(APP, 'public', 'notice.json'), notice);
    const restPath = `/api/notices?filters[slug][$eq]=${seeded.demoSlug}&populate=*`;
    const rest = await (await fetch(base + restPath)).json();
    if (rest.data?.[0]?.purposes?.length !== JSON.parse(notice).data.notice.purposes.length) throw new Error(`REST does not serve the same register: ${JSON.stringify(rest).slice(0, 300)}`);

    const urls = {
      notice: noticePath,
      rest: restPath,
      static: '/notice.json',
      one: '/api/privacy-notices/notices/bench-one',
      history: `/api/privacy-notices/notices/${seeded.historySlug}`,
    };
    // Every route warm (compiled, cached) before any is measured.
    for (const group of SIDE_BY_SIDE) await inTurn(Object.fromEntries(group.map((key) => [key, base + urls[key]])), WARM_UP_SECONDS);
    const results = {};
    // What is compared is measured in turn, a second each, so that both see the same machine (on a
    // shared one the load changes from one run to the next): the notice with the static file, 1
    // version with 1000.
    const measured = {};
    for (const group of SIDE_BY_SIDE) {
      Object.assign(measured, await inTurn(Object.fromEntries(group.map((key) => [key, base + urls[key]]))));
      for (const key of group) {
        const r = measured[key];
        console.log(`  ${key.padEnd(8)} ${urls[key]} … ${Math.round(r.rps)} req/s, p50 ${round(r.p50, 2)} ms, p99 ${round(r.p99, 2)} ms`);
      }
    }
    for (const key of Object.keys(urls)) results[key] = measured[key];

    const breakdowns = {};
    for (const key of ['notice', 'rest', 'static', 'one', 'history']) breakdowns[key] = await breakdown(app, base + urls[key]);

    const token = await adminToken(base);
    const publish = await publishTimes(base, token, seeded.registers);
    console.log(`  publish after 1 version: median ${round(publish.one.median)} ms; after ${HISTORY}: median ${round(publish.history.median)} ms`);

    let profile = null;
    if (PROFILE) {
      await app.ask({ profileStart: true }, 'profiling');
      await load(base + noticePath);
      profile = summarizeProfile(await app.ask({ profileStop: path.join(TMP, 'notice.cpuprofile') }, 'profiled'));
    }
    await stopApp(app);

    const scale = await runScale();
    const text = `${report({ results, breakdowns, publish, ratios: ratiosOf(results, publish), host, profile })}\n${scale.text}`;
    fs.writeFileSync(RESULTS, text);
    console.log(`\n${text}\nWritten to ${path.relative(process.cwd(), RESULTS)}.`);
  } catch (error) {
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
    throw error;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
