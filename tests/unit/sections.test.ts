/**
 * One vocabulary of notice sections: the rendered notice, the diff and the completeness check
 * speak of the same sections, in the same order, each with a heading in every language.
 */
import { checkCompleteness } from '../../server/src/domain/completeness';
import { diffSnapshots } from '../../server/src/domain/diff';
import { NOTICE_TEXTS, resolveSections } from '../../server/src/domain/render';
import { NOTICE_SECTION_IDS, NOTICE_SECTIONS, sectionOfDiffId } from '../../server/src/domain/sections';
import { controllerSnapshot, noticeSnapshot, purposeSnapshot, recipientSnapshot } from './fixtures/snapshot';

/** A notice that says something in every section. */
const everySection = noticeSnapshot({
  controller: controllerSnapshot({ dpo: { name: 'Tiina Tietosuoja', email: 'dpo@example.fi', phone: null } }),
  contactPerson: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null, address: null },
  purposes: [purposeSnapshot({ legalBasis: 'consent' })],
  dataCategories: [{ documentId: 'd-1', name: { fi: 'Yhteystiedot' }, description: null, examples: null, special: 'none', dpvCategory: null }],
  recipients: [recipientSnapshot({ country: 'US', transferSafeguard: 'standard-contractual-clauses' })],
  sources: { fi: 'Asiakkaalta itseltään.' },
  retention: { fi: 'Kaksi vuotta.' },
  security: { fi: 'Salattu.' },
  statutoryRequirement: { fi: 'Sopimuksen edellytys.' },
  cookies: { fi: 'Evästeet.' },
  extraSections: [{ title: { fi: 'Lisätietoja' }, body: { fi: 'Teksti.' } }],
  noticeKind: 'both',
});

const input = { snapshot: everySection, version: 1, locale: 'fi', createdOn: '2024-01-01', updatedOn: '2024-01-01', history: [] };

describe('notice sections', () => {
  it('are rendered in the order of the vocabulary, numbered, the further sections last', () => {
    const rendered = resolveSections(input);
    expect(rendered.map((section) => section.id)).toEqual([...NOTICE_SECTION_IDS.filter((id) => id !== 'extra'), 'extra-1']);
    expect(rendered.map((section) => section.number)).toEqual([...NOTICE_SECTION_IDS.slice(0, -1).map((_, i) => i + 1), null]);
  });

  it('are compared in the same order, under their public diff ids and headings of the notice', () => {
    const changed = noticeSnapshot({ ...everySection, retention: { fi: 'Kolme vuotta.' }, cookies: null });
    const { sections } = diffSnapshots(everySection, changed, { locale: 'fi', defaultLanguage: 'fi' });
    expect(sections.map((section) => sectionOfDiffId(section.id))).toEqual([...NOTICE_SECTION_IDS]);
    expect(sections.filter((section) => section.status !== 'unchanged').map((section) => section.id)).toEqual(['retention', 'cookies']);
    // The public ids that differ from the section's own are kept as they were.
    expect(NOTICE_SECTIONS.filter(({ id, diffId }) => id !== diffId).map(({ diffId }) => diffId)).toEqual([
      'contactPerson',
      'title',
      'dataCategories',
      'extraSections',
    ]);
  });

  it.each(Object.keys(NOTICE_TEXTS))('each have a heading in %s', (language) => {
    const headings = NOTICE_TEXTS[language].sections;
    expect(Object.keys(headings).sort()).toEqual([...NOTICE_SECTION_IDS].sort());
    expect(Object.values(headings).every((heading) => heading.trim() !== '')).toBe(true);
  });

  it('hold every completeness item in the section that gives it', () => {
    const rendered = new Map(resolveSections(input).map((section) => [section.id, section.markdown]));
    const { items } = checkCompleteness(everySection, { locale: 'en', defaultLanguage: 'fi' });
    const where = Object.fromEntries(items.map((item) => [item.id, item.section]));
    expect(where).toEqual({
      controller: 'controller',
      dpo: 'contact',
      purposes: 'purposes',
      legitimateInterests: 'purposes',
      recipients: 'recipients',
      transfers: 'transfers',
      retention: 'retention',
      rights: 'rights',
      consentWithdrawal: 'rights',
      complaint: 'rights',
      statutoryRequirement: 'statutoryRequirement',
      automatedDecisions: 'automatedDecisions',
      dataCategories: 'dataContent',
      sources: 'sources',
    });
    // What an item points to is there in the rendered section.
    expect(rendered.get('contact')).toContain('dpo@example.fi');
    expect(rendered.get('rights')).toContain('Tietosuojavaltuutetun toimisto');
    expect(rendered.get('transfers')).toContain('Postituspalvelu');
  });
});
