import { diffSnapshots, DIFF_SECTION_IDS, type SectionDiff, type TextChange } from '../../server/src/domain/diff';
import type { NoticeSnapshot, PurposeSnapshot } from '../../server/src/domain/types';
import { noticeSnapshot, purposeSnapshot, recipientSnapshot } from './fixtures/snapshot';

const purpose = (overrides: Partial<PurposeSnapshot> = {}) =>
  purposeSnapshot({ description: { fi: 'Tilausten käsittely ja laskutus.' }, ...overrides });
const recipient = recipientSnapshot;

const snapshot = (overrides: Partial<NoticeSnapshot> = {}): NoticeSnapshot =>
  noticeSnapshot({
    title: { fi: 'Asiakasrekisteri', en: 'Customer register' },
    contactPerson: { name: 'Maija Meikäläinen', email: 'maija@example.fi' },
    purposes: [purpose()],
    dataCategories: [
      {
        documentId: 'd-contact',
        name: { fi: 'Yhteystiedot' },
        description: null,
        examples: { fi: ['nimi', 'sähköposti'] },
        special: 'none',
        dpvCategory: null,
      },
    ],
    recipients: [recipient()],
    dataSubjects: { fi: 'Asiakkaat' },
    sources: { fi: 'Tiedot saadaan asiakkaalta itseltään.' },
    sourceKinds: ['data-subject'],
    retention: { fi: 'Tietoja säilytetään kaksi vuotta asiakassuhteen päättymisestä.', en: 'Two years.' },
    security: { fi: 'Tiedot ovat salasanalla suojatussa järjestelmässä.' },
    ...overrides,
  });

const fi = { locale: 'fi', defaultLanguage: 'fi' };
const section = (sections: SectionDiff[], id: string): SectionDiff => sections.find((s) => s.id === id)!;
const changedIds = (sections: SectionDiff[]) => sections.filter((s) => s.status !== 'unchanged').map((s) => s.id);
const textOf = (changes: TextChange[], type: TextChange['type']) =>
  changes.filter((change) => change.type === type).map((change) => change.text.trim());

describe('diffSnapshots', () => {
  it('finds nothing between identical snapshots', () => {
    const { sections } = diffSnapshots(snapshot(), snapshot(), fi);
    expect(sections.map((s) => s.id)).toEqual([...DIFF_SECTION_IDS]);
    expect(sections).toEqual(DIFF_SECTION_IDS.map((id) => ({ id, status: 'unchanged' })));
  });

  it('marks the changed words of a retention text, and nothing else', () => {
    const to = snapshot({ retention: { fi: 'Tietoja säilytetään kolme vuotta asiakassuhteen päättymisestä.' } });
    const { sections } = diffSnapshots(snapshot(), to, fi);
    expect(changedIds(sections)).toEqual(['retention']);
    const { status, changes = [] } = section(sections, 'retention');
    expect(status).toBe('changed');
    expect(textOf(changes, 'removed')).toEqual(['kaksi']);
    expect(textOf(changes, 'added')).toEqual(['kolme']);
    // Equal and added runs rebuild the new text, equal and removed ones the old.
    expect(
      changes
        .filter((c) => c.type !== 'removed')
        .map((c) => c.text)
        .join(''),
    ).toBe(to.retention!.fi);
    expect(
      changes
        .filter((c) => c.type !== 'added')
        .map((c) => c.text)
        .join(''),
    ).toBe(snapshot().retention!.fi);
  });

  it('lists a new purpose as added beside the unchanged one', () => {
    const marketing = purpose({
      documentId: 'p-marketing',
      title: { fi: 'Suoramarkkinointi' },
      description: null,
      legalBasis: 'legitimate-interests',
      legitimateInterest: { fi: 'Omien palvelujen markkinointi' },
    });
    const { sections } = diffSnapshots(snapshot(), snapshot({ purposes: [purpose(), marketing] }), fi);
    expect(changedIds(sections)).toEqual(['purposes']);
    const { status, items = [] } = section(sections, 'purposes');
    expect(status).toBe('changed');
    expect(items.map(({ key, status: itemStatus }) => [key, itemStatus])).toEqual([
      ['p-customers', 'unchanged'],
      ['p-marketing', 'added'],
    ]);
    expect(items[1].label).toBe('Suoramarkkinointi');
    expect(items[1].fields.map((field) => [field.field, field.status])).toEqual([
      ['title', 'added'],
      ['legalBasis', 'added'],
      ['legitimateInterest', 'added'],
    ]);
  });

  it('lists a removed purpose and a changed one with their changed words', () => {
    const second = purpose({ documentId: 'p-second', title: { fi: 'Toinen' } });
    const from = snapshot({ purposes: [purpose(), second] });
    const to = snapshot({ purposes: [purpose({ description: { fi: 'Tilausten käsittely.' } })] });
    const { items = [] } = section(diffSnapshots(from, to, fi).sections, 'purposes');
    expect(items.map((item) => [item.key, item.status])).toEqual([
      ['p-customers', 'changed'],
      ['p-second', 'removed'],
    ]);
    expect(items[0].fields).toEqual([{ field: 'description', status: 'changed', changes: expect.any(Array) }]);
    expect(textOf(items[0].fields[0].changes, 'removed')).toContain('ja laskutus');
  });

  it('changes recipients and transfers when a recipient moves to the US with a safeguard', () => {
    const to = snapshot({
      recipients: [recipient({ country: 'US', transferSafeguard: 'adequacy-decision' })],
    });
    const { sections } = diffSnapshots(snapshot(), to, fi);
    expect(changedIds(sections)).toEqual(['recipients', 'transfers']);

    const recipients = section(sections, 'recipients');
    expect(recipients.status).toBe('changed');
    expect(recipients.items?.[0].fields.map((field) => field.field)).toEqual(['country', 'transferSafeguard']);
    expect(recipients.items?.[0].fields[0].changes).toEqual([
      { type: 'removed', text: 'FI' },
      { type: 'added', text: 'US' },
    ]);

    // The transfers section had nothing to say before, so it is new.
    const transfers = section(sections, 'transfers');
    expect(transfers.status).toBe('added');
    expect(transfers.items).toEqual([
      expect.objectContaining({ key: 'r-mail', status: 'added', label: 'Postituspalvelu' }),
    ]);
  });

  it('calls a transfers section with text before it changed, not added', () => {
    const from = snapshot({ transfersText: { fi: 'Tietoja ei siirretä EU:n ulkopuolelle.' } });
    const to = { ...from, recipients: [recipient({ country: 'US', transferSafeguard: 'adequacy-decision' })] };
    expect(section(diffSnapshots(from, to, fi).sections, 'transfers').status).toBe('changed');
  });

  it('calls a text going from empty to something added, and back removed', () => {
    const withCookies = snapshot({ cookies: { fi: 'Sivusto käyttää evästeitä.' } });
    expect(section(diffSnapshots(snapshot(), withCookies, fi).sections, 'cookies')).toEqual({
      id: 'cookies',
      status: 'added',
      changes: [{ type: 'added', text: 'Sivusto käyttää evästeitä.' }],
    });
    expect(section(diffSnapshots(withCookies, snapshot(), fi).sections, 'cookies').status).toBe('removed');
  });

  it('reads the asked language, falling back to the default one', () => {
    const en = { locale: 'en', defaultLanguage: 'fi' };
    // Security has no English text: the Finnish change shows.
    const securityChanged = snapshot({ security: { fi: 'Tiedot ovat lukitussa tilassa.' } });
    expect(changedIds(diffSnapshots(snapshot(), securityChanged, en).sections)).toEqual(['security']);
    // Retention has English text: a Finnish-only change is not seen in English.
    const finnishRetention = snapshot({ retention: { fi: 'Kolme vuotta.', en: 'Two years.' } });
    expect(changedIds(diffSnapshots(snapshot(), finnishRetention, en).sections)).toEqual([]);
    expect(changedIds(diffSnapshots(snapshot(), finnishRetention, fi).sections)).toEqual(['retention']);
  });

  it('reports the changed contact fields by their snapshot path', () => {
    const base = snapshot();
    const to = snapshot({
      controller: {
        ...base.controller!,
        email: 'privacy@example.fi',
        dpo: { name: 'Tietosuojavastaava', email: 'dpo@example.fi' },
      },
    });
    const { sections } = diffSnapshots(base, to, fi);
    expect(changedIds(sections)).toEqual(['controller', 'contactPerson']);
    expect(section(sections, 'controller').fields?.map((field) => field.field)).toEqual(['controller.email']);
    expect(section(sections, 'contactPerson').fields?.map((field) => [field.field, field.status])).toEqual([
      ['controller.dpo.name', 'added'],
      ['controller.dpo.email', 'added'],
    ]);
  });

  it('compares list fields entry by entry and notices a new order', () => {
    const base = snapshot();
    const category = { ...base.dataCategories[0], examples: { fi: ['nimi', 'puhelinnumero'] } };
    const other = { ...category, documentId: 'd-orders', name: { fi: 'Tilaukset' } };
    const from = snapshot({ dataCategories: [base.dataCategories[0], other] });
    const to = snapshot({ dataCategories: [other, category], sourceKinds: ['data-subject', 'public'] });
    const { sections } = diffSnapshots(from, to, fi);

    const categories = section(sections, 'dataCategories');
    expect(categories.reordered).toBe(true);
    expect(categories.items?.find((item) => item.key === 'd-contact')?.fields[0]).toEqual({
      field: 'examples',
      status: 'changed',
      changes: [
        { type: 'equal', text: 'nimi' },
        { type: 'removed', text: 'sähköposti' },
        { type: 'added', text: 'puhelinnumero' },
      ],
    });
    expect(section(sections, 'sources').fields).toEqual([
      {
        field: 'sourceKinds',
        status: 'changed',
        changes: [
          { type: 'equal', text: 'data-subject' },
          { type: 'added', text: 'public' },
        ],
      },
    ]);
  });

  it('matches extra sections by position', () => {
    const extra = { title: { fi: 'Lisätietoja' }, body: { fi: 'Ensimmäinen.' } };
    const from = snapshot({ extraSections: [extra] });
    const to = snapshot({ extraSections: [{ ...extra, body: { fi: 'Toinen.' } }] });
    const extraSections = section(diffSnapshots(from, to, fi).sections, 'extraSections');
    expect(extraSections.status).toBe('changed');
    expect(extraSections.items?.[0]).toMatchObject({ key: '0', label: 'Lisätietoja', status: 'changed' });
    expect(section(diffSnapshots(snapshot(), from, fi).sections, 'extraSections').status).toBe('added');
  });
});
