import {
  checkCompleteness,
  COMPLETENESS_ITEM_IDS,
  type CompletenessItemId,
} from '../../server/src/domain/completeness';
import type { NoticeSnapshot, PurposeSnapshot, RecipientSnapshot } from '../../server/src/domain/types';
import { noticeSnapshot, purposeSnapshot, recipientSnapshot } from './fixtures/snapshot';
import en from '../../locales/completeness/en.json';
import fi from '../../locales/completeness/fi.json';
import sv from '../../locales/completeness/sv.json';

const purpose = purposeSnapshot;
const recipient = recipientSnapshot;

/** A complete Art 13 notice with nothing optional given: no DPO, no consent, no transfers. */
const snapshot = (overrides: Partial<NoticeSnapshot> = {}): NoticeSnapshot =>
  noticeSnapshot({
    purposes: [purpose()],
    recipients: [recipient()],
    retention: { fi: 'Tietoja säilytetään kaksi vuotta asiakassuhteen päättymisestä.' },
    statutoryRequirement: { fi: 'Tietojen antaminen on sopimuksen tekemisen edellytys.' },
    ...overrides,
  });

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
    // Not applicable here: DPO, legitimate interests, transfers, consent withdrawal and the two Art 14 items.
    expect(report.score).toEqual({ present: 8, required: 8 });
    expect(item(snapshot(), 'controller')).toMatchObject({
      article: '13(1)(a)',
      status: 'present',
      fields: ['controller.name', 'controller.email', 'controller.streetAddress', 'controller.city'],
    });
  });

  it('counts a missing retention period against the score', () => {
    const report = check(snapshot({ retention: { fi: '  ' } }));
    expect(report.complete).toBe(false);
    expect(report.score).toEqual({ present: 7, required: 8 });
    expect(report.items.find((entry) => entry.id === 'retention')).toMatchObject({
      article: '13(2)(a)',
      status: 'missing',
      fields: ['retention'],
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
      expect(found.problems?.map((problem) => problem.field)).toEqual(['controller.email']);
      expect(item(snapshot({ controller: { ...unreachable, phone: '+358 9 123' } }), 'controller')).toMatchObject({
        status: 'present',
        fields: ['controller.name', 'controller.phone'],
      });
    });

    it('asks a controller outside the EU/EEA for its Art 27 representative', () => {
      const american = { ...base, country: 'US' };
      const found = item(snapshot({ controller: american }), 'controller');
      expect(found.status).toBe('missing');
      expect(found.problems).toEqual([{ field: 'controller.representative', message: expect.stringContaining('US') }]);
      const represented = { ...american, representative: { fi: 'Esimerkki Oy, Helsinki' } };
      expect(item(snapshot({ controller: represented }), 'controller').fields).toContain('controller.representative');
    });
  });

  describe('DPO 13(1)(b)', () => {
    const withDpo = (dpo: NonNullable<NoticeSnapshot['controller']>['dpo']) =>
      snapshot({ controller: { ...snapshot().controller!, dpo } });

    it('does not apply to an organisation without a DPO, and says so', () => {
      const found = item(snapshot(), 'dpo');
      expect(found).toMatchObject({ article: '13(1)(b)', status: 'not-applicable' });
      expect(found.explanation).toBe(en.items.dpo.notApplicable);
    });

    it('needs a contact for a designated DPO, not just a name', () => {
      expect(item(withDpo({ name: 'Maija Meikäläinen', email: 'dpo@example.fi' }), 'dpo')).toMatchObject({
        status: 'present',
        fields: ['controller.dpo.email'],
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
      expect(untitled.problems).toEqual([{ field: 'purposes[1].title', message: expect.stringContaining('2') }]);
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
        article: '13(1)(d)',
        status: 'present',
        fields: ['purposes[1].legitimateInterest'],
      });
    });

    it('names the purpose that lacks the interest', () => {
      const s = snapshot({ purposes: [purpose(), marketing(null)] });
      const found = item(s, 'legitimateInterests');
      expect(found.status).toBe('missing');
      expect(found.problems).toEqual([
        { field: 'purposes[1].legitimateInterest', message: expect.stringContaining('Direct marketing') },
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
      expect(item(s, 'recipients')).toMatchObject({ status: 'present', fields: ['regularDisclosures'] });
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

    it('does not apply when every recipient is inside the EU/EEA', () => {
      const s = snapshot({ recipients: [recipient(), recipient({ documentId: 'r-no', country: 'NO' })] });
      expect(item(s, 'transfers').status).toBe('not-applicable');
    });

    it('needs a safeguard for a US recipient', () => {
      const found = item(snapshot({ recipients: [recipient(), cloud({})] }), 'transfers');
      expect(found).toMatchObject({ article: '13(1)(f)', status: 'missing' });
      expect(found.problems).toEqual([
        { field: 'recipients[1].transferSafeguard', message: expect.stringContaining('Cloud service') },
      ]);
    });

    it('is present with an adequacy decision', () => {
      const s = snapshot({ recipients: [recipient(), cloud({ transferSafeguard: 'adequacy-decision' })] });
      expect(item(s, 'transfers')).toMatchObject({ status: 'present', fields: ['recipients[1].transferSafeguard'] });
    });

    it('asks where a copy of standard contractual clauses is available', () => {
      const scc = cloud({ transferSafeguard: 'standard-contractual-clauses' });
      const found = item(snapshot({ recipients: [scc] }), 'transfers');
      expect(found.status).toBe('missing');
      expect(found.problems?.[0].field).toBe('recipients[0].safeguardDetails');
      const explained = snapshot({ recipients: [scc], transfersText: { fi: 'Jäljennöksen saa rekisterinpitäjältä.' } });
      expect(item(explained, 'transfers')).toMatchObject({
        status: 'present',
        fields: ['recipients[0].transferSafeguard', 'transfersText'],
      });
    });
  });

  describe('rights, complaint and automated decisions', () => {
    it('counts the standard rights text as present', () => {
      expect(item(snapshot(), 'rights')).toMatchObject({ status: 'present', fields: ['rights (standard text)'] });
      expect(item(snapshot({ rights: { fi: 'Oikeutesi…' } }), 'rights').fields).toEqual(['rights']);
    });

    it('always has the complaint to the supervisory authority from plugin config', () => {
      expect(item(snapshot(), 'complaint')).toMatchObject({ article: '13(2)(d)', status: 'present' });
    });

    it('counts an empty automated decisions text as the statement that there are none', () => {
      expect(item(snapshot(), 'automatedDecisions').status).toBe('present');
      expect(
        item(snapshot({ automatedDecisions: { fi: 'Profilointia käytetään…' } }), 'automatedDecisions').fields,
      ).toEqual(['automatedDecisions']);
    });
  });

  describe('withdrawal of consent 13(2)(c)', () => {
    it('applies, and is given by the renderer, when a purpose rests on consent', () => {
      const s = snapshot({ purposes: [purpose(), purpose({ documentId: 'p-news', legalBasis: 'consent' })] });
      expect(item(s, 'consentWithdrawal')).toMatchObject({
        article: '13(2)(c)',
        status: 'present',
        fields: ['purposes[1].legalBasis', 'consent withdrawal (standard text)'],
      });
    });

    it('does not apply without consent, special categories or not', () => {
      const health = {
        documentId: 'd-health',
        name: { fi: 'Terveystiedot' },
        description: null,
        examples: null,
        special: 'art9' as const,
        dpvCategory: null,
      };
      expect(item(snapshot(), 'consentWithdrawal').status).toBe('not-applicable');
      expect(item(snapshot({ dataCategories: [health] }), 'consentWithdrawal').status).toBe('not-applicable');
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
      expect(item(snapshot(), 'dataCategories')).toMatchObject({ article: '14(1)(d)', status: 'not-applicable' });
      expect(item(snapshot(), 'sources')).toMatchObject({ article: '14(2)(f)', status: 'not-applicable' });
    });

    it('need categories and sources in an Art 14 notice', () => {
      const bare = snapshot({ noticeKind: 'art14' });
      expect(item(bare, 'dataCategories').status).toBe('missing');
      expect(item(bare, 'sources').status).toBe('missing');
      expect(item(bare, 'controller').article).toBe('14(1)(a)');

      const sourced = snapshot({ noticeKind: 'art14', dataCategories: [category], sourceKinds: ['public'] });
      expect(item(sourced, 'dataCategories')).toMatchObject({ status: 'present', fields: ['dataCategories'] });
      expect(item(sourced, 'sources')).toMatchObject({ status: 'present', fields: ['sourceKinds'] });
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
      expect(item(described, 'sources')).toMatchObject({ status: 'present', fields: ['sources'] });
    });

    it('cites both articles for a notice of kind both', () => {
      const s = snapshot({ noticeKind: 'both' });
      expect(item(s, 'controller').article).toBe('13(1)(a), 14(1)(a)');
      expect(item(s, 'statutoryRequirement')).toMatchObject({ article: '13(2)(e)', status: 'present' });
    });
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
