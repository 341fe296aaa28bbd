#!/usr/bin/env node
/**
 * Verifies the published privacy-notice record of a Strapi app, register by register: every
 * snapshot re-hashed against its contentHash, every version's record against its recordHash, every
 * link of the hash chain, and the chain head each register keeps. Prints every problem and exits 1
 * if there is any, so it can run from cron or CI.
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

function print({ checked, registers }) {
  console.log(`Checked ${checked.versions} published version(s) of ${checked.registers} register(s).`);
  for (const register of registers) {
    console.log(`register ${register.registerDocumentId} (${register.slug ?? 'register deleted'}):`);
    for (const problem of register.problems) console.log(`  ${problem.code}: ${problem.message}`);
  }
  if (registers.length === 0) console.log('Every chain is intact.');
}

async function main() {
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    const report = await strapi.plugin('privacy-notices').service('verification').verify();
    print(report);
    return report.intact;
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
