#!/usr/bin/env node
/**
 * Re-hashes every published privacy-notice snapshot of a Strapi app and compares it with the
 * contentHash stored when it was published. Exits 1 when any differs or a version number is
 * missing, so it can run from cron or CI.
 *
 *   npm run verify:versions                   the playground app
 *   node scripts/verify.js path/to/strapi-app another app (its database settings from its .env)
 */
const fs = require('node:fs');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'playground'));
// A TypeScript app runs from its compiled dist/ folder; a JavaScript app from its own.
const distDir = fs.existsSync(path.join(appDir, 'dist', 'config')) ? path.join(appDir, 'dist') : appDir;

// Verifying only reads: the playground must not seed demo data into the database it checks.
process.env.PLAYGROUND_DEMO_DATA ??= 'false';
process.env.STRAPI_LOG_LEVEL ??= 'warn';

function print({ checked, mismatches, gaps }) {
  console.log(`Checked ${checked} published version(s).`);
  for (const m of mismatches) {
    console.log(`MISMATCH register ${m.registerDocumentId} version ${m.version}: stored ${m.storedHash}, snapshot hashes to ${m.actualHash ?? '(unreadable)'}`);
  }
  for (const g of gaps) console.log(`MISSING register ${g.registerDocumentId} version ${g.version}`);
  if (mismatches.length === 0 && gaps.length === 0) console.log('Every snapshot matches its contentHash.');
}

async function main() {
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    const report = await strapi.plugin('privacy-notices').service('verification').verify();
    print(report);
    return report.mismatches.length === 0 && report.gaps.length === 0;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
