/**
 * An editor's whole path through the admin, in a real browser against the real playground:
 * compose a register from new library parts, publish version 1, change the retention period,
 * publish version 2, compare the two, and read version 2 from the public API.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { addEditorWith, startPlayground, type Login, type Playground } from './helpers/playground';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
/** README screenshots are refreshed only by `npm run screenshots`, so that `npm test` leaves the tree as it was. */
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === 'true';
const SLUG = 'asiakasrekisteri';
const RETENTION_V1 = 'Tietoja säilytetään asiakkuuden ajan.';
const RETENTION_V2 = 'Tietoja säilytetään asiakkuuden ajan ja kaksi vuotta sen päättymisen jälkeen.';

let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(30_000);
  if (UPDATE_SCREENSHOTS) fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const dialog = () => page.getByRole('dialog');

/** Picks an option of a design-system select or combobox inside `scope`. */
async function choose(scope: ReturnType<Page['locator']>, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

/** A library entry created from the compose page: the pick modal, then its "Create …" form. */
async function createFromCompose(addButton: string, createButton: string, fill: () => Promise<void>) {
  await page.getByRole('button', { name: addButton }).click();
  await dialog().getByRole('button', { name: createButton }).first().click();
  await fill();
  await dialog().getByRole('button', { name: createButton }).click();
  await dialog().waitFor({ state: 'detached' });
}

/** A screenshot for the README, without Strapi's toasts over the page (closing one would close an open modal). */
async function screenshot(name: string) {
  if (!UPDATE_SCREENSHOTS) return;
  const hideToasts = await page.addStyleTag({ content: '[data-sonner-toaster] { display: none !important; }' });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
  await hideToasts.evaluate((style) => (style as Element).remove());
}

/**
 * The register still has gaps (its transfers, automated decisions and statutory requirement are
 * not answered): publishing waits for the editor to confirm them.
 */
async function confirmGaps() {
  const confirmation = dialog().getByRole('checkbox', { name: /Publish with these gaps/ });
  await confirmation.waitFor();
  await expect(dialog().getByRole('button', { name: 'Publish', exact: true }).isDisabled()).resolves.toBe(true);
  await confirmation.click();
}

/** Saves, then publishes through the dialog with a Finnish change summary, confirming the gaps. */
async function publish(summary: string, name?: string) {
  await page.getByRole('button', { name: /^(Save and publish|Publish)$/ }).click();
  await dialog().getByRole('heading', { name: /Publish version/ }).waitFor();
  await dialog().locator('textarea[name="changeSummary.fi"]').fill(summary);
  await confirmGaps();
  if (name) await screenshot(name);
  await dialog().getByRole('button', { name: 'Publish', exact: true }).click();
}

/** On failure, what the browser showed: tests/.tmp/admin-e2e-failure.png. */
async function keepFailureScreenshot(run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    const file = path.resolve(__dirname, '../.tmp/admin-e2e-failure.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file }).catch(() => undefined);
    throw error;
  }
}

async function logIn(login: Login) {
  await page.goto(`${playground.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(login.email);
  await page.locator('input[name="password"]').fill(login.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/);
  // Strapi's own announcement banner, if any, is not part of this plugin's pages.
  await page.getByRole('button', { name: /Close the banner/ }).click({ timeout: 5_000 }).catch(() => undefined);
}

test('an editor composes, publishes and compares versions of a notice', () => keepFailureScreenshot(async () => {
  await logIn(playground.admin);

  // The plugin's menu entry leads to the registers; none yet.
  await page.getByRole('link', { name: 'Privacy notices' }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Registers' }).waitFor();
  await page.getByText('No registers yet').waitFor();

  // Create the register; its slug follows the name.
  await page.getByRole('button', { name: 'Create register' }).first().click();
  await dialog().getByLabel(/Name of the register/).fill('Asiakasrekisteri');
  await expect(dialog().locator('input[name="slug"]').inputValue()).resolves.toBe(SLUG);
  await dialog().getByRole('button', { name: 'Create and compose' }).click();
  await page.waitForURL(/\/registers\/[a-z0-9]+$/);
  await page.getByRole('heading', { name: 'Asiakasrekisteri', level: 1 }).waitFor();

  // The controller, created without leaving the page; the server's check of the Y-tunnus shows on its field.
  await createFromCompose('Choose controller', 'Create controller', async () => {
    await dialog().locator('input[name="name"]').fill('Kuusikko Design Oy');
    await dialog().locator('input[name="city"]').fill('Helsinki');
    await dialog().locator('input[name="email"]').fill('tietosuoja@kuusikko.example');
    await dialog().locator('input[name="businessId"]').fill('0737546-3');
    await dialog().getByRole('button', { name: 'Create controller' }).click();
    await dialog().getByText('The check digit of 0737546-3 does not match: check the business ID.').waitFor();
    await dialog().locator('input[name="businessId"]').fill('0737546-2');
  });
  await page.getByTestId('chosen-controller').getByText('0737546-2').waitFor();

  await createFromCompose('Add purpose', 'Create purpose', async () => {
    await dialog().locator('input[name="title.fi"]').fill('Asiakassuhteen hoitaminen');
    await choose(dialog(), 'Legal basis', 'Contract (Article 6(1)(b) GDPR)');
  });
  await createFromCompose('Add data category', 'Create data category', async () => {
    await dialog().locator('input[name="name.fi"]').fill('Yhteystiedot');
    await dialog().locator('textarea[name="examples.fi"]').fill('nimi\nsähköpostiosoite');
  });
  await createFromCompose('Add recipient', 'Create recipient', async () => {
    await dialog().locator('input[name="name.fi"]').fill('Tilitoimisto');
    await choose(dialog(), 'Role', 'Processor');
  });
  for (const [kind, name] of [['purposes', 'Asiakassuhteen hoitaminen'], ['data-categories', 'Yhteystiedot'], ['recipients', 'Tilitoimisto']]) {
    await page.getByTestId(`relation-${kind}`).getByText(name, { exact: true }).waitFor();
  }

  // The rest of the register, then save: the preview shows the saved notice.
  await page.locator('input[name="contactPerson.name"]').fill('Matti Esimerkki');
  await page.locator('textarea[name="dataSubjects.fi"]').fill('Yrityksen asiakkaat.');
  await page.locator('textarea[name="retention.fi"]').fill(RETENTION_V1);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Register saved').first().waitFor();
  const preview = page.frameLocator('iframe[title="Preview of the privacy notice"]');
  await preview.getByText(RETENTION_V1).waitFor();
  await page.evaluate(() => document.querySelectorAll('*').forEach((element) => element.scrollTop > 0 && element.scrollTo(0, 0)));
  await screenshot('admin-compose.png');

  await publish('Ensimmäinen versio.');
  await page.getByText('Version 1 published.').first().waitFor();

  // A new retention period: leaving with unsaved edits asks first.
  await page.locator('textarea[name="retention.fi"]').fill(RETENTION_V2);
  await page.getByRole('link', { name: 'History' }).click();
  const guard = page.getByRole('alertdialog');
  await guard.getByText(/modifications will be lost|unsaved changes/).waitFor();
  await guard.getByRole('button', { name: 'Cancel' }).click();
  await publish('Säilytysaika tarkennettu.', 'admin-publish.png');
  await page.getByText('Version 2 published.').first().waitFor();

  // Nothing changed since version 2: Publish is disabled, and says why.
  await expect(page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).resolves.toBe(true);
  await page.getByText('Nothing has changed since version 2: there is nothing to publish.').waitFor();

  // The history: both versions; compare 1 and 2.
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByTestId('version-row-2').getByText('Säilytysaika tarkennettu.').waitFor();
  await page.getByTestId('version-row-1').getByText('Ensimmäinen versio.').waitFor();
  await page.getByRole('checkbox', { name: 'Select version 1' }).click();
  await page.getByRole('checkbox', { name: 'Select version 2' }).click();
  await page.getByRole('button', { name: 'Compare' }).click();
  const retention = page.getByTestId('diff-retention');
  await retention.waitFor();
  await expect(retention.locator('ins').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('kaksi vuotta')]));
  await expect(page.getByTestId('comparison').locator('[data-testid^="diff-"]').count()).resolves.toBe(1);
  await retention.scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Version 1 compared with version 2' }).scrollIntoViewIfNeeded();
  await screenshot('admin-compare.png');

  // Websites read version 2, with both versions in its history.
  const response = await fetch(`${playground.url}/api/privacy-notices/notices/${SLUG}`);
  expect(response.status).toBe(200);
  const { data } = (await response.json()) as { data: { version: number; changeSummary: string; history: { version: number; changeSummary: string }[] } };
  expect(data.version).toBe(2);
  expect(data.changeSummary).toBe('Säilytysaika tarkennettu.');
  expect(data.history.map(({ version, changeSummary }) => [version, changeSummary])).toEqual([
    [2, 'Säilytysaika tarkennettu.'],
    [1, 'Ensimmäinen versio.'],
  ]);
}));

// Uses the register the test above published.
test('an admin who may only read sees the notices but no compose or publish buttons', () => keepFailureScreenshot(async () => {
  const reader = await addEditorWith(playground, ['read']);
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await logIn(reader);

  await page.getByRole('link', { name: 'Privacy notices' }).click({ timeout: 60_000 });
  await page.getByRole('row', { name: /Asiakasrekisteri/ }).getByText('Asiakasrekisteri', { exact: true }).click();
  await page.getByRole('heading', { name: 'Asiakasrekisteri', level: 1 }).waitFor();
  await expect(page.locator('textarea[name="retention.fi"]').isDisabled()).resolves.toBe(true);
  await page.getByRole('link', { name: 'History' }).waitFor();
  for (const button of ['Save', 'Publish', 'Add purpose', 'Choose controller', 'Change']) {
    await expect(page.getByRole('button', { name: button, exact: true }).count()).resolves.toBe(0);
  }

  await page.goto(`${playground.url}/admin/plugins/privacy-notices/registers`);
  await page.getByRole('heading', { name: 'Registers' }).waitFor();
  await expect(page.getByRole('button', { name: 'Create register' }).count()).resolves.toBe(0);
  await page.getByRole('link', { name: 'Processing purposes' }).click();
  await page.getByRole('row', { name: /Asiakassuhteen hoitaminen/ }).waitFor();
  await expect(page.getByRole('button', { name: 'Create purpose' }).count()).resolves.toBe(0);
}));
