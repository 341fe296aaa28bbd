/**
 * The notice says only what the organisation said, for registers built through the admin API and
 * read through the public API: no statement on transfers or automated decisions without an
 * answer, the rights its purposes' legal bases give (a rights text of its own only adds), and the
 * conditions of special categories of data. Existing drafts read as unanswered.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import type { AdminClient } from './helpers/admin';
import { controllerBody, create, dataCategoryBody, publish, purposeBody, recipientBody, unique } from './helpers/fixtures';
import fiNotice from '../../locales/notice/fi.json';
import svNotice from '../../locales/notice/sv.json';
import enNotice from '../../locales/notice/en.json';

let strapi: Core.Strapi;
let admin: AdminClient;

beforeAll(async () => ({ strapi, admin } = await bootStrapi()));
afterAll(() => stopStrapi(strapi));

const TEXTS = { fi: fiNotice, sv: svNotice, en: enNotice };
const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** A published register built from these parts and register fields; its slug. */
async function published(parts: { purposes?: object[]; recipients?: object[]; dataCategories?: object[]; fields?: object } = {}) {
  const ids = async (kind: string, bodies: object[]) => Promise.all(bodies.map(async (body) => (await create(admin, kind, body)).documentId));
  const slug = unique('vastaukset');
  const register = await create(admin, 'registers', {
    slug,
    title: { fi: 'Asiakasrekisteri', sv: 'Kundregister', en: 'Customer register' },
    controller: (await create(admin, 'controllers', controllerBody())).documentId,
    purposes: await ids('purposes', parts.purposes ?? [purposeBody()]),
    recipients: await ids('recipients', parts.recipients ?? [recipientBody()]),
    dataCategories: await ids('data-categories', parts.dataCategories ?? []),
    retention: { fi: 'Kaksi vuotta.', sv: 'Två år.', en: 'Two years.' },
    ...parts.fields,
  });
  await publish(admin, register.documentId, { changeSummary: { fi: 'Ensimmäinen versio.' } }).expect(201);
  return { slug, documentId: register.documentId };
}

/** One section of the public notice, as Markdown, in a language; '' when the notice leaves it out. */
async function section(slug: string, id: string, locale = 'fi'): Promise<string> {
  const response = await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}?format=markdown&locale=${locale}`).expect(200);
  const heading = TEXTS[locale as keyof typeof TEXTS].sections[id as keyof typeof fiNotice.sections];
  const match = new RegExp(`^## \\d+\\. ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n([\\s\\S]*?)(?=\\n## |(?![\\s\\S]))`, 'm').exec(response.text);
  return match ? match[1].trim() : '';
}

describe('transfers outside the EU/EEA', () => {
  it('states nothing without an answer, in every language and format', async () => {
    const { slug } = await published();
    for (const locale of LANGUAGES) {
      const { standard, document } = TEXTS[locale];
      expect(await section(slug, 'transfers', locale)).toBe(document.placeholder);
      const html = (await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}?format=html&locale=${locale}`).expect(200)).text;
      expect(html).not.toContain(standard.noTransfers);
      expect(html).not.toContain(standard.transfersYes);
    }
    const json = (await request(strapi.server.httpServer).get(`/api/privacy-notices/notices/${slug}`).expect(200)).body.data.notice;
    expect(json.transfersOutsideEea).toBeNull();
  });

  it('says that nothing is transferred only after the answer "no"', async () => {
    const { slug } = await published({ fields: { transfersOutsideEea: 'no' } });
    for (const locale of LANGUAGES) expect(await section(slug, 'transfers', locale)).toBe(TEXTS[locale].standard.noTransfers);
  });

  it('with "yes" names each recipient outside the EU/EEA and its safeguard, and how to obtain a copy', async () => {
    const cloud = recipientBody({ name: { fi: 'Pilvipalvelu', en: 'Cloud service' }, country: 'US', transferSafeguard: 'standard-contractual-clauses' });
    const { slug } = await published({ recipients: [recipientBody(), cloud], fields: { transfersOutsideEea: 'yes' } });
    const en = await section(slug, 'transfers', 'en');
    expect(en).toContain('**Cloud service**, United States of America: Standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR)');
    expect(en).toContain(enNotice.standard.safeguardsCopy);
    expect(en).not.toContain('Accounting firm');
  });

  it('with "yes" and the text only, says so with the text and how to obtain a copy', async () => {
    const { slug } = await published({ fields: { transfersOutsideEea: 'yes', transfersText: { fi: 'Varmuuskopiot säilytetään Kanadassa.' } } });
    expect(await section(slug, 'transfers')).toBe([fiNotice.standard.transfersYes, 'Varmuuskopiot säilytetään Kanadassa.', fiNotice.standard.safeguardsCopy].join('\n\n'));
  });

  it('refuses an answer outside yes/no (400), and keeps an existing draft unanswered', async () => {
    const register = await create(admin, 'registers', { slug: unique('luonnos'), title: { fi: 'Luonnos' } });
    expect(register.transfersOutsideEea ?? null).toBeNull();
    expect(register.automatedDecisionMaking ?? null).toBeNull();
    const bad = await admin.put(`/privacy-notices/registers/${register.documentId}`, { data: { transfersOutsideEea: 'maybe' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['transfersOutsideEea']);
  });
});

describe('automated decisions and profiling', () => {
  it('states nothing without an answer, also when a text was written', async () => {
    const { slug } = await published({ fields: { automatedDecisions: { fi: 'Asiakkaita profiloidaan suoramarkkinointia varten.' } } });
    const fi = await section(slug, 'automatedDecisions');
    expect(fi).toBe('Asiakkaita profiloidaan suoramarkkinointia varten.');
    expect(fi).not.toContain(fiNotice.standard.noAutomatedDecisions);
    const { slug: empty } = await published();
    for (const locale of LANGUAGES) expect(await section(empty, 'automatedDecisions', locale)).toBe(TEXTS[locale].document.placeholder);
  });

  it('says there are none only after the answer "none"', async () => {
    const { slug } = await published({ fields: { automatedDecisionMaking: 'none' } });
    for (const locale of LANGUAGES) expect(await section(slug, 'automatedDecisions', locale)).toBe(TEXTS[locale].standard.noAutomatedDecisions);
  });

  it('with "yes" gives the logic and the significance and consequences', async () => {
    const { slug } = await published({
      fields: {
        automatedDecisionMaking: 'yes',
        automatedDecisions: { en: 'A credit score from the payment history.' },
        automatedDecisionsConsequences: { en: 'An order may be refused.' },
      },
    });
    const en = await section(slug, 'automatedDecisions', 'en');
    expect(en).toContain(enNotice.standard.automatedDecisionsYes);
    expect(en).toContain(`### ${enNotice.fields.automatedLogic}\n\nA credit score from the payment history.`);
    expect(en).toContain(`### ${enNotice.fields.automatedConsequences}\n\nAn order may be refused.`);
  });
});

describe('rights derived from the legal bases', () => {
  /** The rights the English notice lists, by their bold names. */
  const rightsOf = async (slug: string) => [...(await section(slug, 'rights', 'en')).matchAll(/^- \*\*([^*:]+)\*\*/gm)].map((match) => match[1]);
  const always = ['Right of access', 'Right to rectification', 'Right to erasure', 'Right to restriction of processing'];

  it.each<[string, object[], string[]]>([
    ['a legal obligation', [purposeBody({ legalBasis: 'legal-obligation' })], always],
    ['a contract', [purposeBody()], [...always, 'Right to data portability']],
    ['consent', [purposeBody({ legalBasis: 'consent' })], [...always, 'Right to data portability', 'Right to withdraw consent']],
    ['a public task', [purposeBody({ legalBasis: 'public-task' })], [...always, 'Right to object']],
    [
      'direct marketing on legitimate interests',
      [purposeBody({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Markkinointi asiakkaille.' }, directMarketing: true })],
      [...always, 'Right to object', 'Right to object to direct marketing'],
    ],
  ])('lists the rights of purposes resting on %s', async (_, purposes, expected) => {
    expect(await rightsOf((await published({ purposes })).slug)).toEqual(expected);
  });

  it('adds the register’s own rights text to the list, never instead of it', async () => {
    const own = 'Tarkastuspyynnön voi tehdä myös kirjeellä.';
    const { slug } = await published({
      purposes: [purposeBody({ legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Asiakasviestintä.' } })],
      fields: { rights: { fi: own } },
    });
    const fi = await section(slug, 'rights');
    for (const right of ['Oikeus saada pääsy tietoihin', 'Oikeus tietojen oikaisemiseen', 'Vastustamisoikeus']) expect(fi).toContain(`**${right}**`);
    expect(fi.indexOf('**Vastustamisoikeus**')).toBeLessThan(fi.indexOf(own));
    expect(fi).toContain('Oikeus tehdä valitus valvontaviranomaiselle');
    expect(fi).toContain('enintään kahdella kuukaudella');
    expect(await section(slug, 'rights', 'sv')).toContain('(https://tietosuoja.fi/sv)');
  });
});

describe('special categories and criminal data', () => {
  it('keeps the condition with its kind of data and shows it in the notice', async () => {
    const health = await create(admin, 'data-categories', dataCategoryBody({ name: { fi: 'Terveystiedot' }, special: 'art9', art9Ground: 'h' }));
    expect(health.art9Ground).toBe('h');
    const crime = dataCategoryBody({ name: { fi: 'Rikostaustaote' }, special: 'art10', art10Authority: { fi: 'Laki 504/2002.' } });
    const { slug } = await published({ dataCategories: [crime], fields: { noticeKind: 'both' } });
    const content = await section(slug, 'dataContent');
    expect(content).toContain(`**${fiNotice.fields.art10Authority}:** Laki 504/2002.`);
    const bad = await admin.post('/privacy-notices/data-categories', { data: dataCategoryBody({ special: 'art9', art9Ground: 'k' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['art9Ground']);
  });
});
