/**
 * The scale part of `npm run bench`: the same measurements at 10 and at 10,000 published
 * registers, on SQLite and on PostgreSQL — the notice endpoint, the list, the all-notices feed and
 * GraphQL beside the REST notice; publish time; the process's RSS while every register is read
 * in three languages and four formats. The registers beyond the demo company's are copies of its
 * customer register, published in bulk with valid hashes (bench/seed-registers.js).
 *
 * Environment: BENCH_REGISTERS (default 10000), BENCH_READ_ALL (registers read for the memory
 * test, default all), BENCH_DATABASES (default "sqlite,postgres"), BENCH_CACHE_SIZE (bytes,
 * default 64 MiB), BENCH_SCALE_PUBLISHES (timed publishes per scale, default 10).
 */
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { summarizeProfile } = require('./profile');
const { SECONDS, CONNECTIONS, TMP, freePort, startApp, stopApp, load, adminToken, summary, round } = require('./harness');

const SMALL = 10;
const LARGE = Number(process.env.BENCH_REGISTERS ?? 10000);
const READ_ALL = process.env.BENCH_READ_ALL === undefined ? Infinity : Number(process.env.BENCH_READ_ALL);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const CACHE_SIZE = Number(process.env.BENCH_CACHE_SIZE ?? 64 * 2 ** 20);
const PUBLISHES = Number(process.env.BENCH_SCALE_PUBLISHES ?? 10);
const WARM_UP_SECONDS = 2;
const LANGUAGES = ['fi', 'sv', 'en'];
const FORMATS = ['json', 'html', 'markdown', 'jsonld'];

/** The same notice as the REST target, with what a website typically asks for. */
const GRAPHQL_QUERY = `query ($slug: String!) { privacyNotice(slug: $slug, locale: "fi") {
  slug version locale updatedOn createdOn changeSummary chainHead { version recordHash }
  notice { title controller { name businessId email } purposes { title legalBasis } dataCategories { name } recipients { name country } retention rights }
  history { version updatedOn changeSummary } upcoming { version effectiveFrom } } }`;

const targets = (slug) => ({
  notice: { url: `/api/privacy-notices/notices/${slug}` },
  graphql: { url: '/graphql', request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_QUERY, variables: { slug } }) } },
  list: { url: '/api/privacy-notices/notices' },
  feed: { url: '/api/privacy-notices/changelog' },
});

async function postgresDatabase() {
  const name = `privacy_notices_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = async (sql) => {
    const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  return { env: { BENCH_DATABASE: 'postgres', BENCH_DATABASE_NAME: name }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Milliseconds of each of `count` publishes of the register after an edit (the edit not counted). */
async function publishTimes(base, token, documentId, count) {
  const call = (method, url, data) => fetch(base + url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ data }) });
  const times = [];
  for (let i = 0; i < count; i++) {
    await call('PUT', `/privacy-notices/registers/${documentId}`, { retention: { fi: `Skaalamittaus ${Date.now()} ${i}.` } });
    const started = performance.now();
    const response = await call('POST', `/privacy-notices/registers/${documentId}/publish`, { changeSummary: { fi: `Mitattu ${i}.` }, acceptGaps: true });
    if (response.status !== 201) throw new Error(`publish answered ${response.status}: ${await response.text()}`);
    times.push(performance.now() - started);
  }
  return summary(times);
}

async function measure(base, slug) {
  const results = {};
  for (const { url, request } of Object.values(targets(slug))) await load(base + url, WARM_UP_SECONDS, request);
  for (const [key, { url, request }] of Object.entries(targets(slug))) {
    process.stdout.write(`    ${key.padEnd(8)} … `);
    results[key] = await load(base + url, SECONDS, request);
    console.log(`${Math.round(results[key].rps)} req/s, p50 ${results[key].p50} ms, ${Math.round(results[key].bytes)} bytes`);
  }
  return results;
}

/** Every listed register's slug, read through the list a hundred at a time. */
async function everySlug(base) {
  const slugs = [];
  for (let page = 1; ; page++) {
    const { data, meta } = await (await fetch(`${base}/api/privacy-notices/notices?pageSize=100&page=${page}`)).json();
    slugs.push(...data.map((notice) => notice.slug));
    if (page >= meta.pagination.pageCount) return slugs;
  }
}

/** Reads each register in every language and format, CONNECTIONS at a time; the app's RSS at each tenth of the way. */
async function readEverything(app, base, slugs) {
  const urls = slugs.flatMap((slug) => LANGUAGES.flatMap((locale) => FORMATS.map((format) => `${base}/api/privacy-notices/notices/${slug}?locale=${locale}&format=${format}`)));
  const samples = [await app.ask({ memory: true }, 'memory')];
  let next = 0;
  let done = 0;
  let failed = 0;
  const tenth = Math.ceil(urls.length / 10);
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      // A refused connection counts as a failure; the run goes on.
      const status = await fetch(url).then(async (response) => (await response.arrayBuffer(), response.status), () => 0);
      if (status !== 200) failed += 1;
      done += 1;
      if (done % tenth === 0) samples.push(await app.ask({ memory: true }, 'memory'));
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  samples.push(await app.ask({ memory: true }, 'memory'));
  return { requests: urls.length, failed, seconds: (performance.now() - started) / 1000, samples };
}

async function scaleRun(database, { profile }) {
  const db = database === 'postgres' ? await postgresDatabase() : { env: {}, drop: async () => {} };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`  ${database}: starting the bench app on ${base} …`);
  const app = await startApp(port, { ...db.env, BENCH_CACHE_SIZE: String(CACHE_SIZE) });
  try {
    const run = { database };
    const small = await app.ask({ seedScale: { registers: SMALL } }, 'scaled');
    const token = await adminToken(base);
    const demo = (await (await fetch(`${base}/privacy-notices/registers?q=${small.demoSlug}`, { headers: { Authorization: `Bearer ${token}` } })).json()).data.find(
      (register) => register.slug === small.demoSlug,
    );
    console.log(`  ${database}: ${small.published} published registers`);
    run.small = { registers: small.published, results: await measure(base, small.demoSlug), publish: await publishTimes(base, token, demo.documentId, PUBLISHES) };
    if (profile) {
      await app.ask({ profileStart: true }, 'profiling');
      const { url, request } = targets(small.demoSlug).graphql;
      await load(base + url, SECONDS, request);
      run.profile = summarizeProfile(await app.ask({ profileStop: `${TMP}/graphql.cpuprofile` }, 'profiled'));
      console.log(run.profile);
    }

    const seedStarted = performance.now();
    const large = await app.ask({ seedScale: { registers: LARGE } }, 'scaled');
    run.seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(`  ${database}: ${large.published} published registers (seeded in ${round(run.seedSeconds)} s)`);
    run.large = { registers: large.published, results: await measure(base, small.demoSlug), publish: await publishTimes(base, token, demo.documentId, PUBLISHES) };

    const slugs = (await everySlug(base)).slice(0, READ_ALL);
    console.log(`  ${database}: reading ${slugs.length} registers in ${LANGUAGES.length} languages and ${FORMATS.length} formats …`);
    run.memory = await readEverything(app, base, slugs);
    console.log(`    RSS ${run.memory.samples.map((b) => Math.round(b / 2 ** 20)).join(' → ')} MiB, ${run.memory.failed} failed`);
    await stopApp(app);
    return run;
  } catch (error) {
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
    throw error;
  } finally {
    await db.drop();
  }
}

const MiB = (bytes) => Math.round(bytes / 2 ** 20);

/** The targets of the scale measurements, for one database's run. */
function scaleRatios(run) {
  const { small, large, memory } = run;
  const growth = Math.max(...memory.samples) - memory.samples[0];
  return [
    { name: `list p50, ${large.registers} ÷ ${small.registers} registers`, value: large.results.list.p50 / small.results.list.p50, max: 2 },
    { name: `feed p50, ${large.registers} ÷ ${small.registers} registers`, value: large.results.feed.p50 / small.results.feed.p50, max: 2 },
    { name: `publish median, ${large.registers} ÷ ${small.registers} registers`, value: large.publish.median / small.publish.median, max: 1.2 },
    { name: `GraphQL ÷ REST notice (requests/s), ${small.registers} registers`, value: small.results.graphql.rps / small.results.notice.rps, min: 0.5 },
    { name: `GraphQL ÷ REST notice (requests/s), ${large.registers} registers`, value: large.results.graphql.rps / large.results.notice.rps, min: 0.5 },
    // The cache's own bytes are estimates; a constant of 64 MiB covers the heap the reads themselves use.
    { name: `RSS growth reading every register (MiB) ≤ cacheSize ${MiB(CACHE_SIZE)} MiB + 64 MiB`, value: MiB(growth), max: MiB(CACHE_SIZE) + 64 },
  ].map((r) => ({ ...r, target: r.min ? `≥ ${r.min}` : `≤ ${r.max}`, met: r.min ? r.value >= r.min : r.value <= r.max }));
}

/**
 * Why the RSS growth can exceed the cache with the memory still bounded: where its peak came and
 * whether it rose again over the rest of the reads.
 */
function memoryNote(samples) {
  const peak = Math.max(...samples);
  const at = samples.indexOf(peak);
  const later = samples.slice(at + 1);
  const flat = later.length > 0 && Math.max(...later) <= peak;
  return [
    `RSS growth missed: RSS (sampled after a full garbage collection) peaked at ${MiB(peak)} MiB after ${at} tenth(s) of the reads`,
    flat
      ? `and never went above it over the remaining ${10 - at} tenths (${MiB(samples.at(-1))} MiB at the end): it does not grow with the number of registers read, but its constant above cacheSize is larger than 64 MiB.`
      : 'and was still rising at the end: look for memory that grows with the registers read.',
    'RSS also counts the heap pages V8 and the allocator keep committed for reuse after collecting the garbage of rendering',
    `${CONNECTIONS} requests at a time in four formats, which a collection does not hand back to the system.`,
  ].join(' ');
}

function scaleReport(runs) {
  const lines = ['## Scale: 10 and 10,000 published registers', ''];
  lines.push(
    `${SECONDS} s of requests per target after ${WARM_UP_SECONDS} s to warm up, ${CONNECTIONS} connections; the registers beyond the demo company's are copies of its customer register published in bulk (bench/seed-registers.js). cacheSize ${MiB(CACHE_SIZE)} MiB.`,
    '',
  );
  for (const run of runs) {
    lines.push(`### ${run.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, '');
    lines.push('| target | registers | requests/s | p50 ms | p99 ms | bytes |', '|---|---:|---:|---:|---:|---:|');
    for (const scale of [run.small, run.large]) {
      for (const [key, r] of Object.entries(scale.results)) lines.push(`| ${key} | ${scale.registers} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${Math.round(r.bytes)} |`);
    }
    lines.push('', '| publish | median ms | p90 ms |', '|---|---:|---:|');
    for (const scale of [run.small, run.large]) lines.push(`| at ${scale.registers} registers (${PUBLISHES} publishes) | ${round(scale.publish.median)} | ${round(scale.publish.p90)} |`);
    const { memory } = run;
    lines.push(
      '',
      `Memory: ${memory.requests} requests (every register × ${LANGUAGES.join('/')} × ${FORMATS.join('/')}) in ${round(memory.seconds)} s, ${memory.failed} not 200; RSS at each tenth of the way ${memory.samples.map(MiB).join(' → ')} MiB.`,
      '',
      '| ratio | value | target | |',
      '|---|---:|---|---|',
      ...scaleRatios(run).map((r) => `| ${r.name} | ${round(r.value, 2)} | ${r.target} | ${r.met ? 'met' : 'MISSED'} |`),
      '',
    );
    if (!scaleRatios(run).at(-1).met) lines.push(memoryNote(memory.samples), '');
    if (run.profile) lines.push('GraphQL CPU profile at 10 registers:', '', '```', run.profile, '```', '');
  }
  return lines.join('\n');
}

async function runScale({ profile = false } = {}) {
  const runs = [];
  for (const database of DATABASES) runs.push(await scaleRun(database, { profile }));
  return { runs, text: scaleReport(runs) };
}

module.exports = { runScale, scaleRatios, memoryNote };

if (require.main === module) {
  runScale({ profile: process.argv.includes('--profile') }).then(
    ({ text }) => console.log(`\n${text}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
