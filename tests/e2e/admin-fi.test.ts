/**
 * An editor's whole job in the Finnish admin, at 1280×800, in a real browser against the real
 * playground: create a register, pick and create its library parts, preview it, check it, publish
 * version 1 and then 2, compare them, read the library, the import page and the record of
 * processing. Every plugin page on the way must be all Finnish, fit the window without sideways
 * scrolling, have no serious or critical axe-core violation in its content area, and log no
 * console error or warning.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { axeViolations, englishTextOn, finnishAdminPage, horizontalOverflow, settled } from './helpers/checks';
import { startPlayground, type Playground } from './helpers/playground';
import { adminApiOf, keepFailureScreenshot, logIn, type AdminApi } from './helpers/session';

const RETENTION_V1 = 'Tietoja säilytetään asiakkuuden ajan.';
const RETENTION_V2 = 'Tietoja säilytetään asiakkuuden ajan ja kaksi vuotta sen päättymisen jälkeen.';

let playground: Playground;
let browser: Browser;
let page: Page;
let consoleMessages: string[];
let api: AdminApi;

beforeAll(async () => {
  playground = await startPlayground();
  api = await adminApiOf(playground);
  // One entry the editor picks from the library rather than creating it.
  await api('POST', '/privacy-notices/data-categories', { data: { name: { fi: 'Yhteystiedot' }, examples: { fi: ['nimi', 'sähköpostiosoite'] } } });
  browser = await launchBrowser();
  ({ page, consoleMessages } = await finnishAdminPage(browser, playground.url));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const dialog = () => page.getByRole('dialog');

/** What an editor in Finnish would notice on this page: English, accessibility failures, sideways scrolling. */
async function checkPage(name: string, scope?: string) {
  // Let the page settle: loaders gone, tables drawn, nothing moving.
  await settled(page);
  expect({ page: name, english: await englishTextOn(page, scope) }).toEqual({ page: name, english: [] });
  expect({ page: name, axe: await axeViolations(page, scope) }).toEqual({ page: name, axe: [] });
  if (!scope) expect({ page: name, overflow: await horizontalOverflow(page) }).toEqual({ page: name, overflow: [] });
}

/** Picks an option of a design-system select inside `scope`. */
async function choose(scope: Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Saves, then publishes through the dialog with a change summary, confirming the gaps; the dialog is checked like a page. */
async function publish(summary: string) {
  await page.getByRole('button', { name: /^(Tallenna ja julkaise|Julkaise)$/ }).click();
  await dialog().getByRole('heading', { name: /Julkaise versio/ }).waitFor();
  await dialog().getByRole('checkbox', { name: /Julkaise puutteineen/ }).waitFor();
  await checkPage(`julkaisuikkuna: ${summary}`, '[role="dialog"]');
  await dialog().locator('textarea[name="changeSummary.fi"]').fill(summary);
  await dialog().getByRole('checkbox', { name: /Julkaise puutteineen/ }).click();
  await dialog().getByRole('button', { name: 'Julkaise', exact: true }).click();
  await dialog().waitFor({ state: 'detached' });
}

test('an editor does the whole job in the Finnish admin, every page Finnish, accessible and within the window', () => keepFailureScreenshot(() => page, 'admin-fi', async () => {
  await logIn(page, playground);

  // The registers: none yet.
  await page.getByRole('link', { name: 'Tietosuojaselosteet' }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Rekisterit', level: 1 }).waitFor();
  await checkPage('rekisterit (tyhjä)');

  // Create the register.
  await page.getByRole('button', { name: 'Luo rekisteri' }).first().click();
  await dialog().getByLabel(/Rekisterin nimi/).fill('Asiakasrekisteri');
  await dialog().getByRole('button', { name: 'Luo ja siirry muokkaamaan' }).click();
  await page.waitForURL(/\/registers\/[a-z0-9]+$/);
  await page.getByRole('heading', { name: 'Asiakasrekisteri', level: 1 }).waitFor();
  await checkPage('uusi rekisteri');

  // The controller, created in place.
  await page.getByRole('button', { name: 'Valitse rekisterinpitäjä' }).click();
  await dialog().getByRole('button', { name: 'Luo rekisterinpitäjä' }).first().click();
  await dialog().locator('input[name="name"]').fill('Kuusikko Design Oy');
  await dialog().locator('input[name="businessId"]').fill('0737546-2');
  await dialog().locator('input[name="city"]').fill('Helsinki');
  await dialog().locator('input[name="email"]').fill('tietosuoja@kuusikko.example');
  await dialog().getByRole('button', { name: 'Luo rekisterinpitäjä' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByTestId('chosen-controller').getByText('0737546-2').waitFor();

  // A purpose created in place, a data category picked from the library.
  await page.getByRole('button', { name: 'Lisää käsittelyn tarkoitus' }).click();
  await dialog().getByRole('button', { name: 'Luo käsittelyn tarkoitus' }).first().click();
  await dialog().locator('input[name="title.fi"]').fill('Asiakassuhteen hoitaminen');
  await choose(dialog(), 'Oikeusperuste', 'Sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)');
  await dialog().getByRole('button', { name: 'Luo käsittelyn tarkoitus' }).click();
  await dialog().waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Lisää henkilötietoryhmä' }).click();
  await dialog().getByText('Yhteystiedot').waitFor();
  await checkPage('henkilötietoryhmän valinta', '[role="dialog"]');
  await dialog().getByRole('button', { name: 'Lisää', exact: true }).click();
  await dialog().getByText('Lisätty').waitFor();
  await page.keyboard.press('Escape');
  await dialog().waitFor({ state: 'detached' });

  // A recipient in the United States: the country typed quickly narrows the list to it, never jumping elsewhere.
  await page.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
  await dialog().getByRole('button', { name: 'Luo vastaanottaja' }).first().click();
  await dialog().locator('input[name="name.fi"]').fill('Pilvipalvelu Inc.');
  await choose(dialog(), 'Rooli', 'Henkilötietojen käsittelijä');
  const country = dialog().getByRole('combobox', { name: 'Maa' });
  await country.click();
  await country.pressSequentially('Yhdysv', { delay: 15 });
  await expect(country.inputValue()).resolves.toBe('Yhdysv');
  await expect(page.getByText('Maata ei löydy').count()).resolves.toBe(0);
  await page.getByRole('option', { name: 'Yhdysvallat (US)' }).click();
  await expect(country.inputValue()).resolves.toBe('Yhdysvallat (US)');
  await choose(dialog(), 'Siirron suojatoimi', 'Vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)');
  await dialog().getByRole('button', { name: 'Luo vastaanottaja' }).click();
  await dialog().waitFor({ state: 'detached' });
  for (const [kind, name] of [['purposes', 'Asiakassuhteen hoitaminen'], ['data-categories', 'Yhteystiedot'], ['recipients', 'Pilvipalvelu Inc.']]) {
    await page.getByTestId(`relation-${kind}`).getByText(name, { exact: true }).waitFor();
  }

  // The rest, then save: the preview shows the saved notice.
  await page.locator('textarea[name="dataSubjects.fi"]').fill('Yrityksen asiakkaat.');
  await page.locator('textarea[name="retention.fi"]').fill(RETENTION_V1);
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.getByText('Rekisteri tallennettu').first().waitFor();
  const preview = page.frameLocator('iframe[title="Tietosuojaselosteen esikatselu"]');
  await preview.getByText(RETENTION_V1).waitFor();

  // The form numbers its sections as the notice does: without a contact person or sources the
  // notice leaves those sections out, and the recipients are "5." in both.
  await page.locator('#compose-recipients-title').getByText(/^5\. /).waitFor();
  const noticeNumbers = await preview.locator('section[id^="notice-"] > h2').evaluateAll((headings) =>
    headings.map((h2) => [h2.parentElement!.id.replace('notice-', ''), /^(\d+)\. /.exec(h2.textContent ?? '')?.[1] ?? null]),
  );
  const formNumbers = await page.locator('section[id^="compose-"] h2').evaluateAll((headings) =>
    headings.map((h2) => [h2.id.replace(/^compose-|-title$/g, ''), /^(\d+)\. /.exec(h2.textContent ?? '')?.[1] ?? null]),
  );
  const numbered = noticeNumbers.filter(([, number]) => number !== null);
  expect(numbered).toContainEqual(['recipients', '5']);
  expect(formNumbers.filter(([, number]) => number !== null)).toEqual(numbered);
  await expect(page.locator('#compose-contact').getByText(/Ei näy selosteessa/).count()).resolves.toBe(1);
  await checkPage('rekisteri tallennettu');

  // The completeness check: a bar that shows, the missing items first, each leading to its field.
  await page.getByRole('tab', { name: 'Kattavuustarkistus' }).click();
  const completeness = page.locator('section[aria-labelledby="completeness-title"]');
  const bar = completeness.getByRole('progressbar');
  await bar.waitFor();
  const barColours = await bar.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element.firstElementChild as Element).backgroundColor]);
  expect(barColours.every((colour) => colour !== 'rgb(255, 255, 255)' && colour !== 'rgba(0, 0, 0, 0)')).toBe(true);
  const statuses = await completeness.locator('li[data-status]').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
  expect(statuses[0]).toBe('missing');
  expect(statuses.lastIndexOf('missing')).toBeLessThan(statuses.indexOf('present'));
  await checkPage('kattavuustarkistus');
  await completeness.getByRole('button', { name: /^Siirry kenttään/ }).first().click();
  await expect(page.evaluate(() => document.activeElement?.closest('[data-field], [id^="compose-"]') !== null)).resolves.toBe(true);

  await publish('Ensimmäinen versio.');
  await page.getByText('Versio 1 julkaistu.').first().waitFor();

  await page.locator('textarea[name="retention.fi"]').fill(RETENTION_V2);
  await publish('Säilytysaika tarkennettu.');
  await page.getByText('Versio 2 julkaistu.').first().waitFor();
  await checkPage('versio 2 julkaistu');

  // The history: compare versions 1 and 2 side by side.
  await page.getByRole('link', { name: 'Versiohistoria' }).click();
  await page.getByTestId('version-row-2').getByText('Säilytysaika tarkennettu.').waitFor();
  await checkPage('versiohistoria');
  await page.getByRole('checkbox', { name: 'Valitse versio 1' }).click();
  await page.getByRole('checkbox', { name: 'Valitse versio 2' }).click();
  await page.getByRole('button', { name: 'Vertaa' }).hover();
  await page.getByRole('button', { name: 'Vertaa' }).click();
  const retention = page.getByTestId('diff-retention');
  await retention.waitFor();
  await expect(retention.locator('ins').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('kaksi vuotta')]));
  // The pointer stays on the compare button: its hover colour must keep its text readable too.
  await checkPage('versioiden vertailu');
  await page.getByRole('heading', { name: 'Versio 1 verrattuna versioon 2' }).waitFor();

  // An announced version 3 (published through the API): the registers list says when it takes effect.
  const [register] = await api('GET', '/privacy-notices/registers');
  await api('PUT', `/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: 'Tiedot salataan.' } } });
  await api('POST', `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true, effectiveFrom: '2099-01-01T10:00:00Z' } });
  await page.getByRole('link', { name: 'Rekisterit' }).click();
  const row = page.getByRole('row', { name: /Asiakasrekisteri/ });
  await row.getByText('Tulee voimaan 1.1.2099').waitFor();
  await checkPage('rekisterit');

  // The library, every kind; then the record of processing.
  for (const [link, entry] of [
    ['Rekisterinpitäjät', 'Kuusikko Design Oy'],
    ['Käsittelyn tarkoitukset', 'Asiakassuhteen hoitaminen'],
    ['Henkilötietoryhmät', 'Yhteystiedot'],
    ['Vastaanottajat', 'Pilvipalvelu Inc.'],
  ]) {
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: link, level: 1 }).waitFor();
    await page.getByRole('row', { name: new RegExp(entry) }).waitFor();
    await checkPage(`kirjasto: ${link}`);
    // Its edit dialog, which names the register the entry serves.
    await page.getByRole('button', { name: `Muokkaa: ${entry}` }).click();
    await dialog().getByText('Asiakasrekisteri').first().waitFor();
    await checkPage(`kirjasto: ${link}, muokkaus`, '[role="dialog"]');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  }
  // Deleting an entry a register uses is refused, in Finnish, naming the register.
  // (Confirmations are alert dialogs.)
  const alert = () => page.getByRole('alertdialog');
  await page.getByRole('button', { name: 'Poista: Pilvipalvelu Inc.' }).click();
  await checkPage('kirjasto: poiston vahvistus', '[role="alertdialog"]');
  await alert().getByRole('button', { name: 'Vahvista' }).click();
  await alert().getByText('Asiakasrekisteri').first().waitFor();
  await checkPage('kirjasto: poisto estetty', '[role="alertdialog"]');
  await page.keyboard.press('Escape');
  await alert().waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Tuo seloste' }).click();
  await page.getByRole('heading', { name: 'Tuo vanha seloste', level: 1 }).waitFor();
  await checkPage('tuo seloste');
  await page.getByRole('link', { name: 'Seloste käsittelytoimista' }).click();
  await page.getByRole('heading', { name: 'Seloste käsittelytoimista', level: 1 }).waitFor();
  await page.getByText('Asiakasrekisteri').first().waitFor();
  await checkPage('seloste käsittelytoimista');

  // A slug changed while someone else publishes the register: the refusal is said in Finnish.
  const other = await api('POST', '/privacy-notices/registers', { data: { slug: 'henkilostorekisteri', title: { fi: 'Henkilöstörekisteri' } } });
  await page.goto(`${playground.url}/admin/plugins/privacy-notices/registers/${other.documentId}`);
  await page.getByRole('heading', { name: 'Henkilöstörekisteri', level: 1 }).waitFor();
  await page.locator('input[name="slug"]').fill('tyontekijat');
  await api('POST', `/privacy-notices/registers/${other.documentId}/publish`, { data: { acceptGaps: true } });
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.getByText('Osoitteessa ”henkilostorekisteri” on 1 julkaistu versio, joten osoitetta ei voi muuttaa.').first().waitFor();

  // The plugin's page in Strapi's settings: which webhooks get the notices' events.
  await api('POST', '/admin/webhooks', { name: 'Sivusto', url: 'https://sivusto.example/webhook', headers: {}, events: ['entry.publish'] });
  await page.goto(`${playground.url}/admin/settings/privacy-notices/webhook-events`);
  await page.getByRole('heading', { name: 'Webhook-tapahtumat', level: 1 }).waitFor();
  await page.getByText('Sivusto').first().waitFor();
  await checkPage('asetukset: webhook-tapahtumat');

  // The browser logs the two refusals this test provoked (409), and nothing else.
  const provoked = /status of 409 \(Conflict\) \(http:\/\/[^)]+\/privacy-notices\/(recipients|registers)\/[a-z0-9]+\)$/;
  expect(consoleMessages.filter((message) => !provoked.test(message))).toEqual([]);
  expect(consoleMessages.filter((message) => provoked.test(message))).toHaveLength(2);
}));
