/**
 * The register's one description of its fields, and what cannot be derived from it: the renderer
 * places each field by hand, so every field a notice shows is looked for in its section.
 */
import contentTypes from '../../content-types';
import registerSchemaJson from '../../content-types/register/schema.json';
import { buildSnapshot } from '../../server/src/domain/snapshot';
import { resolveSections } from '../../server/src/domain/render';
import { NOTICE_FIELDS, REGISTER_FIELDS, REGISTER_TEXT_FIELDS } from '../../server/src/domain/register-fields';
import { NOTICE_SECTION_IDS } from '../../server/src/domain/sections';
import { CHOICE_LISTS } from '../../server/src/domain/types';
import { registerSchema } from '../../server/src/validation/schemas';
import { controllerSnapshot, purposeSnapshot, recipientSnapshot } from './fixtures/snapshot';

const LANGUAGES = { languages: ['fi', 'en'], defaultLanguage: 'fi' };

/** A register in which every field says something of its own, recognisable in the notice. */
function registerWithEveryField(): Record<string, unknown> & { slug: string } {
  const register: Record<string, unknown> = { slug: 'kaikki-kentat' };
  for (const field of REGISTER_FIELDS) {
    const marker = `Kenttä ${field.name} kertoo tämän`;
    switch (field.kind) {
      case 'name':
      case 'text':
        register[field.name] = { fi: marker };
        break;
      case 'choice':
      case 'choices': {
        const values = CHOICE_LISTS[field.choices];
        register[field.name] = field.kind === 'choice' ? values[values.length - 1] : [...values];
        break;
      }
      case 'relation': {
        const entry = { controllers: controllerSnapshot(), purposes: purposeSnapshot(), 'data-categories': { documentId: 'd-1', name: { fi: marker } }, recipients: recipientSnapshot() }[field.target];
        register[field.name] = field.multiple ? [entry] : entry;
        break;
      }
      case 'contact':
        register[field.name] = { name: marker };
        break;
      case 'extraSections':
        register[field.name] = [{ title: { fi: marker }, body: { fi: marker } }];
        break;
    }
  }
  return register as Record<string, unknown> & { slug: string };
}

describe('the register fields', () => {
  it('each belong to a section of the notice, or to none', () => {
    for (const field of REGISTER_FIELDS) expect([...NOTICE_SECTION_IDS, null]).toContain(field.section);
    expect(new Set(REGISTER_FIELDS.map((field) => field.name)).size).toBe(REGISTER_FIELDS.length);
  });

  it('list the free texts in the order of the notice', () => {
    const positions = REGISTER_TEXT_FIELDS.map((name) => NOTICE_SECTION_IDS.indexOf(REGISTER_FIELDS.find((field) => field.name === name)!.section!));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(REGISTER_TEXT_FIELDS.indexOf('statutoryRequirement')).toBeLessThan(REGISTER_TEXT_FIELDS.indexOf('rights'));
    expect([...REGISTER_TEXT_FIELDS].sort()).toEqual(REGISTER_FIELDS.filter((field) => field.kind === 'text').map((field) => field.name).sort());
  });

  it('are each shown in their section of the rendered notice', () => {
    const snapshot = buildSnapshot(registerWithEveryField(), LANGUAGES);
    const sections = resolveSections({ snapshot, version: 1, locale: 'fi', createdOn: '2024-01-01', updatedOn: '2024-01-01', history: [] });
    const shown = (id: string) => sections.filter((section) => section.id === id || (id === 'extra' && section.id.startsWith('extra-'))).map((s) => `${s.heading}\n${s.markdown}`).join('\n');
    const missing = NOTICE_FIELDS.filter((field) => {
      const text = shown(field.section);
      if (field.kind === 'name' || field.kind === 'text' || field.kind === 'contact' || field.kind === 'extraSections') return !text.includes(`Kenttä ${field.name} kertoo tämän`);
      if (field.kind === 'relation') return text.trim() === '';
      // A choice shows as its label: at least the section says something.
      return text.trim() === '';
    });
    expect(missing.map((field) => `${field.name} (section ${field.section})`)).toEqual([]);
  });

  it('are validated as the description says: every field known, no other', async () => {
    const schema = registerSchema(LANGUAGES);
    expect(Object.keys(schema.fields)).toEqual(REGISTER_FIELDS.map((field) => field.name));
    await expect(schema.validate({ slug: 'x', title: { fi: 'X' }, notAField: 1 })).rejects.toThrow('unknown field "notAField"');
  });

  it('are the register attributes; schema.json adds only what the register keeps for itself', () => {
    const attributes = contentTypes.register.schema.attributes as Record<string, { type: string; enum?: string[] }>;
    const own = Object.keys(registerSchemaJson.attributes);
    expect(own.filter((name) => REGISTER_FIELDS.some((field) => field.name === name))).toEqual([]);
    expect(Object.keys(attributes).sort()).toEqual([...REGISTER_FIELDS.map((field) => field.name), ...own].sort());
    expect(attributes.noticeKind).toEqual({ type: 'enumeration', enum: ['art13', 'art14', 'both'], default: 'art13' });
    expect(attributes.purposes).toEqual({ type: 'relation', relation: 'manyToMany', target: 'plugin::privacy-notices.processing-purpose' });
  });

  it('take their enumeration values from the domain in every content type', () => {
    const enums = Object.values(contentTypes).flatMap(({ schema }) =>
      Object.entries(schema.attributes as Record<string, { type: string; enum?: string[] }>).filter(([, attribute]) => attribute.type === 'enumeration'),
    );
    expect(enums.length).toBeGreaterThanOrEqual(5);
    const lists = Object.values(CHOICE_LISTS).map((list) => list.join());
    for (const [name, attribute] of enums) expect([name, lists.includes((attribute.enum ?? []).join())]).toEqual([name, true]);
  });
});
