/**
 * Sections written as bold labels, the way web shops and CMS pages write them: "**Rekisterinpitäjä:**
 * Testi Oy, …", "__Label:__ text", "**Label**: text", or a bold label on a line of its own. Each is
 * read like the same label without the marks: its section, its text, nothing lost.
 */
import { readOne, targetOf } from './helpers/import';



/** Three sections as label paragraphs, each label written with `mark`. */
const NOTICES: Array<[string, string, string, string, string, string]> = [
  ['fi', 'Rekisterinpitäjä', 'Kahvipapu Oy (Y-tunnus 2947153-5), Hämeenkatu 12, 33100 Tampere, puh. 040 123 4567', 'Kahvipapu Oy', 'Kuinka kauan tietoja säilytetään', 'Asiakastiedot poistetaan kolmen vuoden kuluttua.'],
  ['sv', 'Personuppgiftsansvarig', 'Sångföreningen Lärkan rf (FO-nummer 2563107-9), Strandgatan 3, 65100 Vasa', 'Sångföreningen Lärkan rf', 'Hur länge sparas uppgifterna', 'Uppgifterna raderas ett år efter att medlemskapet upphört.'],
  ['en', 'Controller', 'Northlight Software Oy (Business ID 1876354-0), Tekniikantie 14, 02150 Espoo', 'Northlight Software Oy', 'Retention period', 'Applications are deleted 24 months after the recruitment has ended.'],
];

const MARKS: Array<[string, (label: string, text: string) => string]> = [
  ['**Label:** text', (label, text) => `**${label}:** ${text}`],
  ['__Label:__ text', (label, text) => `__${label}:__ ${text}`],
  ['**Label**: text', (label, text) => `**${label}**: ${text}`],
  ['**Label:** on its own line', (label, text) => `**${label}:**\n${text}`],
  ['**Label** on its own line', (label, text) => `**${label}**\n${text}`],
];

describe.each(NOTICES)('%s: bold labels', (locale, controllerLabel, controllerText, name, retentionLabel, retentionText) => {
  it.each(MARKS)('%s is read as its section', (_layout, write) => {
    const text = [write(controllerLabel, controllerText), '', write(retentionLabel, retentionText)].join('\n');
    const { draft, warnings } = readOne(text, locale);
    expect(warnings.map((w) => w.code)).not.toContain('noHeadings');
    expect(warnings.map((w) => w.code)).not.toContain('noController');
    expect(draft.controller?.name).toBe(name);
    expect(draft.controller?.businessId).toMatch(/^\d{7}-\d$/);
    expect(draft.fields.retention?.[locale]).toBe(retentionText);
    expect(draft.extraSections).toEqual([]);
    expect(targetOf(draft, 1)).toBe('controller');
  });
});

describe('bold labels in a whole web-shop notice', () => {
  const text = [
    'Tietosuojaseloste – Kahvipapu.fi',
    '',
    '**Rekisterinpitäjä:** Kahvipapu Oy (Y-tunnus 2947153-5), Hämeenkatu 12, 33100 Tampere, asiakaspalvelu@kahvipapu.fi, puh. 040 123 4567',
    '',
    '**Rekisteriasioista vastaava:** Anna Virtanen, anna@kahvipapu.fi',
    '',
    '**Mistä tiedot saadaan:** Asiakkaalta itseltään tilauksen yhteydessä.',
    '',
    '**Kenelle tietoja luovutetaan:** Toimituksia varten nimesi ja osoitteesi välitetään Postille.',
  ].join('\n');

  it('reads each label as a section, the contact person too, instead of one untitled section', () => {
    const { draft, warnings } = readOne(text, 'fi');
    expect(warnings).toEqual([]);
    expect(draft.controller).toMatchObject({ name: 'Kahvipapu Oy', businessId: '2947153-5', city: 'Tampere', phone: '040 123 4567' });
    expect(draft.contactPerson).toMatchObject({ name: 'Anna Virtanen', email: 'anna@kahvipapu.fi' });
    expect(draft.fields.sources?.fi).toBe('Asiakkaalta itseltään tilauksen yhteydessä.');
    expect(targetOf(draft, 9)).toBe('fields.regularDisclosures');
  });
});

describe('bold words that are no label stay text', () => {
  it.each([
    ['fi', '**Huomaa** tietoja ei luovuteta: ei koskaan.'],
    ['sv', '**Obs** uppgifterna lämnas inte ut: aldrig.'],
    ['en', '**Note** we never sell data: not ever.'],
  ])('%s: "%s"', (locale, line) => {
    const heading = { fi: 'Tietojen luovutukset', sv: 'Utlämnande av uppgifter', en: 'Disclosure of data' }[locale] as string;
    const { draft } = readOne(`${heading}\n${line}`, locale);
    expect(draft.fields.regularDisclosures?.[locale]).toBe(line);
  });
});
