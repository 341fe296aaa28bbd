/**
 * Strapi webhooks: `privacy-notice.publish` for every published version and
 * `privacy-notice.effective` when a version announced ahead takes effect, received by a local HTTP
 * listener through Strapi's own webhook system — each exactly once, also when several processes
 * run the effective-date check on one database (PostgreSQL or MySQL; SQLite is one process).
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { startInstance, stopInstance, type Instance } from './helpers/instances';
import { composedRegister, publish } from './helpers/fixtures';
import { listenForWebhooks, type WebhookListener } from './helpers/webhook-listener';

const SEVERAL_PROCESSES = ['postgres', 'mysql'].includes(process.env.DATABASE_CLIENT ?? '');
/** The effective-date check every second, so that the test need not wait for a minute. */
const EVERY_SECOND = { PRIVACY_NOTICES_EFFECTIVE_CHECK_RULE: '* * * * * *' };

interface Received {
  event: string;
  notice: { slug: string; version: number; updatedOn: string; effectiveFrom: string; material: boolean; changeSummary: Record<string, string> | null; contentHash: string; recordHash: string };
}

let strapi: Core.Strapi;
let admin: AdminClient;
let listener: WebhookListener<Received>;
let url: string;

beforeAll(async () => {
  listener = await listenForWebhooks<Received>();
  ({ url } = listener);
  process.env.PRIVACY_NOTICES_EFFECTIVE_CHECK_RULE = EVERY_SECOND.PRIVACY_NOTICES_EFFECTIVE_CHECK_RULE;
  ({ strapi, admin } = await bootStrapi(EVERY_SECOND));
  // As an administrator picks them in Settings → Webhooks.
  await admin.post('/admin/webhooks', { name: 'Privacy notices', url, headers: {}, events: ['privacy-notice.publish', 'privacy-notice.effective'] }).expect(201);
});
afterAll(async () => {
  await stopStrapi(strapi);
  delete process.env.PRIVACY_NOTICES_EFFECTIVE_CHECK_RULE;
  listener.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const eventsFor = (slug: string, event: string) => listener.received.filter((r) => r.event === event && r.notice.slug === slug);

async function until(check: () => boolean, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!check() && Date.now() < deadline) await sleep(200);
}

async function publicVersion(slug: string, version: number) {
  const request = (await import('supertest')).default;
  const versions = (await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}/versions`).expect(200)).body.data as { version: number; recordHash: string; contentHash: string; effectiveFrom: string; updatedOn: string }[];
  return versions.find((v) => v.version === version)!;
}

it('the events are Strapi webhook events: accepted by the webhook store, an unknown one refused', async () => {
  const store = strapi.get('webhookStore') as { listAllowedEvents(): string[]; getAllowedEvent(key: string): string };
  expect(store.listAllowedEvents()).toEqual(expect.arrayContaining(['PRIVACY_NOTICE_PUBLISH', 'PRIVACY_NOTICE_EFFECTIVE']));
  expect(store.getAllowedEvent('PRIVACY_NOTICE_EFFECTIVE')).toBe('privacy-notice.effective');
  await admin.post('/admin/webhooks', { name: 'Wrong', url, headers: {}, events: ['privacy-notice.unpublish'] }).expect(400);
});

it('publishing sends privacy-notice.publish once, with what a site needs to tell its readers', async () => {
  const { register } = await composedRegister(admin);
  const slug = register.slug as string;
  await publish(admin, register.documentId, { changeSummary: { fi: 'Ensimmäinen versio', en: 'First version' }, material: true }).expect(201);
  await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: 'Salaus.' } } }).expect(200);
  await publish(admin, register.documentId, { changeSummary: { fi: 'Turvatoimet' } }).expect(201);
  // Nothing changed: refused, and nothing sent.
  await publish(admin, register.documentId).expect(409);
  await until(() => eventsFor(slug, 'privacy-notice.publish').length >= 2);
  await sleep(1000);

  const events = eventsFor(slug, 'privacy-notice.publish');
  expect(events.map((e) => e.notice.version)).toEqual([1, 2]);
  for (const event of events) {
    const stored = await publicVersion(slug, event.notice.version);
    expect(event.notice).toMatchObject({ slug, recordHash: stored.recordHash, contentHash: stored.contentHash, effectiveFrom: stored.effectiveFrom, updatedOn: stored.updatedOn });
  }
  expect(events[0].notice).toMatchObject({ material: true, changeSummary: { fi: 'Ensimmäinen versio', en: 'First version' } });
  expect(events[1].notice).toMatchObject({ material: false, changeSummary: { fi: 'Turvatoimet' } });
  // Taking effect at once is no announcement: no effective event.
  expect(eventsFor(slug, 'privacy-notice.effective')).toEqual([]);
});

it('an announced version sends privacy-notice.effective once when it takes effect, however often the check runs', async () => {
  const { register } = await composedRegister(admin);
  const slug = register.slug as string;
  await publish(admin, register.documentId).expect(201);
  await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: 'Uusi salaus.' } } }).expect(200);
  const effectiveFrom = new Date(Date.now() + 4000).toISOString();
  await publish(admin, register.documentId, { effectiveFrom, material: true, changeSummary: { fi: 'Muuttuu pian' } }).expect(201);
  await sleep(1500);
  expect(eventsFor(slug, 'privacy-notice.effective')).toEqual([]);

  // The cron task and, at the same moment, several more runs of the check in this process.
  while (Date.now() < Date.parse(effectiveFrom)) await sleep(100);
  const sent = await Promise.all(Array.from({ length: 5 }, () => strapi.plugin('privacy-notices').service('events').announceTakingEffect()));
  await until(() => eventsFor(slug, 'privacy-notice.effective').length >= 1);
  await sleep(3000);
  const events = eventsFor(slug, 'privacy-notice.effective');
  expect(events).toHaveLength(1);
  expect(events[0].notice).toMatchObject({ slug, version: 2, effectiveFrom, material: true, changeSummary: { fi: 'Muuttuu pian' }, recordHash: (await publicVersion(slug, 2)).recordHash });
  expect((sent as number[]).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
});

(SEVERAL_PROCESSES ? describe : describe.skip)('three processes on one database', () => {
  let instances: Instance[] = [];
  beforeAll(async () => {
    instances = await Promise.all([startInstance(EVERY_SECOND), startInstance(EVERY_SECOND)]);
  });
  afterAll(() => Promise.all(instances.map(stopInstance)));

  it('send each event once: the publish from the process that published, the effective date from one of them', async () => {
    const { register } = await composedRegister(admin);
    const slug = register.slug as string;
    const call = (instance: Instance, path: string, body: object) =>
      fetch(instance.url + path, { method: 'POST', headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await call(instances[0], `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true } })).status).toBe(201);
    await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: 'Kolmas prosessi.' } } }).expect(200);
    const effectiveFrom = new Date(Date.now() + 4000).toISOString();
    expect((await call(instances[1], `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true, effectiveFrom, material: true } })).status).toBe(201);

    await until(() => eventsFor(slug, 'privacy-notice.effective').length >= 1);
    // Every process has run its check several times since.
    await sleep(5000);
    expect(eventsFor(slug, 'privacy-notice.publish').map((e) => e.notice.version)).toEqual([1, 2]);
    expect(eventsFor(slug, 'privacy-notice.effective').map((e) => e.notice.version)).toEqual([2]);
  });
});
