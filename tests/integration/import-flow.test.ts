/**
 * The editor's way from a legacy notice to a published one: preview the import, choose the legal
 * bases, create the draft, fix what the completeness check lists, publish.
 */
import { readFileSync } from 'fs';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { publish } from './helpers/fixtures';

const FIXTURES = path.resolve(__dirname, '../fixtures/notices');

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

interface Report {
  complete: boolean;
  score: { present: number; required: number };
  items: Array<{ id: string; status: string; problems?: Array<{ field: string }> }>;
}

const checkOf = async (documentId: string): Promise<Report> =>
  (await admin.get(`/privacy-notices/registers/${documentId}/check?locale=fi`).expect(200)).body.data;
const missing = (report: Report) => report.items.filter((item) => item.status === 'missing').map((item) => item.id);

it('imports numbered-sections.txt, fixes the gaps the check lists, and publishes', async () => {
  const text = readFileSync(path.join(FIXTURES, 'numbered-sections.txt'), 'utf8');

  // 1. Preview: six purposes listed in the notice, none with a legal basis.
  const preview = await admin.post('/privacy-notices/import', { data: { text, locale: 'fi', dryRun: true } }).expect(200);
  expect(preview.body.data.registers[0].purposes.map((purpose: { legalBasis: string | null }) => purpose.legalBasis)).toEqual([null, null, null, null, null, null]);

  // 2. The editor chooses the bases; the catch-all sixth "purpose" is left out.
  const interest = (fi: string) => ({ legalBasis: 'legitimate-interests', legitimateInterest: fi });
  const created = await admin
    .post('/privacy-notices/import', {
      data: {
        text,
        locale: 'fi',
        legalBases: [
          [
            { legalBasis: 'contract' },
            interest('Palvelun laadun seuraaminen'),
            interest('Liiketoiminnan kehittäminen'),
            interest('Suoramarkkinointi asiakkaille'),
            { legalBasis: 'consent' },
            null,
          ],
        ],
      },
    })
    .expect(201);
  const [{ documentId, slug }] = created.body.data.registers;

  // 3. What is still missing: the controller's contact details, retention, the statutory requirement,
  // and the two questions only the organisation can answer (no default answer is ever assumed).
  const before = await checkOf(documentId);
  expect(missing(before)).toEqual(['controller', 'transfers', 'retention', 'statutoryRequirement', 'automatedDecisions']);
  expect(before.items.find((item) => item.id === 'controller')?.problems?.[0].field).toMatchObject({ scope: 'controller', name: 'email' });

  // 4. Fixing them through the admin API, as the compose page does.
  const register = (await admin.get(`/privacy-notices/registers/${documentId}`).expect(200)).body.data;
  await admin
    .put(`/privacy-notices/controllers/${register.controller.documentId}`, {
      data: { email: 'toimisto@twiitti.fi', streetAddress: 'Esimerkkikatu 1', postalCode: '00100', city: 'Helsinki' },
    })
    .expect(200);
  const purposeText = register.extraSections.findIndex((section: { title: { fi: string } }) => section.title.fi === 'Henkilötietojen käsittelyn tarkoitus');
  await admin
    .put(`/privacy-notices/registers/${documentId}`, {
      data: {
        retention: { fi: 'Asiakastietoja säilytetään asiakkuuden ajan ja kaksi vuotta sen päättymisestä.' },
        statutoryRequirement: { fi: 'Tietojen antaminen on asiakassuhteen edellytys; markkinointiin liittyvien tietojen antaminen on vapaaehtoista.' },
        // The source says "Tietoja ei siirretä Euroopan talousalueen … ulkopuolelle"; the editor answers both questions.
        transfersOutsideEea: 'no',
        automatedDecisionMaking: 'none',
        // The purposes now say what the section as written said.
        extraSections: register.extraSections.filter((_: unknown, i: number) => i !== purposeText),
      },
    })
    .expect(200);

  const after = await checkOf(documentId);
  expect(missing(after)).toEqual([]);
  expect(after.complete).toBe(true);
  expect(after.score.present).toBe(after.score.required);

  // 5. Publish: complete, so no warnings, and readers get it.
  const published = await publish(admin, documentId, { changeSummary: { fi: 'Seloste päivitetty tietosuoja-asetuksen mukaiseksi.' }, material: true });
  expect(published.status).toBe(201);
  expect(published.body.data.warnings).toEqual([]);
  expect(published.body.data.completeness.complete).toBe(true);
  const notice = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}`).expect(200);
  expect(notice.body.data.notice.retention).toBe('Asiakastietoja säilytetään asiakkuuden ajan ja kaksi vuotta sen päättymisestä.');
  expect(notice.body.data.notice.purposes).toHaveLength(5);
});
