/**
 * Started by ../run.js as a child process: boots this app on the port in PORT, then seeds it,
 * takes a CPU profile or stops when the runner asks.
 */
const fs = require('node:fs');
const { Session } = require('node:inspector/promises');
const { createStrapi } = require('@strapi/strapi');
const { seed, seedScale } = require('./src/seed');

const strapi = createStrapi({ appDir: __dirname, distDir: __dirname, autoReload: false, serveAdminPanel: false });
const profiler = new Session();

/** SQL the app runs between a start and a stop message: how many queries, and milliseconds in the driver. */
function sqlCounter(knex) {
  const started = new Map();
  const totals = { queries: 0, ms: 0 };
  const onQuery = (query) => started.set(query.__knexQueryUid, performance.now());
  const onResponse = (_response, query) => {
    totals.queries += 1;
    totals.ms += performance.now() - (started.get(query.__knexQueryUid) ?? performance.now());
    started.delete(query.__knexQueryUid);
  };
  knex.on('query', onQuery).on('query-response', onResponse);
  return () => {
    knex.off('query', onQuery).off('query-response', onResponse);
    return totals;
  };
}
let stopCounting = null;

process.on('message', async (message) => {
  try {
    if (message.seed) process.send({ seeded: await seed(strapi, message.seed) });
    if (message.seedScale) process.send({ scaled: await seedScale(strapi, message.seedScale) });
    if (message.memory) {
      global.gc?.();
      process.send({ memory: process.memoryUsage().rss });
    }
    if (message.sqlStart) {
      stopCounting = sqlCounter(strapi.db.connection);
      process.send({ counting: true });
    }
    if (message.sqlStop) process.send({ sql: stopCounting() });
    if (message.profileStart) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      process.send({ profiling: true });
    }
    if (message.profileStop) {
      const { profile } = await profiler.post('Profiler.stop');
      fs.writeFileSync(message.profileStop, JSON.stringify(profile));
      process.send({ profiled: message.profileStop });
    }
    if (message.stop) {
      await strapi.destroy();
      process.exit(0);
    }
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
});

strapi.start().then(
  () => process.send({ ready: true }),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
