import {
  checkCompleteness,
  COMPLETENESS_ITEM_IDS,
  type CompletenessItemId,
} from '../../server/src/domain/completeness';
import type { DataCategorySnapshot, NoticeSnapshot, PurposeSnapshot, RecipientSnapshot } from '../../server/src/domain/types';
import { noticeSnapshot, purposeSnapshot, recipientSnapshot } from './fixtures/snapshot';
import en from '../../locales/completeness/en.json';
import fi from '../../locales/completeness/fi.json';
import sv from '../../locales/completeness/sv.json';
import adminEn from '../../locales/admin/en.json';
import adminFi from '../../locales/admin/fi.json';
import adminSv from '../../locales/admin/sv.json';

const purpose = purposeSnapshot;
const recipient = recipientSnapshot;

/** A complete Art 13 notice with nothing optional given: no DPO, no consent, no transfers (answered so), no automated decisions. */
const snapshot = (overrides: Partial<NoticeSnapshot> = {}): NoticeSnapshot =>
  noticeSnapshot({
    purposes: [purpose()],
    recipients: [recipient()],
    retention: { fi: 'Tietoja säilytetään kaksi vuotta asiakassuhteen päättymisestä.' },
    statutoryRequirement: { fi: 'Tietojen antaminen on sopimuksen tekemisen edellytys.' },
    transfersOutsideEea: 'no',
    automatedDecisionMaking: 'none',
    ...overrides,
  });

/** How the report names a field: by the admin's label key, never by an internal path. */
const register = (name: string) => ({ scope: 'register', name });
const ofController = (name: string) => ({ scope: 'controller', name });
const entry = (scope: string, name: string, position?: number) => (position === undefined ? { scope, name } : { scope, name, position });

const check = (s: NoticeSnapshot, locale = 'en') => checkCompleteness(s, { locale, defaultLanguage: 'fi' });
const item = (s: NoticeSnapshot, id: CompletenessItemId, locale = 'en') => {
  const found = check(s, locale).items.find((entry) => entry.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('checkCompleteness', () => {
  it('reports every item, in article order, and finds a complete notice complete', () => {
    const report = check(snapshot());
    expect(report.items.map((entry) => entry.id)).toEqual([...COMPLETENESS_ITEM_IDS]);
    expect(report.items.filter((entry) => entry.status === 'missing')).toEqual([]);
    expect(report.complete).toBe(true);
    // Not applicable here: DPO, legitimate interests, consent withdrawal, special categories and the two Art 14 items.
    expect(report.score).toEqual({ present: 9, required: 9 });
    expect(item(snapshot(), 'controller')).toMatchObject({
      articles: ['13(1)(a)'],
      article: 'Article 13(1)(a) GDPR',
      status: 'present',
      fields: [ofController('name'), ofController('email'), ofController('streetAddress'), ofController('city')],
    });
  });

  it('counts a missing retention period against the score', () => {
    const report = check(snapshot({ retention: { fi: '  ' } }));
    expect(report.complete).toBe(false);
    expect(report.score).toEqual({ present: 8, required: 9 });
    expect(report.items.find((found) => found.id === 'retention')).toMatchObject({
      articles: ['13(2)(a)'],
      status: 'missing',
      fields: [register('retention')],
    });
  });

  it('judges text by the default language only', () => {
    expect(item(snapshot({ retention: { sv: 'Två år.' } }), 'retention').status).toBe('missing');
    expect(item(snapshot({ retention: { fi: 'Kaksi vuotta.' } }), 'retention').status).toBe('present');
  });

  describe('controller 13(1)(a)', () => {
    const base = snapshot().controller!;

    it('needs a controller with a name and a way to reach it', () => {
      expect(item(snapshot({ controller: null }), 'controller').status).toBe('missing');
      const unreachable = { ...base, email: null, phone: ' ', city: null };
      const found = item(snapshot({ controller: unreachable }), 'controller');
      expect(found.status).toBe('missing');
      expect(found.problems?.map((problem) => problem.field)).toEqual([ofController('email')]);
      expect(item(snapshot({ controller: { ...unreachable, phone: '+358 9 123' } }), 'controller')).toMatchObject({
        status: 'present',
        fields: [ofController('name'), ofController('phone')],
      });
    });

    it('asks a controller outside the EU/EEA for its Art 27 representative', () => {
      const american = { ...base, country: 'US' };
      const found = item(snapshot({ controller: american }), 'controller');
      expect(found.status).toBe('missing');
      expect(found.problems).toEqual([
        { code: 'controllerRepresentative', params: { country: 'US' }, field: ofController('representative'), message: expect.stringContaining('US') },
      ]);
      const represented = { ...american, representative: { fi: 'Esimerkki Oy, Helsinki' } };
      expect(item(snapshot({ controller: represented }), 'controller').fields).toContainEqual(ofController('representative'));
    });
  });

  describe('DPO 13(1)(b)', () => {
    const withDpo = (dpo: NonNullable<NoticeSnapshot['controller']>['dpo']) =>
      snapshot({ controller: { ...snapshot().controller!, dpo } });

    it('does not apply to an organisation without a DPO, and says so', () => {
      const found = item(snapshot(), 'dpo');
      expect(found).toMatchObject({ articles: ['13(1)(b)'], status: 'not-applicable' });
      expect(found.explanation).toBe(en.items.dpo.notApplicable);
    });

    it('needs a contact for a designated DPO, not just a name', () => {
      expect(item(withDpo({ name: 'Maija Meikäläinen', email: 'dpo@example.fi' }), 'dpo')).toMatchObject({
        status: 'present',
        fields: [ofController('dpo.email')],
      });
      expect(item(withDpo({ name: 'Maija Meikäläinen' }), 'dpo').status).toBe('missing');
    });
  });

  describe('purposes 13(1)(c)', () => {
    it('needs at least one purpose, each with a title', () => {
      expect(item(snapshot({ purposes: [] }), 'purposes').status).toBe('missing');
      const untitled = item(
        snapshot({ purposes: [purpose(), purpose({ documentId: 'p-2', title: { en: 'Only English' } })] }),
        'purposes',
      );
      expect(untitled.status).toBe('missing');
      expect(untitled.problems).toEqual([
        { code: 'purposeTitle', params: { position: '2' }, field: entry('purpose', 'title', 2), message: expect.stringContaining('2') },
      ]);
    });
  });

  describe('legitimate interests 13(1)(d)', () => {
    const marketing = (legitimateInterest: PurposeSnapshot['legitimateInterest']) =>
      purpose({
        documentId: 'p-marketing',
        title: { fi: 'Suoramarkkinointi', en: 'Direct marketing' },
        legalBasis: 'legitimate-interests',
        legitimateInterest,
      });

    it('does not apply when no purpose rests on legitimate interests', () => {
      expect(item(snapshot(), 'legitimateInterests').status).toBe('not-applicable');
    });

    it('is present when each such purpose names the interest', () => {
      const s = snapshot({ purposes: [purpose(), marketing({ fi: 'Omien palvelujen markkinointi asiakkaille' })] });
      expect(item(s, 'legitimateInterests')).toMatchObject({
        articles: ['13(1)(d)'],
        status: 'present',
        fields: [entry('purpose', 'legitimateInterest', 2)],
      });
    });

    it('names the purpose that lacks the interest', () => {
      const s = snapshot({ purposes: [purpose(), marketing(null)] });
      const found = item(s, 'legitimateInterests');
      expect(found.status).toBe('missing');
      expect(found.problems).toEqual([
        {
          code: 'legitimateInterest',
          params: { purpose: 'Direct marketing' },
          field: entry('purpose', 'legitimateInterest', 2),
          message: expect.stringContaining('Direct marketing'),
        },
      ]);
      expect(item(s, 'legitimateInterests', 'fi').problems?.[0].message).toContain('Suoramarkkinointi');
    });
  });

  describe('recipients 13(1)(e)', () => {
    it('is missing with neither recipients nor regular disclosures', () => {
      expect(item(snapshot({ recipients: [] }), 'recipients').status).toBe('missing');
    });

    it('accepts a regular disclosures text that says nothing is disclosed', () => {
      const s = snapshot({ recipients: [], regularDisclosures: { fi: 'Tietoja ei luovuteta säännönmukaisesti.' } });
      expect(item(s, 'recipients')).toMatchObject({ status: 'present', fields: [register('regularDisclosures')] });
    });
  });

  describe('transfers 13(1)(f)', () => {
    const cloud = (overrides: Partial<RecipientSnapshot>) =>
      recipient({
        documentId: 'r-cloud',
        name: { fi: 'Pilvipalvelu', en: 'Cloud service' },
        country: 'US',
        ...overrides,
      });

    it('is missing without an answer, and present with "no" when every recipient is inside the EU/EEA', () => {
      const inside = [recipient(), recipient({ documentId: 'r-no', country: 'NO' })];
      const unanswered = item(snapshot({ recipients: inside, transfersOutsideEea: undefined }), 'transfers');
      expect(unanswered).toMatchObject({ status: 'missing', fields: [register('transfersOutsideEea')] });
      expect(unanswered.problems?.map((problem) => problem.code)).toEqual(['transfersUnanswered']);
      expect(item(snapshot({ recipients: inside }), 'transfers')).toMatchObject({ status: 'present', fields: [register('transfersOutsideEea')] });
    });

    it('with "yes" needs the transfers described, by recipients or in the text', () => {
      const yes = snapshot({ transfersOutsideEea: 'yes' });
      expect(item(yes, 'transfers').problems?.map((problem) => problem.code)).toEqual(['transfersNotDescribed']);
      const described = snapshot({ transfersOutsideEea: 'yes', transfersText: { fi: 'Tietoja käsitellään Yhdysvalloissa vakiolausekkein.' } });
      expect(item(described, 'transfers').status).toBe('present');
    });

    it('reports a "no" that a recipient outside the EU/EEA contradicts', () => {
      const found = item(snapshot({ recipients: [cloud({ transferSafeguard: 'adequacy-decision' })] }), 'transfers');
      expect(found.problems).toEqual([
        {
          code: 'transfersContradicted',
          params: { recipient: 'Cloud service', country: 'US' },
          field: register('transfersOutsideEea'),
          message: expect.stringContaining('Cloud service'),
        },
      ]);
    });

    it('needs a safeguard for a US recipient, and the derogation of an Art 49 transfer', () => {
      const found = item(snapshot({ transfersOutsideEea: 'yes', recipients: [recipient(), cloud({})] }), 'transfers');
      expect(found).toMatchObject({ articles: ['13(1)(f)'], status: 'missing' });
      expect(found.problems?.map(({ code, field }) => ({ code, field }))).toEqual([
        { code: 'transferSafeguard', field: entry('recipient', 'transferSafeguard', 2) },
      ]);
      const art49 = snapshot({ transfersOutsideEea: 'yes', recipients: [cloud({ transferSafeguard: 'derogation-art49' })] });
      expect(item(art49, 'transfers').problems?.map(({ code, field }) => ({ code, field }))).toEqual([
        { code: 'art49Derogation', field: entry('recipient', 'art49Derogation', 1) },
      ]);
      const named = snapshot({ transfersOutsideEea: 'yes', recipients: [cloud({ transferSafeguard: 'derogation-art49', art49Derogation: 'b' })] });
      expect(item(named, 'transfers').status).toBe('present');
    });

    it('is present with a safeguard: the notice itself tells how to obtain a copy', () => {
      for (const transferSafeguard of ['adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules'] as const) {
        const s = snapshot({ transfersOutsideEea: 'yes', recipients: [recipient(), cloud({ transferSafeguard })] });
        expect(item(s, 'transfers')).toMatchObject({
          status: 'present',
          fields: [register('transfersOutsideEea'), entry('recipient', 'transferSafeguard', 2)],
        });
      }
    });
  });

  describe('rights, complaint and automated decisions', () => {
    it('counts the rights derived from the legal bases, and a text of the register as an addition', () => {
      expect(item(snapshot(), 'rights')).toMatchObject({ status: 'present', fields: [{ scope: 'notice', name: 'derivedRights' }] });
      expect(item(snapshot({ rights: { fi: 'Oikeutesi…' } }), 'rights').fields).toEqual([{ scope: 'notice', name: 'derivedRights' }, register('rights')]);
    });

    it('always has the complaint to the supervisory authority from plugin config', () => {
      expect(item(snapshot(), 'complaint')).toMatchObject({ articles: ['13(2)(d)'], status: 'present', fields: [{ scope: 'notice', name: 'supervisoryAuthority' }] });
    });

    it('asks for an answer on automated decisions, never reading an empty text as "none"', () => {
      const unanswered = item(snapshot({ automatedDecisionMaking: undefined }), 'automatedDecisions');
      expect(unanswered.status).toBe('missing');
      expect(unanswered.problems?.map((problem) => problem.code)).toEqual(['automatedDecisionsUnanswered']);
      // A text without an answer is still no answer.
      const textOnly = snapshot({ automatedDecisionMaking: undefined, automatedDecisions: { fi: 'Profilointia käytetään…' } });
      expect(item(textOnly, 'automatedDecisions').status).toBe('missing');
      expect(item(snapshot(), 'automatedDecisions').status).toBe('present');
    });

    it('with "yes" needs the logic and the significance and consequences', () => {
      const yes = snapshot({ automatedDecisionMaking: 'yes', automatedDecisions: { fi: 'Luottopisteytys.' } });
      expect(item(yes, 'automatedDecisions').problems?.map(({ code, field }) => ({ code, field }))).toEqual([
        { code: 'automatedDecisionsConsequences', field: register('automatedDecisionsConsequences') },
      ]);
      const full = { ...yes, automatedDecisionsConsequences: { fi: 'Hakemus voidaan hylätä.' } };
      expect(item(full, 'automatedDecisions').status).toBe('present');
    });
  });

  describe('withdrawal of consent 13(2)(c)', () => {
    const health = (art9Ground?: DataCategorySnapshot['art9Ground']) => ({
      documentId: 'd-health',
      name: { fi: 'Terveystiedot', en: 'Health data' },
      description: null,
      examples: null,
      special: 'art9' as const,
      dpvCategory: null,
      ...(art9Ground ? { art9Ground } : {}),
    });

    it('applies, and is given by the renderer, when a purpose rests on consent', () => {
      const s = snapshot({ purposes: [purpose(), purpose({ documentId: 'p-news', legalBasis: 'consent' })] });
      expect(item(s, 'consentWithdrawal')).toMatchObject({
        articles: ['13(2)(c)'],
        status: 'present',
        fields: [entry('purpose', 'legalBasis', 2), { scope: 'notice', name: 'derivedRights' }],
      });
    });

    it('applies to a special category on explicit consent (Art 9(2)(a)), and not to one on another condition', () => {
      expect(item(snapshot(), 'consentWithdrawal').status).toBe('not-applicable');
      expect(item(snapshot({ dataCategories: [health('h')] }), 'consentWithdrawal').status).toBe('not-applicable');
      expect(item(snapshot({ dataCategories: [health('a')] }), 'consentWithdrawal').status).toBe('present');
    });

    it('checks the condition of special categories (Art 9(2)) and of criminal data (Art 10)', () => {
      expect(item(snapshot(), 'specialCategories').status).toBe('not-applicable');
      const missing = item(snapshot({ dataCategories: [health()] }), 'specialCategories', 'fi');
      expect(missing).toMatchObject({ status: 'missing', articles: ['9(2)', '10'], article: 'tietosuoja-asetuksen 9 artiklan 2 kohta ja tietosuoja-asetuksen 10 artikla' });
      expect(missing.problems).toEqual([
        { code: 'art9Ground', params: { category: 'Terveystiedot' }, field: entry('dataCategory', 'art9Ground', 1), message: expect.stringContaining('Terveystiedot') },
      ]);
      expect(item(snapshot({ dataCategories: [health('h')] }), 'specialCategories').status).toBe('present');

      const criminal = { ...health(), documentId: 'd-crime', name: { fi: 'Rikostaustaote' }, special: 'art10' as const };
      expect(item(snapshot({ dataCategories: [criminal] }), 'specialCategories').problems?.map((problem) => problem.code)).toEqual(['art10Authority']);
      const authorised = { ...criminal, art10Authority: { fi: 'Laki lasten kanssa työskentelevien rikostaustan selvittämisestä (504/2002).' } };
      expect(item(snapshot({ dataCategories: [authorised, health('b')] }), 'specialCategories')).toMatchObject({
        status: 'present',
        fields: [entry('dataCategory', 'art10Authority', 1), entry('dataCategory', 'art9Ground', 2)],
      });
    });
  });

  describe('statutory or contractual requirement 13(2)(e)', () => {
    it('is required for data collected from the data subject only', () => {
      expect(item(snapshot({ statutoryRequirement: null }), 'statutoryRequirement').status).toBe('missing');
      const art14 = snapshot({ noticeKind: 'art14', statutoryRequirement: null });
      expect(item(art14, 'statutoryRequirement').status).toBe('not-applicable');
    });
  });

  describe('Art 14 items', () => {
    const category = {
      documentId: 'd-contact',
      name: { fi: 'Yhteystiedot' },
      description: null,
      examples: null,
      special: 'none' as const,
      dpvCategory: null,
    };

    it('do not apply to an Art 13 notice', () => {
      expect(item(snapshot(), 'dataCategories')).toMatchObject({ articles: ['14(1)(d)'], status: 'not-applicable' });
      expect(item(snapshot(), 'sources')).toMatchObject({ articles: ['14(2)(f)'], status: 'not-applicable' });
    });

    it('need categories and sources in an Art 14 notice', () => {
      const bare = snapshot({ noticeKind: 'art14' });
      expect(item(bare, 'dataCategories').status).toBe('missing');
      expect(item(bare, 'sources').status).toBe('missing');
      expect(item(bare, 'controller').articles).toEqual(['14(1)(a)']);

      const sourced = snapshot({ noticeKind: 'art14', dataCategories: [category], sourceKinds: ['public'] });
      expect(item(sourced, 'dataCategories')).toMatchObject({ status: 'present', fields: [register('dataCategories')] });
      expect(item(sourced, 'sources')).toMatchObject({ status: 'present', fields: [register('sourceKinds')] });
      expect(check(sourced).complete).toBe(true);
    });

    it('does not take the data subject as the source of Art 14 data', () => {
      const s = snapshot({ noticeKind: 'both', dataCategories: [category], sourceKinds: ['data-subject'] });
      expect(item(s, 'sources').status).toBe('missing');
      const described = snapshot({
        noticeKind: 'both',
        sourceKinds: ['data-subject'],
        sources: { fi: 'Väestörekisteri' },
      });
      expect(item(described, 'sources')).toMatchObject({ status: 'present', fields: [register('sources')] });
    });

    it('cites both articles for a notice of kind both, in each language as the notice cites articles', () => {
      const s = snapshot({ noticeKind: 'both' });
      expect(item(s, 'controller').articles).toEqual(['13(1)(a)', '14(1)(a)']);
      expect(item(s, 'controller').article).toBe('Article 13(1)(a) GDPR and Article 14(1)(a) GDPR');
      expect(item(s, 'controller', 'fi').article).toBe('tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta ja tietosuoja-asetuksen 14 artiklan 1 kohdan a alakohta');
      expect(item(s, 'controller', 'sv').article).toBe('artikel 13.1 a i dataskyddsförordningen och artikel 14.1 a i dataskyddsförordningen');
      expect(item(s, 'statutoryRequirement')).toMatchObject({ articles: ['13(2)(e)'], status: 'present' });
    });

    it('never names a field by an internal path', () => {
      const gappy = snapshot({ noticeKind: 'both', controller: null, purposes: [purpose({ title: {} })], recipients: [recipient({ name: {}, country: 'US' })] });
      const json = JSON.stringify(check(gappy));
      expect(json).not.toMatch(/\[\d*\]|controller\.name|\(standard text\)|plugin config/);
    });
  });

  it('names every field it reports by a label the admin has in every language', () => {
    const admin = { en: adminEn, fi: adminFi, sv: adminSv } as Record<string, Record<string, string>>;
    const us = recipient({ documentId: 'r-us', country: 'US' });
    const special = (kind: 'art9' | 'art10') => ({ documentId: `d-${kind}`, name: {}, description: null, examples: null, special: kind, dpvCategory: null });
    const reports = [
      snapshot(),
      snapshot({ noticeKind: 'both', controller: null, purposes: [], recipients: [], retention: null, transfersOutsideEea: undefined, automatedDecisionMaking: undefined }),
      snapshot({
        noticeKind: 'art14',
        controller: { ...snapshot().controller!, country: 'US', email: null, phone: null, city: null, dpo: { name: 'Tiina' } },
        purposes: [purpose({ title: {}, legalBasis: 'legitimate-interests', legitimateInterest: null }), purpose({ legalBasis: 'consent' })],
        recipients: [{ ...us, name: {} }, recipient({ documentId: 'r-jp', country: 'JP', transferSafeguard: 'derogation-art49' })],
        dataCategories: [special('art9'), special('art10')],
        sourceKinds: ['data-subject'],
        automatedDecisionMaking: 'yes',
        rights: { fi: 'Lisäksi.' },
      }),
    ].map((s) => check(s));
    const refs = reports.flatMap((report) => report.items.flatMap((entry) => [...entry.fields, ...(entry.problems ?? []).map((found) => found.field)]));
    const keys = [...new Set(refs.map(({ scope, name }) => `field.${scope}.${name}`))];
    expect(keys.length).toBeGreaterThan(25);
    for (const locale of ['en', 'fi', 'sv']) expect(keys.filter((key) => !admin[locale][key])).toEqual([]);
  });

  describe('locales', () => {
    const locales = { en, fi, sv } as Record<
      string,
      { items: Record<string, Record<string, string>>; problems: Record<string, string> }
    >;
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

    it.each(['en', 'fi', 'sv'])('%s labels and explains every item', (locale) => {
      for (const id of COMPLETENESS_ITEM_IDS) {
        expect(locales[locale].items[id]?.label?.trim()).toBeTruthy();
        expect(locales[locale].items[id]?.explanation?.trim()).toBeTruthy();
      }
      expect(Object.keys(locales[locale].items).sort()).toEqual([...COMPLETENESS_ITEM_IDS].sort());
    });

    it.each(['fi', 'sv'])('%s has the same texts and placeholders as en', (locale) => {
      for (const [id, texts] of Object.entries(en.items)) {
        expect(Object.keys(locales[locale].items[id]).sort()).toEqual(Object.keys(texts).sort());
      }
      for (const [code, message] of Object.entries(en.problems)) {
        expect(placeholders(locales[locale].problems[code] ?? '')).toEqual(placeholders(message));
      }
      expect(Object.keys(locales[locale].problems).sort()).toEqual(Object.keys(en.problems).sort());
    });

    it('answers in the asked language, falling back to the default one', () => {
      expect(item(snapshot(), 'retention', 'fi').label).toBe(fi.items.retention.label);
      expect(item(snapshot(), 'retention', 'sv').label).toBe(sv.items.retention.label);
      expect(item(snapshot(), 'retention', 'de').label).toBe(fi.items.retention.label);
      expect(item(snapshot({ recipients: [] }), 'recipients', 'sv').problems?.[0].message).toBe(
        sv.problems.noRecipients,
      );
    });
  });
});
