/**
 * Settings → Privacy notices → Webhook events in a real browser against the playground: ticking
 * `privacy-notice.publish` for a webhook made in Settings → Webhooks saves it to Strapi with the
 * webhook's other events, name, URL and headers kept; saving the webhook again from Strapi's own
 * form keeps the plugin's event; publishing a register then calls the webhook. An admin who may
 * read webhooks but not update them sees the choices and is told why they cannot change them.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { axeViolations, settled, stillPage } from './helpers/checks';
import { addEditorWith, startPlayground, type Playground } from './helpers/playground';
import { adminApiOf, keepFailureScreenshot, logIn, type AdminApi } from './helpers/session';
import { listenForWebhooks, type WebhookListener } from '../integration/helpers/webhook-listener';

let playground: Playground;
let browser: Browser;
let page: Page | undefined;
let api: AdminApi;
let listener: WebhookListener<{ event: string; notice?: { slug: string; version: number } }>;
let hookUrl: string;

beforeAll(async () => {
  listener = await listenForWebhooks();
  hookUrl = listener.url;
  playground = await startPlayground();
  api = await adminApiOf(playground);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  listener?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openWebhookEvents() {
  page = await stillPage(browser, { viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(30_000);
  return page;
}

test('ticking the publish event for a webhook keeps its other events, and publishing a register calls it', () =>
  keepFailureScreenshot(() => page, 'webhook-events', async () => {
    const created = await api('POST', '/admin/webhooks', {
      name: 'Site rebuild',
      url: hookUrl,
      headers: { 'X-Token': 'rebuild-secret' },
      events: ['entry.publish', 'media.create'],
    });
    const browserPage = await openWebhookEvents();
    await logIn(browserPage, playground);
    // Reached as an administrator reaches it: from Strapi's Settings menu.
    await browserPage.goto(`${playground.url}/admin/settings`);
    await browserPage.getByRole('link', { name: 'Webhook events' }).click({ timeout: 60_000 });
    await browserPage.getByRole('heading', { name: 'Webhook events', level: 1 }).waitFor();
    await browserPage.getByRole('link', { name: 'Create or edit webhooks in Settings → Webhooks' }).waitFor();

    const webhook = browserPage.locator(`[data-webhook="${created.id}"]`);
    await webhook.getByText('Site rebuild').waitFor();
    const publish = webhook.getByRole('checkbox', { name: 'A version is published (privacy-notice.publish)' });
    const effective = webhook.getByRole('checkbox', { name: 'A version takes effect (privacy-notice.effective)' });
    expect(await publish.isChecked()).toBe(false);
    expect(await effective.isChecked()).toBe(false);
    await settled(browserPage);
    expect(await axeViolations(browserPage)).toEqual([]);

    await publish.click();
    await browserPage.getByRole('button', { name: 'Save' }).click();
    await browserPage.getByText('Webhook events saved').waitFor();

    const saved = await api('GET', `/admin/webhooks/${created.id}`);
    expect([...saved.events].sort()).toEqual(['entry.publish', 'media.create', 'privacy-notice.publish']);
    expect(saved).toMatchObject({ name: 'Site rebuild', url: hookUrl, headers: { 'X-Token': 'rebuild-secret' }, isEnabled: true });

    // Saving the webhook from Strapi's own form, which does not list the plugin's events, keeps it.
    await browserPage.goto(`${playground.url}/admin/settings/webhooks/${created.id}`);
    const name = browserPage.locator('input[name="name"]');
    await name.waitFor();
    await name.fill('Site rebuild and mail');
    await browserPage.getByRole('button', { name: 'Save' }).click();
    await browserPage.getByText('Changes saved').first().waitFor();
    const resaved = await api('GET', `/admin/webhooks/${created.id}`);
    expect(resaved.name).toBe('Site rebuild and mail');
    expect([...resaved.events].sort()).toEqual(['entry.publish', 'media.create', 'privacy-notice.publish']);

    // Publishing a register now calls the webhook with the plugin's event.
    const controller = await api('POST', '/privacy-notices/controllers', { data: { name: 'Äänekosken Öljy Oy', businessId: '0737546-2', city: 'Äänekoski', email: 'tietosuoja@oljy.example' } });
    const purpose = await api('POST', '/privacy-notices/purposes', { data: { title: { fi: 'Asiakassuhteen hoitaminen' }, legalBasis: 'contract' } });
    const register = await api('POST', '/privacy-notices/registers', {
      data: { slug: 'asiakasrekisteri', title: { fi: 'Asiakasrekisteri' }, controller: controller.documentId, purposes: [purpose.documentId], retention: { fi: 'Kaksi vuotta.' } },
    });
    await api('POST', `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true, updatedOn: '2024-01-01' } });
    const deadline = Date.now() + 20_000;
    while (!listener.received.some((body) => body.event === 'privacy-notice.publish') && Date.now() < deadline) await sleep(200);
    expect(listener.received.filter((body) => body.event === 'privacy-notice.publish').map((body) => body.notice)).toEqual([
      expect.objectContaining({ slug: 'asiakasrekisteri', version: 1 }),
    ]);
    await browserPage.close();
  }));

test('an admin who may read webhooks but not update them sees the events and is told why they cannot change them', () =>
  keepFailureScreenshot(() => page, 'webhook-events-read-only', async () => {
    const browserPage = await openWebhookEvents();
    await logIn(browserPage, playground, await addEditorWith(playground, ['admin::webhooks.read']));
    await browserPage.goto(`${playground.url}/admin/settings/privacy-notices/webhook-events`);
    await browserPage.getByRole('heading', { name: 'Webhook events', level: 1 }).waitFor();
    await browserPage.getByText('You can see the webhooks but not change them: that needs Strapi\'s permission to update webhooks.').waitFor();
    const publish = browserPage.getByRole('checkbox', { name: 'A version is published (privacy-notice.publish)' }).first();
    await publish.waitFor();
    expect(await publish.isChecked()).toBe(true);
    expect(await publish.isDisabled()).toBe(true);
    expect(await browserPage.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await browserPage.close();
  }));

test('an admin without Strapi\'s webhook permissions is told what they need', () =>
  keepFailureScreenshot(() => page, 'webhook-events-no-read', async () => {
    const browserPage = await openWebhookEvents();
    await logIn(browserPage, playground, await addEditorWith(playground, ['read']));
    await browserPage.goto(`${playground.url}/admin/settings/privacy-notices/webhook-events`);
    await browserPage.getByText("You need Strapi's permission to read webhooks (Settings → Webhooks) to see this page.").waitFor();
    expect(await browserPage.getByRole('checkbox').count()).toBe(0);
    await browserPage.close();
  }));
