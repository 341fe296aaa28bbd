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

async function until(check: () => boolean, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (!check() && Date.now() < deadline) await sleep(200);
}
const byVersion = (events: Received[]) => [...events].sort((a, b) => a.notice.version - b.notice.version);
const announceTakingEffect = (now?: Date): Promise<number> => strapi.plugin('privacy-notices').service('events').announceTakingEffect(now);

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

  // Webhooks are sent side by side: they may arrive in either order.
  const events = byVersion(eventsFor(slug, 'privacy-notice.publish'));
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

/** A register with version 1 published and an edit waiting, so that the next publish is version 2. */
async function registerWithEdit(text: string) {
  const { register } = await composedRegister(admin);
  await publish(admin, register.documentId).expect(201);
  await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { security: { fi: text } } }).expect(200);
  return { documentId: register.documentId as string, slug: register.slug as string };
}

it('an announced version sends privacy-notice.effective once at its moment, however many checks run at once', async () => {
  const { documentId, slug } = await registerWithEdit('Uusi salaus.');
  // Far ahead, so that only the checks below, each told what time it is, reach the moment.
  const effectiveFrom = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  await publish(admin, documentId, { effectiveFrom, material: true, changeSummary: { fi: 'Muuttuu pian' } }).expect(201);
  const moment = Date.parse(effectiveFrom);

  // Just before its moment: nothing, from any number of checks.
  const early = await Promise.all(Array.from({ length: 3 }, () => announceTakingEffect(new Date(moment - 1))));
  expect(early).toEqual([0, 0, 0]);

  // At its moment, five checks at once (as the cron tasks of several processes): exactly one sends.
  const sent = await Promise.all(Array.from({ length: 5 }, () => announceTakingEffect(new Date(moment))));
  // (No other announced version in this database is due by then.)
  expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
  // And later checks, within the catch-up window, do not send it again.
  expect(await announceTakingEffect(new Date(moment + 60_000))).toBe(0);

  await until(() => eventsFor(slug, 'privacy-notice.effective').length >= 1);
  await sleep(1000);
  const events = eventsFor(slug, 'privacy-notice.effective');
  expect(events).toHaveLength(1);
  expect(events[0].notice).toMatchObject({ slug, version: 2, effectiveFrom, material: true, changeSummary: { fi: 'Muuttuu pian' }, recordHash: (await publicVersion(slug, 2)).recordHash });
});

it('a version stored less than a second before its moment counts as taking effect at once: no effective event', async () => {
  const { documentId, slug } = await registerWithEdit('Melkein heti.');
  // However fast the publish, it is stored less than 300 ms before this moment (or after it).
  const effectiveFrom = new Date(Date.now() + 300).toISOString();
  await publish(admin, documentId, { effectiveFrom }).expect(201);
  await announceTakingEffect(new Date(Date.parse(effectiveFrom) + 5000));
  await until(() => eventsFor(slug, 'privacy-notice.publish').length >= 2);
  await sleep(1000);
  expect(eventsFor(slug, 'privacy-notice.publish')).toHaveLength(2);
  expect(eventsFor(slug, 'privacy-notice.effective')).toEqual([]);
});

it('the scheduled check sends privacy-notice.effective by itself once the moment has come, and not before', async () => {
  const { documentId, slug } = await registerWithEdit('Ajastettu salaus.');
  // Enough lead for a slow publish to be stored well ahead (the check counts only versions stored ≥ 1 s ahead).
  const effectiveFrom = new Date(Date.now() + 12_000).toISOString();
  const moment = Date.parse(effectiveFrom);
  await publish(admin, documentId, { effectiveFrom, material: true }).expect(201);
  if (Date.now() > moment - 1000) throw new Error(`publishing took longer than the 11 s lead allows (${Date.now() - moment} ms past the moment minus 1 s); the test proves nothing`);

  // Polled against a generous deadline; "nothing yet" is checked only while the moment is clearly ahead.
  const deadline = moment + 60_000;
  while (eventsFor(slug, 'privacy-notice.effective').length === 0 && Date.now() < deadline) {
    const clearlyBefore = Date.now() < moment - 1000;
    const soFar = eventsFor(slug, 'privacy-notice.effective');
    if (clearlyBefore) expect(soFar).toEqual([]);
    await sleep(200);
  }
  await sleep(2000);
  const events = eventsFor(slug, 'privacy-notice.effective');
  expect(events).toHaveLength(1);
  expect(events[0].notice).toMatchObject({ slug, version: 2, effectiveFrom, material: true });
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
    // Lead enough for a slow publish still to be stored more than 1 s ahead, so that it counts as announced.
    const effectiveFrom = new Date(Date.now() + 12_000).toISOString();
    expect((await call(instances[1], `/privacy-notices/registers/${register.documentId}/publish`, { data: { acceptGaps: true, effectiveFrom, material: true } })).status).toBe(201);
    if (Date.now() > Date.parse(effectiveFrom) - 1000) throw new Error('publishing took longer than the 11 s lead allows; the test proves nothing');

    await until(() => eventsFor(slug, 'privacy-notice.effective').length >= 1, Date.parse(effectiveFrom) + 60_000 - Date.now());
    // Every process has run its check several times since.
    await sleep(5000);
    // Sent by different processes: in either order.
    expect(byVersion(eventsFor(slug, 'privacy-notice.publish')).map((e) => e.notice.version)).toEqual([1, 2]);
    expect(eventsFor(slug, 'privacy-notice.effective').map((e) => e.notice.version)).toEqual([2]);
  });
});
