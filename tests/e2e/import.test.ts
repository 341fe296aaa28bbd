/**
 * The import page in a real browser against the real playground: paste a notice, read the
 * warnings in the admin's words, move a block of lines to another section and see the plan
 * updated, pick a purpose's legal basis, confirm one of the answers the notice states, then create
 * the draft and find the corrections in it; then use library entries instead of new ones, one
 * suggested beside the purpose, one found by searching the library; and cut a register of its own
 * out of another, the choices made for the register after it staying with that register.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { startPlayground, type Playground } from './helpers/playground';
import { adminApiOf, keepFailureScreenshot, logIn, type AdminApi } from './helpers/session';

const NOTICE = [
  'Rekisteri- ja tietosuojaseloste',
  '',
  '1. Rekisterin nimi',
  'Kerhon jäsenrekisteri',
  '',
  '2. Rekisterinpitäjä',
  'Kerho ry (Y-tunnus 2345678-0), Kerhotie 2, 33100 Tampere, kerho@kerho.example',
  '',
  '3. Mihin käytämme henkilötietojasi?',
  '- jäsenyyden hoitaminen',
  '',
  '4. Kuinka kauan tietoja säilytetään?',
  'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.',
  'Tiedot on tallennettu salasanalla suojattuun järjestelmään.',
  '',
  '5. Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle?',
  'Tietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle komission vakiosopimuslausekkeiden perusteella.',
  '',
  '6. Automaattinen päätöksenteko',
  'Automaattisia päätöksiä ei tehdä.',
].join('\n');
const SECURITY_LINE = 14;

let playground: Playground;
let browser: Browser;
let page: Page;
let api: AdminApi;

beforeAll(async () => {
  playground = await startPlayground();
  api = await adminApiOf(playground);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(30_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

/** The register as the admin API gives it. */
async function registerNamed(title: string) {
  const list = (await api('GET', '/privacy-notices/registers?pageSize=100')) as Array<{ documentId: string; title: Record<string, string> }>;
  const found = list.find((register) => register.title.fi === title);
  if (!found) throw new Error(`no register "${title}"`);
  return (await api('GET', `/privacy-notices/registers/${found.documentId}`)) as Record<string, unknown>;
}

test('an editor moves a block to another section in the preview and creates the draft', () => keepFailureScreenshot(() => page, 'import-e2e', async () => {
  await logIn(page, playground);

  await page.goto(`${playground.url}/admin/plugins/privacy-notices/import`);
  await page.getByRole('heading', { name: 'Import a legacy notice' }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Text of the notice').fill(NOTICE);
  await page.getByRole('button', { name: 'Preview' }).click();

  // The warnings speak the admin's language and name the purpose by its title, not a field path.
  await page.getByText('Purpose “Jäsenyyden hoitaminen”: the notice names no legal basis for it').waitFor();
  await expect(page.getByText(/purposes\[|purposesText/).count()).resolves.toBe(0);

  // The security sentence was read into retention; it starts the security section from its line.
  const line = page.locator(`li[data-line="${SECURITY_LINE}"]`);
  await line.getByText('Retention', { exact: true }).waitFor();
  await line.getByRole('combobox', { name: 'Section from here' }).click();
  await page.getByRole('option', { name: 'Security', exact: true }).click();
  await page.getByRole('button', { name: 'Update the plan' }).click();
  // The picker shows the choice at once; the updated plan adds the line's section label beside it.
  await line.getByText('Security', { exact: true }).nth(1).waitFor();
  await page.locator(`li[data-line="${SECURITY_LINE - 1}"]`).getByText('Retention', { exact: true }).waitFor();

  // The purpose's legal basis, picked in the preview.
  await page.getByRole('combobox', { name: 'Legal basis' }).click();
  await page.getByRole('option', { name: 'Contract (Article 6(1)(b) GDPR)' }).click();
  // The plan follows the choice by itself: the warning that asked for a basis goes.
  await page.getByText('Purpose “Jäsenyyden hoitaminen”: the notice names no legal basis for it').waitFor({ state: 'detached' });

  // The text states both answers; the editor confirms only the transfers one.
  await page.getByText('Transfers outside the EU/EEA: yes').waitFor();
  await page.getByText('Automated decisions or profiling: none').waitFor();
  const confirmations = page.getByRole('checkbox', { name: 'Use this answer in the register' });
  await expect(confirmations.count()).resolves.toBe(2);
  await confirmations.first().click();
  await expect(confirmations.first().getAttribute('aria-checked')).resolves.toBe('true');

  await page.getByRole('button', { name: 'Create drafts' }).click();
  await page.getByText('1 draft register created').waitFor();

  const register = await registerNamed('Kerhon jäsenrekisteri');
  expect(register.security).toEqual({ fi: 'Tiedot on tallennettu salasanalla suojattuun järjestelmään.' });
  expect(register.retention).toEqual({ fi: 'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.' });
  expect((register.purposes as Array<{ title: { fi: string }; legalBasis: string }>).map((purpose) => [purpose.title.fi, purpose.legalBasis])).toEqual([
    ['Jäsenyyden hoitaminen', 'contract'],
  ]);
  // The confirmed answer is the register's; the other question stays open for the editor.
  expect(register).toMatchObject({ transfersOutsideEea: 'yes', automatedDecisionMaking: null });
}));

test('an editor uses existing library entries instead of new ones and creates the draft', () => keepFailureScreenshot(() => page, 'import-reuse-e2e', async () => {
  const purpose = (await api('POST', '/privacy-notices/purposes', { data: { title: { fi: 'Kuoron tiedotus' }, legalBasis: 'consent' } })) as { documentId: string };
  const category = (await api('POST', '/privacy-notices/data-categories', { data: { name: { fi: 'Esiintyjien yhteystiedot' } } })) as { documentId: string };
  const choir = [
    'Rekisterin nimi',
    'Kuoron laulajarekisteri',
    '',
    'Käsittelyn tarkoitus',
    '- kuoron tiedottaminen',
    '',
    'Rekisterin tietosisältö',
    '- Laulajan puhelinnumero',
  ].join('\n');

  await page.goto(`${playground.url}/admin/plugins/privacy-notices/import`);
  await page.getByRole('heading', { name: 'Import a legacy notice' }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Text of the notice').fill(choir);
  await page.getByRole('button', { name: 'Preview' }).click();
  const noBasis = page.getByText('Purpose “Kuoron tiedottaminen”: the notice names no legal basis for it');
  await noBasis.waitFor();

  // The library's similar purpose is suggested beside the planned one: one click uses it, and the plan follows.
  await page.getByText('1 similar entry in the library', { exact: false }).first().waitFor();
  await page.getByRole('combobox', { name: 'Library entry for “Kuoron tiedottaminen”' }).click();
  await page.getByRole('option', { name: 'Use “Kuoron tiedotus” from the library' }).click();
  await page.getByText('The library\'s “Kuoron tiedotus” is used, with its own legal basis.').waitFor();
  await noBasis.waitFor({ state: 'detached' });

  // A data category with another name, found by searching the library with the compose page's picker.
  await page.getByRole('combobox', { name: 'Library entry for “Laulajan puhelinnumero”' }).click();
  await page.getByRole('option', { name: 'Search the library…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByPlaceholder('Search').fill('Esiintyjien');
  const row = dialog.getByRole('row').filter({ hasText: 'Esiintyjien yhteystiedot' });
  await row.getByRole('button', { name: 'Choose' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('combobox', { name: 'Library entry for “Laulajan puhelinnumero”' }).getByText('Use “Esiintyjien yhteystiedot” from the library').waitFor();

  await page.getByRole('button', { name: 'Create drafts' }).click();
  await page.getByText('1 draft register created').waitFor();

  const register = await registerNamed('Kuoron laulajarekisteri');
  expect((register.purposes as Array<{ documentId: string }>).map((entry) => entry.documentId)).toEqual([purpose.documentId]);
  expect((register.dataCategories as Array<{ documentId: string }>).map((entry) => entry.documentId)).toEqual([category.documentId]);
  // No copy of either was created.
  await expect(api('GET', '/privacy-notices/purposes?q=tiedottaminen')).resolves.toEqual([]);
  await expect(api('GET', '/privacy-notices/data-categories?q=puhelinnumero')).resolves.toEqual([]);
}));

test('a choice stays with its register when a section move cuts a new register before it', () => keepFailureScreenshot(() => page, 'import-registers-e2e', async () => {
  const club = [
    'Rekisterin nimi',
    'Soutukerhon jäsenrekisteri',
    '',
    'Rekisterinpitäjä',
    'Soutukerho ry, Rantatie 2, 33100 Tampere, soutu@soutu.example',
    '',
    'Tietolähteet',
    'Tiedot saadaan jäseneltä itseltään.',
    '',
    'Tietojen säilytys',
    'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.',
    '',
    'Soutukurssit',
    '',
    'Tietolähteet',
    'Tiedot saadaan kurssille ilmoittautuvalta.',
    '',
    'Tietojen säilytys',
    'Tiedot poistetaan kurssin päätyttyä.',
    '',
    'Rekisterin nimi',
    'Soututapahtumien rekisteri',
    '',
    'Rekisterinpitäjä',
    'Soutukerho ry, Rantatie 2, 33100 Tampere, soutu@soutu.example',
    '',
    'Tietolähteet',
    'Tiedot saadaan osallistujalta.',
    '',
    'Tietojen säilytys',
    'Tiedot poistetaan tapahtuman jälkeen.',
  ].join('\n');
  const COURSES_LINE = 13;
  const card = (title: string) => page.locator('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const kind = (title: string) => card(title).getByRole('combobox', { name: 'Where the data come from' });

  await page.goto(`${playground.url}/admin/plugins/privacy-notices/import`);
  await page.getByRole('heading', { name: 'Import a legacy notice' }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Text of the notice').fill(club);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('heading', { name: '2 registers found' }).waitFor();

  // The editor says the events register's data come from the participant only.
  await kind('Soututapahtumien rekisteri').click();
  await page.getByRole('option', { name: 'From the data subject (Article 13 GDPR)' }).click();
  await card('Soututapahtumien rekisteri').getByText('Read from the notice', { exact: false }).waitFor({ state: 'detached' });

  // The courses were read into the member register: the editor makes their line a register's name.
  // (A line ending in a register word, "Soutukurssien rekisteri", would have been split without help.)
  const line = page.locator(`li[data-line="${COURSES_LINE}"]`);
  await line.getByRole('combobox', { name: 'Section from here' }).click();
  await page.getByRole('option', { name: 'Register name', exact: true }).click();
  await page.getByRole('button', { name: 'Update the plan' }).click();
  await page.getByRole('heading', { name: '3 registers found' }).waitFor();

  // The choice stayed with the events register, now the third; the new register has the kind read from its text.
  await kind('Soututapahtumien rekisteri').getByText('From the data subject (Article 13 GDPR)').waitFor();
  await kind('Soutukurssit').getByText('Both (Article 13 GDPR and Article 14 GDPR)').waitFor();

  await page.getByRole('button', { name: 'Create drafts' }).click();
  await page.getByText('3 draft registers created').waitFor();
  await expect(registerNamed('Soututapahtumien rekisteri')).resolves.toMatchObject({ noticeKind: 'art13' });
  await expect(registerNamed('Soutukurssit')).resolves.toMatchObject({ noticeKind: 'both' });
  await expect(registerNamed('Soutukerhon jäsenrekisteri')).resolves.toMatchObject({ noticeKind: 'both' });
}));
