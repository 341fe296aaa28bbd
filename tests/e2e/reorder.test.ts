/**
 * Reordering a register's purposes on the compose page, in the Finnish admin: dragging with the
 * mouse, and with the keyboard (space, arrows, space) with what a screen reader hears said in
 * Finnish with the purpose's name. The saved order is the order the notice lists them in.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { finnishAdminPage } from './helpers/checks';
import { startPlayground, type Playground } from './helpers/playground';
import { adminApiOf, keepFailureScreenshot, logIn, type AdminApi } from './helpers/session';

const PURPOSES = ['Asiakassuhteen hoitaminen', 'Laskutus', 'Markkinointi'];

let playground: Playground;
let browser: Browser;
let page: Page;
let api: AdminApi;
let registerId: string;
let consoleMessages: string[];

beforeAll(async () => {
  playground = await startPlayground();
  api = await adminApiOf(playground);
  const purposes = [];
  for (const title of PURPOSES) purposes.push((await api('POST', '/privacy-notices/purposes', { data: { title: { fi: title }, legalBasis: 'contract' } })).documentId);
  registerId = (await api('POST', '/privacy-notices/registers', { data: { slug: 'asiakasrekisteri', title: { fi: 'Asiakasrekisteri' }, purposes } })).documentId;
  browser = await launchBrowser();
  ({ page, consoleMessages } = await finnishAdminPage(browser, playground.url));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const purposes = () => page.getByTestId('relation-purposes');
const order = () => purposes().locator('p:first-child').allTextContents();
/** What dnd-kit's live region last told a screen reader. */
const announced = () => page.locator('[id^="DndLiveRegion"]').last();

/** Waits until `read` gives `expected` (the page answers a key or a drag a moment later), or fails showing the last value. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toEqual(expected);
}

test('purposes are reordered by dragging and with the keyboard, announced in Finnish by name', () => keepFailureScreenshot(() => page, 'reorder', async () => {
  await logIn(page, playground);
  await page.goto(`${playground.url}/admin/plugins/privacy-notices/registers/${registerId}`);
  await page.getByRole('heading', { name: 'Asiakasrekisteri', level: 1 }).waitFor();
  await expect(order()).resolves.toEqual(PURPOSES);

  // The mouse: "Markkinointi" dragged by its handle above "Asiakassuhteen hoitaminen".
  const handle = page.getByRole('button', { name: 'Muuta järjestystä vetämällä: Markkinointi' });
  await purposes().last().scrollIntoViewIfNeeded();
  await purposes().first().scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await purposes().first().boundingBox())!;
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + from.height / 2);
  await page.mouse.down();
  // Each step once the page has taken the last one in, as a hand is slower than the page's measuring.
  await eventually(() => announced().textContent(), 'Markkinointi nostettu, kohdassa 3/3.');
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(x, from.y + ((to.y + 4 - from.y) * step) / 10);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  // Over the first place (a pointer resting there is nudged by a pixel until the list has measured its new layout).
  const overFirst = 'Markkinointi siirretty kohtaan 1/3.';
  const deadline = Date.now() + 60_000;
  for (let nudge = 0; (await announced().textContent()) !== overFirst && Date.now() < deadline; nudge++) {
    await page.mouse.move(x, to.y + 4 + (nudge % 2));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await expect(announced().textContent()).resolves.toBe(overFirst);
  await page.mouse.up();
  await eventually(() => announced().textContent(), 'Markkinointi pudotettu kohtaan 1/3.');
  await eventually(order, ['Markkinointi', 'Asiakassuhteen hoitaminen', 'Laskutus']);

  // The keyboard: "Markkinointi" picked up with space, moved down one with the arrow, dropped with space.
  const markkinointi = page.getByRole('button', { name: 'Muuta järjestystä vetämällä: Markkinointi' });
  await markkinointi.focus();
  await expect(markkinointi.getAttribute('aria-describedby')).resolves.toBeTruthy();
  const instructions = await page.locator(`#${await markkinointi.getAttribute('aria-describedby')}`).textContent();
  expect(instructions).toMatch(/välilyöntiä/);
  await page.keyboard.press('Space');
  await eventually(() => announced().textContent(), 'Markkinointi nostettu, kohdassa 1/3.');
  await page.keyboard.press('ArrowDown');
  await eventually(() => announced().textContent(), 'Markkinointi siirretty kohtaan 2/3.');
  await page.keyboard.press('Space');
  await eventually(() => announced().textContent(), 'Markkinointi pudotettu kohtaan 2/3.');
  await eventually(order, ['Asiakassuhteen hoitaminen', 'Markkinointi', 'Laskutus']);

  // Saved, the register lists them in that order.
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.getByText('Rekisteri tallennettu').first().waitFor();
  const saved = await api('GET', `/privacy-notices/registers/${registerId}`);
  expect(saved.purposes.map((purpose: { title: { fi: string } }) => purpose.title.fi)).toEqual(['Asiakassuhteen hoitaminen', 'Markkinointi', 'Laskutus']);
  expect(consoleMessages).toEqual([]);
}));
