/**
 * One vocabulary of notice sections: the rendered notice, the diff and the completeness check
 * speak of the same sections, in the same order, each with a heading in every language.
 */
import { checkCompleteness } from '../../server/src/domain/completeness';
import { diffSnapshots } from '../../server/src/domain/diff';
import { NOTICE_TEXTS, resolveSections } from '../../server/src/domain/render';
import { NOTICE_SECTION_IDS, NOTICE_SECTIONS, sectionNumbers, sectionOfDiffId } from '../../server/src/domain/sections';
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

  it('keep the notice\'s numbers when a section has nothing to say: the form numbers them as the renderer does', () => {
    // No contact person and no security text: both sections are left out, and the recipients are 6 (7 with a contact person).
    const sparse = noticeSnapshot({ ...everySection, contactPerson: null, controller: controllerSnapshot(), security: null });
    const rendered = resolveSections({ ...input, snapshot: sparse });
    const numbers = sectionNumbers(rendered.map((section) => section.id as (typeof NOTICE_SECTION_IDS)[number]));
    expect(rendered.filter((section) => section.number !== null).map((section) => [section.id, numbers.get(section.id as never)])).toEqual(
      rendered.filter((section) => section.number !== null).map((section) => [section.id, section.number]),
    );
    expect(rendered.find((section) => section.id === 'recipients')?.number).toBe(6);
    expect(numbers.get('recipients')).toBe(6);
    expect(numbers.has('contact')).toBe(false);
    expect(numbers.has('security')).toBe(false);
    expect(numbers.has('extra')).toBe(false);
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
      specialCategories: 'dataContent',
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

describe('the README', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const readme: string = require('node:fs').readFileSync(require('node:path').resolve(__dirname, '../../README.md'), 'utf8');

  it('lists the sections of the notice as the notice heads them, in their order', () => {
    const start = readme.indexOf('en, in this order — ');
    const list = readme.slice(start, readme.indexOf(' — then', start)).replace(/\s+/g, ' ');
    const headings = NOTICE_SECTION_IDS.filter((id) => id !== 'extra').map((id) => NOTICE_TEXTS.fi.sections[id]);
    const positions = headings.map((heading) => list.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(list).toContain(NOTICE_TEXTS.sv.sections.security);
    expect(list).toContain(NOTICE_TEXTS.en.sections.security);
  });
});
