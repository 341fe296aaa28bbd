/**
 * The admin page "Record of processing" in a real browser against the playground: the versions in
 * force on the chosen date with their version and record hash, a CSV download, the Art 30 check,
 * no record for a role without the Export record action, and only the record for a role with
 * nothing else.
 *
 * UPDATE_SCREENSHOTS=true also saves docs/screenshots/admin-record.png for the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { addEditorWith, startPlayground, type Login, type Playground } from './helpers/playground';
import { adminApiOf, type AdminApi } from './helpers/session';

const SCREENSHOT = path.resolve(__dirname, '../../docs/screenshots/admin-record.png');

let playground: Playground;
let browser: Browser;
let page: Page;
let api: AdminApi;

beforeAll(async () => {
  playground = await startPlayground();
  api = await adminApiOf(playground);
  const controller = await api('POST', '/privacy-notices/controllers', { data: { name: 'Äänekosken Öljy Oy', businessId: '0737546-2', city: 'Äänekoski', email: 'tietosuoja@oljy.example' } });
  const purpose = await api('POST', '/privacy-notices/purposes', { data: { title: { fi: 'Asiakassuhteen hoitaminen' }, legalBasis: 'contract' } });
  const cloud = await api('POST', '/privacy-notices/recipients', {
    data: { name: { fi: 'Pilvipalvelu Inc.' }, role: 'processor', country: 'US', transferSafeguard: 'standard-contractual-clauses' },
  });
  for (const [slug, title, security] of [
    ['asiakasrekisteri', 'Asiakasrekisteri', 'Tiedot salataan.'],
    ['markkinointirekisteri', 'Markkinointirekisteri', null],
  ] as const) {
    const register = await api('POST', '/privacy-notices/registers', {
      data: { slug, title: { fi: title }, controller: controller.documentId, purposes: [purpose.documentId], recipients: [cloud.documentId], retention: { fi: 'Kaksi vuotta.' }, ...(security && { security: { fi: security } }) },
    });
    await api('POST', `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true, effectiveFrom: '2024-01-01T10:00:00Z', updatedOn: '2024-01-01' } });
  }
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

async function logIn(login: Login) {
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(30_000);
  await page.goto(`${playground.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(login.email);
  await page.locator('input[name="password"]').fill(login.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page.getByRole('button', { name: /Close the banner/ }).click({ timeout: 5_000 }).catch(() => undefined);
}

async function onFailure(run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    const file = path.resolve(__dirname, '../.tmp/record-page-failure.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page?.screenshot({ path: file }).catch(() => undefined);
    throw error;
  }
}

test('the record page lists the versions in force on a date, downloads them and shows what the record lacks', () => onFailure(async () => {
  await logIn(playground.admin);
  await page.goto(`${playground.url}/admin/plugins/privacy-notices/registers`);
  await page.getByRole('link', { name: 'Record of processing' }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Record of processing', level: 1 }).waitFor();

  const table = page.getByRole('grid', { name: 'Registers in the record' }).or(page.getByRole('table', { name: 'Registers in the record' }));
  await table.waitFor();
  // The rows come with the data, a moment after the table: counted once they are drawn.
  await table.getByText('Asiakasrekisteri').waitFor();
  await table.getByText('Pilvipalvelu Inc. (United States of America)').first().waitFor();
  await table.getByRole('row').nth(2).waitFor();
  expect(await table.getByRole('row').count()).toBe(3);

  // Before the versions took effect: nothing in force.
  await page.getByLabel('In force on').fill('2023-12-31');
  await page.getByText('No register had a published version in force on this date.').waitFor();
  await page.getByLabel('In force on').fill('2024-06-30');
  await table.waitFor();

  // The Art 30 check: the marketing register lacks its security measures and both lack data subjects.
  const marketing = page.locator('[data-register="markkinointirekisteri"]');
  await marketing.getByText('Missing: security measures (Article 30(1)(g) GDPR)').waitFor();
  await page.locator('[data-register="asiakasrekisteri"]').getByText('Missing: categories of data subjects (Article 30(1)(c) GDPR)').waitFor();
  expect(await page.locator('[data-register="asiakasrekisteri"]').getByText(/security measures/).count()).toBe(0);

  if (process.env.UPDATE_SCREENSHOTS === 'true') await page.screenshot({ path: SCREENSHOT, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('record-of-processing-2024-06-30.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Äänekosken Öljy Oy');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  await page.close();
}));

test('an editor who may read notices but not export the record is told so', () => onFailure(async () => {
  await logIn(await addEditorWith(playground, ['read']));
  await page.goto(`${playground.url}/admin/plugins/privacy-notices/record-of-processing`);
  await page.getByText(/You don.t have the permissions to access that content/).waitFor();
  expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
  // Its side navigation does not offer the record.
  const nav = page.getByRole('navigation', { name: 'Privacy notices' });
  await nav.getByRole('link', { name: 'Registers' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Record of processing' }).count()).toBe(0);
  await page.close();
}));

test('an auditor who may only export the record opens the plugin on the record page and nothing else', () => onFailure(async () => {
  await logIn(await addEditorWith(playground, ['export-record']));
  await page.getByRole('link', { name: 'Privacy notices' }).click({ timeout: 60_000 });
  await page.waitForURL(/\/plugins\/privacy-notices\/record-of-processing$/);
  await page.getByRole('heading', { name: 'Record of processing', level: 1 }).waitFor();
  const table = page.getByRole('grid', { name: 'Registers in the record' }).or(page.getByRole('table', { name: 'Registers in the record' }));
  await table.getByText('Asiakasrekisteri').waitFor();
  await page.locator('[data-register="markkinointirekisteri"]').getByText('Missing: security measures (Article 30(1)(g) GDPR)').waitFor();
  await page.getByRole('button', { name: 'Download CSV' }).waitFor();

  // The side navigation offers only the record; the other pages stay behind Read.
  const nav = page.getByRole('navigation', { name: 'Privacy notices' });
  await nav.getByRole('link', { name: 'Record of processing' }).waitFor();
  expect(await nav.getByRole('link').count()).toBe(1);
  for (const pagePath of ['registers', 'controllers', 'import']) {
    await page.goto(`${playground.url}/admin/plugins/privacy-notices/${pagePath}`);
    await page.getByText(/You don.t have the permissions to access that content/).waitFor();
  }
  await page.close();
}));
