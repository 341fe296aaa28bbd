/**
 * The <privacy-notice-updates> element in headless Chromium, on a site of another origin: silent on
 * a first visit, a dismissable notice with the change summary and a link to the differences after a
 * material version takes effect, nothing after a non-material one, and an announced material change
 * ahead of its date. It keeps what the reader saw in localStorage only: no cookie.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bootStrapi, stopStrapi } from '../integration/helpers/strapi';
import type { AdminClient } from '../integration/helpers/admin';
import { composedRegister, publish } from '../integration/helpers/fixtures';
import { launchBrowser } from './helpers/browser';

let strapi: Core.Strapi;
let admin: AdminClient;
let site: http.Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let siteOrigin: string;
let slug: string;
let registerId: string;
const requests: string[] = [];

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

beforeAll(async () => {
  ({ strapi, admin } = await bootStrapi());
  const apiOrigin = await listen(strapi.server.httpServer);
  const { register } = await composedRegister(admin);
  slug = register.slug as string;
  registerId = register.documentId;
  await publish(admin, registerId, { changeSummary: { fi: 'Ensimmäinen versio' } }).expect(201);
  site = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kauppa</title>
      <script src="${apiOrigin}/api/privacy-notices/embed.js"></script></head>
      <body><privacy-notice-updates slug="${slug}"></privacy-notice-updates><main>Etusivu</main></body></html>`);
  });
  siteOrigin = await listen(site);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 900, height: 600 } });
  page = await context.newPage();
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await stopStrapi(strapi);
});

const element = () => page.locator('privacy-notice-updates');

async function visit() {
  const loaded = page.waitForResponse((response) => response.url().includes(`/notices/${slug}/versions`));
  await page.goto(siteOrigin);
  await loaded;
  // The element renders right after its one request.
  await page.waitForFunction(() => document.querySelector('privacy-notice-updates')?.shadowRoot?.querySelector('style') !== null);
}

async function edit(text: string) {
  await admin.put(`/privacy-notices/registers/${registerId}`, { data: { retention: { fi: text } } }).expect(200);
}

it('says nothing on a first visit', async () => {
  await visit();
  expect(await element().isHidden()).toBe(true);
  expect(await element().locator('[part="update"]').count()).toBe(0);
});

it('says nothing after a non-material version', async () => {
  await edit('Pieni korjaus.');
  await publish(admin, registerId, { material: false, changeSummary: { fi: 'Kirjoitusvirhe korjattu' } }).expect(201);
  await visit();
  expect(await element().locator('[part="update"]').count()).toBe(0);
  expect(await element().isHidden()).toBe(true);
});

it('shows a material version with its date, summary and a link to the differences since the version last seen, until dismissed', async () => {
  await edit('Tietoja säilytetään nyt vain vuoden.');
  const published = await publish(admin, registerId, { material: true, changeSummary: { fi: 'Säilytysaika lyheni vuoteen' } }).expect(201);
  const { updatedOn } = published.body.data as { updatedOn: string };
  await visit();
  const update = element().locator('[part="update"]');
  await update.waitFor();
  const [year, month, day] = updatedOn.split('-').map(Number);
  expect(await update.locator('strong').textContent()).toBe(`Tietosuojaselostetta on päivitetty ${day}.${month}.${year}`);
  expect(await update.locator('li').allTextContents()).toEqual(['Säilytysaika lyheni vuoteen']);
  const href = await update.locator('a').getAttribute('href');
  // Seen on the first visit: version 2 (the non-material one was taken as seen); now version 3.
  expect(href).toContain(`/api/privacy-notices/notices/${slug}/diff?from=2&to=3`);
  const diff = await (await fetch(href!)).json();
  expect(diff.data.to.version).toBe(3);

  await page.screenshot({ path: 'tests/.tmp/updates-notice.png' }).catch(() => undefined);
  await update.locator('[part="dismiss"]').click();
  expect(await update.count()).toBe(0);
  await visit();
  expect(await element().locator('[part="update"]').count()).toBe(0);
});

it('announces a material change ahead of its date', async () => {
  await edit('Säilytysaika muuttuu ensi vuonna.');
  await publish(admin, registerId, { material: true, effectiveFrom: '2099-03-01T10:00:00Z', changeSummary: { fi: 'Uusi säilytysaika' } }).expect(201);
  await visit();
  const upcoming = element().locator('[part="upcoming"]');
  await upcoming.waitFor();
  expect(await upcoming.locator('strong').textContent()).toBe('Muutos astuu voimaan 1.3.2099');
  expect(await upcoming.locator('li').allTextContents()).toEqual(['Uusi säilytysaika']);
  expect(await element().locator('[part="update"]').count()).toBe(0);
});

it('keeps what the reader saw in localStorage only, sets no cookie and sends nothing but the versions request', async () => {
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored).toHaveLength(1);
  expect(JSON.parse(stored[0][1])).toMatchObject({ seen: 3 });
  expect(await context.cookies()).toEqual([]);
  const toApi = requests.filter((r) => !r.includes(siteOrigin));
  expect(toApi.every((r) => r.startsWith('GET ') && (r.includes('/embed.js') || r.includes(`/notices/${slug}/versions`)))).toBe(true);
});
