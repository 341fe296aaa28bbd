/**
 * The forms say what is wrong and what will happen, where the editor is, in the Finnish admin:
 * an error under the field when the editor leaves it, gone as soon as the field changes; Publish
 * disabled with the reason when nothing changed; the publish dialog listing the missing
 * translations; editing a shared entry naming the registers it changes. And the client asks the
 * server once for what it already has.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { startPlayground, type Playground } from './helpers/playground';

let playground: Playground;
let browser: Browser;
let page: Page;
let registerId: string;
const requests: Request[] = [];
const consoleErrors: string[] = [];

let token: string | null = null;

/** The admin API as the setup needs it: logged in once (logins are rate-limited) as the playground's admin. */
async function adminApi(method: string, route: string, body?: unknown) {
  if (!token) {
    const login = await fetch(`${playground.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(playground.admin),
    });
    token = ((await login.json()) as { data: { token: string } }).data.token;
  }
  const response = await fetch(`${playground.url}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify({ data: body }),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { documentId: string } }).data;
}

beforeAll(async () => {
  playground = await startPlayground();
  // A register in Finnish with only its name in Swedish, published once: Swedish readers would get most of it in Finnish, English readers all of it.
  const controller = await adminApi('POST', '/privacy-notices/controllers', { name: 'Kuusikko Design Oy', businessId: '0737546-2', city: 'Helsinki' });
  const purpose = await adminApi('POST', '/privacy-notices/purposes', { title: { fi: 'Asiakassuhteen hoitaminen' }, legalBasis: 'contract' });
  const register = await adminApi('POST', '/privacy-notices/registers', {
    slug: 'asiakasrekisteri',
    title: { fi: 'Asiakasrekisteri', sv: 'Kundregister' },
    controller: controller.documentId,
    purposes: [purpose.documentId],
    retention: { fi: 'Tietoja säilytetään asiakkuuden ajan.' },
  });
  registerId = register.documentId;
  await adminApi('POST', `/privacy-notices/registers/${registerId}/publish`, { acceptGaps: true });
  await adminApi('POST', '/privacy-notices/registers', { slug: 'henkilostorekisteri', title: { fi: 'Henkilöstörekisteri' }, controller: controller.documentId });

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(30_000);
  // The admin in Finnish, as the editor chose it in their profile.
  await page.addInitScript(() => {
    // Not in the preview's sandboxed frame, which has no storage.
    if (window.top === window) localStorage.setItem('strapi-admin-language', 'fi');
  });
  page.on('request', (request) => requests.push(request));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const dialog = () => page.getByRole('dialog');
const composeUrl = () => `${playground.url}/admin/plugins/privacy-notices/registers/${registerId}`;

/** The requests to the plugin's admin API since `from`, as "METHOD path". */
const apiCalls = (from: number) =>
  requests
    .slice(from)
    .map((request) => `${request.method()} ${new URL(request.url()).pathname}`)
    .filter((call) => / \/privacy-notices\//.test(call));

async function keepFailureScreenshot(run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    const file = path.resolve(__dirname, `../.tmp/admin-forms-e2e-failure-${expect.getState().currentTestName?.slice(0, 20).replace(/\W+/g, '-')}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file }).catch(() => undefined);
    throw new Error(`${(error as Error).message}\nBrowser console:\n${consoleErrors.join('\n')}`);
  }
}

test('an editor logs in to the Finnish admin', () => keepFailureScreenshot(async () => {
  await page.goto(`${playground.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(playground.admin.email);
  await page.locator('input[name="password"]').fill(playground.admin.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin\/?$/);
  await page.getByRole('button', { name: /banner/i }).click({ timeout: 5_000 }).catch(() => undefined);
}));

test('opening the compose page asks for the register once; Publish says why it is disabled', () => keepFailureScreenshot(async () => {
  const from = requests.length;
  await page.goto(composeUrl());
  await page.getByRole('heading', { name: 'Asiakasrekisteri', level: 1 }).waitFor();
  await page.frameLocator('iframe').first().getByText('Tietoja säilytetään asiakkuuden ajan.').waitFor();
  // Time for any request asked twice to show.
  await page.waitForTimeout(1_500);
  expect(apiCalls(from).filter((call) => call === `GET /privacy-notices/registers/${registerId}`)).toHaveLength(1);
  expect(apiCalls(from).filter((call) => call.includes('/preview'))).toHaveLength(1);
  expect(apiCalls(from).filter((call) => call.includes('/check')).length).toBeLessThanOrEqual(1);

  // Nothing changed since version 1: Publish is disabled, and the page says why before any click.
  const publish = page.getByRole('button', { name: 'Julkaise', exact: true });
  await expect(publish.isDisabled()).resolves.toBe(true);
  await page.getByText('Versiosta 1 ei ole muutettu mitään: julkaistavaa ei ole.').waitFor();
}));

test('an error shows under the field the editor leaves, and goes as soon as the field changes', () => keepFailureScreenshot(async () => {
  const email = page.locator('input[name="contactPerson.email"]');
  await email.fill('tietosuoja@');
  await email.press('Tab');
  const error = page.getByText('Kirjoita sähköpostiosoite, esim. tietosuoja@esimerkki.fi.');
  await error.waitFor();
  await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
  await email.pressSequentially('e');
  await error.waitFor({ state: 'detached' });
  await email.fill('tietosuoja@kuusikko.fi');
  await email.press('Tab');
  await expect(error.count()).resolves.toBe(0);
}));

test('a save costs the save and the refreshed preview and check, and Publish lists the missing translations', () => keepFailureScreenshot(async () => {
  await page.locator('textarea[name="retention.fi"]').fill('Tietoja säilytetään kaksi vuotta asiakkuuden päättymisen jälkeen.');
  const from = requests.length;
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.getByText('Rekisteri tallennettu.').first().waitFor();
  await page.frameLocator('iframe').first().getByText('kaksi vuotta asiakkuuden').waitFor();
  await page.waitForTimeout(1_500);
  const calls = apiCalls(from);
  expect(calls.filter((call) => call.startsWith('PUT '))).toEqual([`PUT /privacy-notices/registers/${registerId}`]);
  expect(calls.filter((call) => call === `GET /privacy-notices/registers/${registerId}`)).toEqual([]);
  // The preview (and the check, when its tab is open) asked again: nothing else.
  expect(calls.filter((call) => call.includes('/preview'))).toHaveLength(1);
  expect(calls.length).toBeLessThanOrEqual(3);

  const publish = page.getByRole('button', { name: 'Julkaise', exact: true });
  await expect(publish.isDisabled()).resolves.toBe(false);
  await publish.click();
  await dialog().getByRole('heading', { name: 'Julkaise versio 2' }).waitFor();
  const translations = dialog().getByRole('group', { name: 'Käännökset' });
  await translations.getByText(/Ruotsi:/).waitFor();
  await translations.getByText(/Englanti:/).waitFor();
  const swedish = await translations.getByRole('listitem').filter({ hasText: 'Ruotsi' }).textContent();
  expect(swedish).toMatch(/^Ruotsi: \d+ tekstiä on kääntämättä, ja ne näytetään kielellä suomi: /);
  expect(swedish).toContain('Säilytysaika');
  expect(swedish).toContain('Tarkoitus (nro 1)');
  expect(swedish).not.toContain('Rekisterin nimi');
  await expect(translations.getByRole('listitem').filter({ hasText: 'Englanti' }).textContent()).resolves.toBe(
    'Englanti: tällä kielellä ei ole vielä yhtään tekstiä: lukijat saavat koko selosteen kielellä suomi.',
  );
  // The gaps stay listed beside them, with the confirmation publishing takes.
  await dialog().getByRole('checkbox', { name: /Julkaise puutteineen/ }).waitFor();
  // No list inside a paragraph (React's validateDOMNesting).
  await expect(dialog().locator('p ul, p ol, p li').count()).resolves.toBe(0);
  await dialog().getByRole('button', { name: 'Peruuta' }).click();
}));

test('editing a controller two registers use names them; the Y-tunnus is checked on leaving the field', () => keepFailureScreenshot(async () => {
  await page.goto(`${playground.url}/admin/plugins/privacy-notices/controllers`);
  const row = page.getByRole('row', { name: /Kuusikko Design Oy/ });
  await row.getByText('Asiakasrekisteri, Henkilöstörekisteri').waitFor();
  await row.getByText('Kuusikko Design Oy', { exact: true }).click();
  await dialog().getByText('Tallennus muuttaa 2 rekisteriä, jotka käyttävät tätä: Asiakasrekisteri ja Henkilöstörekisteri.').waitFor();

  const businessId = dialog().locator('input[name="businessId"]');
  await expect(businessId.getAttribute('placeholder')).resolves.toBe('1234567-1');
  await businessId.fill('1234567-8');
  await businessId.press('Tab');
  const error = dialog().getByText('Y-tunnuksen 1234567-8 tarkistusmerkki ei täsmää: tarkista tunnus.');
  await error.waitFor();
  await businessId.fill('1234567-1');
  await error.waitFor({ state: 'detached' });

  // The server's refusal is said the same way, under the field's own label.
  await businessId.fill('1234567-8');
  await dialog().getByRole('button', { name: 'Tallenna', exact: true }).click();
  await error.waitFor();
  await expect(dialog().getByText('businessId').count()).resolves.toBe(0);
}));
