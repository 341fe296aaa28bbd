/**
 * The embeddable <privacy-notice> element on a plain web page from another origin, in headless
 * Chromium: it finds its API from its own script address, fetches the notice and its change log
 * across origins and renders them in a shadow root, styled by the page's custom properties. A
 * register built through the admin API with legacy päivitetty dates and an announced version shows
 * the same history as the notice's JSON: the announced version marked upcoming, then the versions
 * in effect and the legacy dates.
 *
 * UPDATE_SCREENSHOTS=true also saves docs/screenshots/notice-fi.png for the README.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import { bootStrapi, stopStrapi } from '../integration/helpers/strapi';
import type { AdminClient } from '../integration/helpers/admin';
import { composedRegister, publish } from '../integration/helpers/fixtures';
import { launchBrowser } from './helpers/browser';

let strapi: Core.Strapi;
let admin: AdminClient;
let announcedSlug: string;
let site: http.Server;
let browser: Browser;
let page: Page;
let apiOrigin: string;
let siteOrigin: string;
const problems: string[] = [];

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

const DAY = 86_400_000;
/** The announced version takes effect in about a month, at noon UTC, so that its day is the same in Helsinki. */
const effective = new Date(Math.ceil((Date.now() + 30 * DAY) / DAY) * DAY + DAY / 2);
const effectiveFi = (() => {
  const [year, month, day] = effective.toISOString().slice(0, 10).split('-').map(Number);
  return `${day}.${month}.${year}`;
})();

const PAGE = (api: string) => `<!doctype html>
<html lang="fi">
<head>
  <meta charset="utf-8">
  <title>Kuusikko Design – tietosuoja</title>
  <style>
    body { font-family: Georgia, serif; margin: 2rem; }
    privacy-notice { --privacy-notice-link-color: rgb(200, 0, 0); --privacy-notice-max-width: 40rem; }
  </style>
  <script src="${api}/api/privacy-notices/embed.js"></script>
</head>
<body>
  <privacy-notice id="customers" slug="asiakasrekisteri" show-history></privacy-notice>
  <privacy-notice id="english" slug="asiakasrekisteri" lang="en"></privacy-notice>
  <privacy-notice id="missing" slug="no-such-notice"></privacy-notice>
  <privacy-notice id="announced" slug="${announcedSlug}" show-history></privacy-notice>
</body>
</html>`;

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi({ PLAYGROUND_DEMO_DATA: 'true' }));
  // Imported with two legacy päivitetty dates, two versions in effect and a third announced for next month.
  const { register } = await composedRegister(admin, {
    title: { fi: 'Jäsenrekisteri', sv: 'Medlemsregister', en: 'Member register' },
    legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06', '2018-10-04'] },
  });
  announcedSlug = register.slug as string;
  const edit = (text: string) => admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: text } } }).expect(200);
  await publish(admin, register.documentId, { changeSummary: { fi: 'Ensimmäinen versio.' }, updatedOn: '2019-02-01', effectiveFrom: '2019-02-01T00:00:00Z' }).expect(201);
  await edit('Tietoja säilytetään kaksi vuotta.');
  await publish(admin, register.documentId, { changeSummary: { fi: 'Säilytysaika lyhennetty.' }, updatedOn: '2024-01-01', effectiveFrom: '2024-01-01T00:00:00Z' }).expect(201);
  await edit('Tietoja säilytetään vuoden.');
  await publish(admin, register.documentId, { changeSummary: { fi: 'Säilytysaika vuosi.' }, material: true, effectiveFrom: effective.toISOString() }).expect(201);
  apiOrigin = await listen(strapi.server.httpServer);
  site = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(PAGE(apiOrigin));
  });
  siteOrigin = await listen(site);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // The missing notice's 404 is expected; anything else (a CORS refusal, a script error) is not.
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  });
  await page.goto(siteOrigin);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await stopStrapi(strapi);
});

it('renders the notice with its headings in the page language, from the API that served the script', async () => {
  const notice = page.locator('#customers');
  await notice.locator('article h1').waitFor();
  expect(await notice.locator('article h1').textContent()).toBe('Rekisteri- ja tietosuojaseloste: Asiakasrekisteri');
  const headings = await notice.locator('article h2').allTextContents();
  expect(headings.slice(0, 4)).toEqual([
    '1. Rekisterinpitäjä',
    '2. Yhteyshenkilö rekisteriä koskevissa asioissa',
    '3. Rekisterin nimi',
    '4. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
  ]);
  expect(headings).toContain('13. Rekisteröidyn oikeudet');
  expect(await notice.locator('footer p').first().textContent()).toBe('Laadittu 24.5.2018. Päivitetty 15.9.2024.');
  // Inside a shadow root: the page's own styles and scripts cannot reach it by accident.
  expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(0);
});

it('shows the change log with show-history, newest first, each entry linking to its version', async () => {
  const history = page.locator('#customers [part="history"]');
  await history.waitFor();
  expect(await history.locator('h2').textContent()).toBe('Muutoshistoria');
  const entries = history.locator('li');
  expect(await entries.locator('a').allTextContents()).toEqual(['Asiakasrekisteri, versio 3', 'Asiakasrekisteri, versio 2', 'Asiakasrekisteri, versio 1']);
  expect(await entries.first().locator('p').textContent()).toContain('Päivitetty 15.9.2024.');
  expect(await entries.first().locator('a').getAttribute('href')).toBe(`${apiOrigin}/api/privacy-notices/notices/asiakasrekisteri/versions/3?locale=fi&format=html`);
});

it('shows an announced version as upcoming, never as updated, and the legacy dates, in the order of the JSON history', async () => {
  const history = page.locator('#announced [part="history"]');
  await history.waitFor();
  const rows = await history.locator('li').evaluateAll((items) =>
    items.map((item) => ({ kind: item.className, title: item.querySelector('a')?.textContent ?? '', text: item.querySelector('p')?.textContent ?? '' })),
  );
  // Each row as version (marked upcoming) or legacy date, read from what the reader sees.
  const shown = rows.map(({ kind, title }) => (kind === 'legacy' ? `legacy ${title.replace(/^.*päivitetty /, '')}` : `${title.replace(/^.*versio /, '')}${kind === 'upcoming' ? ' upcoming' : ''}`));
  expect(shown).toEqual(['3 upcoming', '2', '1', 'legacy 4.10.2018', 'legacy 6.6.2018']);

  // The same order as the notice's JSON history (the announced version first).
  const { data } = (await (await fetch(`${apiOrigin}/api/privacy-notices/notices/${announcedSlug}?locale=fi`)).json()) as {
    data: { version: number; upcoming: { version: number } | null; history: Array<{ version: number | null; updatedOn: string; legacy?: boolean }> };
  };
  const dateFi = (iso: string) => iso.split('-').map(Number).reverse().join('.');
  const json = [`${data.upcoming?.version} upcoming`, ...data.history.map((entry) => (entry.legacy ? `legacy ${dateFi(entry.updatedOn)}` : `${entry.version}`))];
  expect(shown).toEqual(json);

  expect(rows[0].text).toContain(`Tulossa: voimaan ${effectiveFi}.`);
  expect(rows[0].text).not.toContain('Päivitetty');
  // The notice above the history is the version in effect: its date is not the announced one.
  expect(data.version).toBe(2);
  const notice = await page.locator('#announced article').textContent();
  expect(notice).not.toContain(`Päivitetty ${effectiveFi}`);
  expect(await page.locator('#announced article footer p').first().textContent()).toBe('Laadittu 24.5.2018. Päivitetty 1.1.2024.');
});

it('follows its lang attribute and leaves the history out without show-history', async () => {
  const english = page.locator('#english');
  await english.locator('article h1').waitFor();
  expect(await english.locator('article h1').textContent()).toBe('Privacy notice: Customer register');
  expect(await english.locator('article h2').first().textContent()).toBe('1. Controller');
  expect(await english.locator('[part="history"], #notice-history').count()).toBe(0);
});

it('takes its look from the page\'s CSS custom properties', async () => {
  const link = page.locator('#customers article a').first();
  expect(await link.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(200, 0, 0)');
  expect(await page.locator('#customers article').evaluate((element) => getComputedStyle(element).maxWidth)).toBe('640px');
});

it('says so when a notice cannot be loaded, and nothing else went wrong', async () => {
  const error = page.locator('#missing [part="error"]');
  await error.waitFor();
  expect(await error.textContent()).toBe('Tietosuojaselostetta ei voitu ladata.');
  expect(problems).toEqual([]);
});

it('renders the standalone HTML document readably (README screenshot)', async () => {
  const document = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await document.goto(`${apiOrigin}/api/privacy-notices/notices/asiakasrekisteri?format=html&locale=fi`);
  expect(await document.locator('h1').textContent()).toBe('Rekisteri- ja tietosuojaseloste: Asiakasrekisteri');
  if (process.env.UPDATE_SCREENSHOTS === 'true') {
    await document.screenshot({ path: path.resolve(__dirname, '../../docs/screenshots/notice-fi.png'), fullPage: true });
  }
  await document.close();
});
