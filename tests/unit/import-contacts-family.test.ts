/**
 * Contact details as notices write them: a representative or a person responsible for the register
 * under their own heading (their phone is not the controller's), a switchboard number in brackets,
 * a business ID in an aside, a contact card on one line, a city followed by a sentence or the country.
 * When a value cannot be told apart, the field stays empty and the line is kept as written.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';
import type { ImportedRegisterDraft } from '../../server/src/domain/import';
import { planRegister } from '../../server/src/domain/import-plan';
import { MAX_NAME } from '../../server/src/validation/fields';

function read(text: string, locale: string): ImportedRegisterDraft {
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  expect(registers).toHaveLength(1);
  return registers[0];
}

const controllerOf = (lines: string[], locale: string) => {
  const heading = { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' }[locale] as string;
  const text = [heading, ...lines].join('\n');
  return { draft: read(text, locale), text };
};

describe('a contact person\'s heading ends the controller\'s section', () => {
  it.each([
    ['fi', 'Rekisterinpitäjän edustaja'],
    ['fi', '2. Rekisterinpitäjän edustaja'],
    ['fi', 'Rekisteriasioista vastaava'],
    ['fi', 'Rekisteriasioista vastaava henkilö'],
    ['fi', 'Yhteyshenkilö rekisteriä koskevissa asioissa'],
    ['sv', 'Kontaktperson i registerärenden'],
    ['sv', 'Den personuppgiftsansvariges företrädare'],
    ['en', 'Contact person for the register'],
    ['en', "Controller's representative"],
  ])('%s: "%s"', (locale, heading) => {
    const [controller, phone] = {
      fi: ['1. Rekisterinpitäjä', 'puh.'],
      sv: ['1. Personuppgiftsansvarig', 'tfn'],
      en: ['1. Controller', 'Tel.'],
    }[locale] as string[];
    const switchboard = { fi: 'vaihde', sv: 'växel', en: 'switchboard' }[locale] as string;
    const text = [controller, 'Hämeenkylän kunta', 'Kunnantie 4, 16900 Hämeenkylä', `${phone} (03) 578 1000 (${switchboard})`, '', heading, 'Leena Aaltonen', `${phone} 044 578 1200`].join('\n');
    const draft = read(text, locale);
    expect(draft.controller?.phone).toBe('(03) 578 1000');
    expect(draft.contactPerson).toMatchObject({ name: 'Leena Aaltonen', phone: '044 578 1200' });
  });
});

describe('a kunta notice with a representative and a person responsible', () => {
  const text = [
    '1. Rekisterinpitäjä',
    'Hämeenkylän kunta',
    'Kunnantie 4, 16900 Hämeenkylä',
    'puh. (03) 578 1000 (vaihde)',
    'kirjaamo@hameenkyla.fi',
    '',
    '2. Rekisterinpitäjän edustaja',
    'Perusturvajohtaja Leena Aaltonen',
    'puh. 044 578 1200',
    '',
    '3. Rekisteriasioista vastaava henkilö',
    'Sosiaalityön johtaja Pekka Niemelä, puh. 044 578 1230, pekka.niemela@hameenkyla.fi',
  ].join('\n');

  it('gives the controller its switchboard, and does not mix the two persons\' details', () => {
    const draft = read(text, 'fi');
    expect(draft.controller).toMatchObject({ name: 'Hämeenkylän kunta', phone: '(03) 578 1000', email: 'kirjaamo@hameenkyla.fi' });
    expect(draft.contactPerson).toEqual({ name: 'Perusturvajohtaja Leena Aaltonen', phone: '044 578 1200', email: null, address: null });
    expect(draft.extraSections).toEqual([
      { title: { fi: 'Rekisteriasioista vastaava henkilö' }, body: { fi: 'Sosiaalityön johtaja Pekka Niemelä, puh. 044 578 1230, pekka.niemela@hameenkyla.fi' } },
    ]);
  });
});

describe('a phone number with its area code in brackets', () => {
  it.each([
    ['fi', 'puh. (03) 578 1000 (vaihde)', '(03) 578 1000'],
    ['fi', 'Puhelin: (09) 310 1234 (vaihde)', '(09) 310 1234'],
    ['fi', 'Vaihde (09) 310 1234', '(09) 310 1234'],
    ['sv', 'tfn (09) 123 4567 (växel)', '(09) 123 4567'],
    ['en', 'Tel. +358 (0)9 123 4567 (switchboard)', '+358 (0)9 123 4567'],
  ])('%s: "%s"', (locale, line, phone) => {
    const { draft } = controllerOf(['Testi Oy', line], locale);
    expect(draft.controller?.phone).toBe(phone);
  });

  it('is not read with words after it that say something else', () => {
    const { draft, text } = controllerOf(['Testi Oy', 'puh. (03) 578 1000 (vain arkisin)'], 'fi');
    expect(draft.controller).toMatchObject({ phone: null, streetAddress: null });
    const plan = planRegister(draft, { locale: 'fi', defaultLanguage: 'fi', input: text, maxName: MAX_NAME });
    expect(plan.warnings).toContainEqual({ code: 'contactLineUnread', params: { field: 'controller', lines: '3', title: 'Rekisterinpitäjä' } });
  });
});

describe('a business ID in an aside after the name', () => {
  it.each([
    ['en', 'Northlight Software Oy (business ID 1876354-0)', 'Northlight Software Oy', '1876354-0'],
    ['en', 'Northlight Software Oy (Business ID 1876354-0)', 'Northlight Software Oy', '1876354-0'],
    ['fi', 'Kahvipapu Oy (Y-tunnus 2947153-5)', 'Kahvipapu Oy', '2947153-5'],
    ['sv', 'Sångföreningen Lärkan rf (FO-nummer 2563107-9)', 'Sångföreningen Lärkan rf', '2563107-9'],
  ])('%s: "%s"', (locale, line, name, businessId) => {
    const { draft } = controllerOf([line, 'Tekniikantie 14, 02150 Espoo'], locale);
    expect(draft.controller).toMatchObject({ name, businessId, streetAddress: 'Tekniikantie 14', postalCode: '02150', city: 'Espoo' });
  });
});

describe('a contact card on one line without labels', () => {
  it.each([
    ['en', 'Northlight Software Oy, Tekniikantie 14, 02150 Espoo', 'Northlight Software Oy', 'Tekniikantie 14', 'Espoo'],
    ['fi', 'Kahvipapu Oy, Hämeenkatu 12, 33100 Tampere', 'Kahvipapu Oy', 'Hämeenkatu 12', 'Tampere'],
    ['fi', 'Asunto Oy Koivukuja 7, Koivukuja 7 B, 33560 Tampere', 'Asunto Oy Koivukuja 7', 'Koivukuja 7 B', 'Tampere'],
    ['sv', 'Sångföreningen Lärkan rf, Strandgatan 3, 65100 Vasa', 'Sångföreningen Lärkan rf', 'Strandgatan 3', 'Vasa'],
  ])('%s: "%s"', (locale, line, name, streetAddress, city) => {
    const { draft } = controllerOf([line], locale);
    expect(draft.controller).toMatchObject({ name, streetAddress, city });
  });
});

describe('a city followed by a sentence or the country', () => {
  it.each([
    ['fi', 'Kuntosali Voima ry, Y-tunnus 2731094-9, Urheilutie 2, 70100 Kuopio. Sähköposti hallitus@kuntosalivoima.fi.', 'Kuopio', 'hallitus@kuntosalivoima.fi'],
    ['sv', 'Sångföreningen Lärkan rf, Strandgatan 3, 65100 Vasa. E-post styrelsen@larkan.fi', 'Vasa', 'styrelsen@larkan.fi'],
    ['en', 'Northlight Software Oy, Tekniikantie 14, 02150 Espoo. Email privacy@northlight.fi', 'Espoo', 'privacy@northlight.fi'],
  ])('%s: the sentence after the city is its own detail', (locale, line, city, email) => {
    const { draft } = controllerOf([line], locale);
    expect(draft.controller).toMatchObject({ city, email });
  });

  it.each([
    ['en', 'Tekniikantie 14, 02150 Espoo, Finland'],
    ['fi', 'Tekniikantie 14, 02150 Espoo, Suomi'],
    ['sv', 'Tekniikantie 14, 02150 Esbo, Finland'],
  ])('%s: "%s" names the city; the country is read and the line needs no keeping', (locale, line) => {
    const { draft, text } = controllerOf(['Northlight Software Oy', line], locale);
    expect(draft.controller).toMatchObject({ streetAddress: 'Tekniikantie 14', postalCode: '02150', country: 'FI' });
    expect(draft.controller?.city).toMatch(/^(Espoo|Esbo)$/);
    const plan = planRegister(draft, { locale, defaultLanguage: locale, input: text, maxName: MAX_NAME });
    expect(plan.warnings.map((w) => w.code)).not.toContain('contactLineUnread');
  });

  it.each([
    ['fi', 'Tekniikantie 14, 02150 Espoo (pääkonttori)'],
    ['en', 'Tekniikantie 14, 02150 Espoo, Sweden'],
  ])('%s: "%s" is kept as written where the city is not clear or another country is named', (locale, line) => {
    const { draft, text } = controllerOf(['Northlight Software Oy', line], locale);
    expect(draft.controller?.city === null || draft.controller?.city === 'Espoo').toBe(true);
    expect(draft.controller?.city ?? '').not.toMatch(/[(,]/);
    const plan = planRegister(draft, { locale, defaultLanguage: locale, input: text, maxName: MAX_NAME });
    expect(plan.warnings.map((w) => w.code)).toContain('contactLineUnread');
  });
});

describe('a line that names another person keeps that person\'s details', () => {
  const personOf = (lines: string[], locale: string) => {
    const heading = { fi: '2. Yhteyshenkilö', sv: '2. Kontaktperson', en: '2. Contact person' }[locale] as string;
    const text = [heading, ...lines].join('\n');
    return { draft: read(text, locale), text };
  };

  it.each([
    ['fi', ['Seuran sihteeri Sari Heikkinen, 050 321 6547', 'Junioripäällikkö Ari Lehto, 044 987 1122, juniorit@pallokotkat.fi'], 'Seuran sihteeri Sari Heikkinen', '050 321 6547'],
    ['fi', ['Sari Heikkinen', 'puh. 050 321 6547', 'Yhteyshenkilö: Ari Lehto, juniorit@pallokotkat.fi'], 'Sari Heikkinen', '050 321 6547'],
    ['sv', ['Sekreterare Stina Holm, 050 321 6547', 'Juniorledare Anders Lund, 044 987 1122, juniorer@bollklubben.fi'], 'Sekreterare Stina Holm', '050 321 6547'],
    ['en', ['Club secretary Sarah Hill, +358 50 321 6547', 'Youth Coordinator Adam Lee, +358 44 987 1122, youth@club.example'], 'Club secretary Sarah Hill', '+358 50 321 6547'],
  ])('%s: the first person has no e-mail of the second', (locale, lines, name, phone) => {
    const { draft, text } = personOf(lines, locale);
    expect(draft.contactPerson).toMatchObject({ name, phone, email: null });
    const plan = planRegister(draft, { locale, defaultLanguage: locale, input: text, maxName: MAX_NAME });
    // The second person's line is kept as written for the editor.
    expect(plan.warnings.map((w) => w.code)).toContain('contactLineUnread');
  });

  it.each([
    ['fi', ['Testi Oy', 'Esimerkkikatu 1, 00100 Helsinki', 'Tietosuojavastaava Pekka Virtanen, puh. 040 123 4567, pekka.virtanen@testi.fi']],
    ['sv', ['Test Ab', 'Exempelgatan 1, 00100 Helsingfors', 'Dataskyddsombud Per Berg, tfn 040 123 4567, per.berg@test.fi']],
    ['en', ['Test Ltd', 'Example Street 1, 00100 Helsinki', 'Privacy Manager Peter West, +358 40 123 4567, peter.west@test.example']],
  ])('%s: in the controller section, a named person\'s phone and e-mail are not the controller\'s', (locale, lines) => {
    const { draft } = controllerOf(lines, locale);
    expect(draft.controller).toMatchObject({ name: lines[0], postalCode: '00100', phone: null, email: null });
  });

  it.each([
    ['fi', ['Sari Heikkinen', '050 321 6547', 'sari@pallokotkat.fi']],
    ['en', ['Sarah Hill', 'Phone: +358 50 321 6547', 'Email: sarah@club.example']],
  ])('%s: one person\'s own details on lines of their own are still read', (locale, lines) => {
    const { draft } = personOf(lines, locale);
    expect(draft.contactPerson?.email).toBe(lines[2].replace(/^Email: /, ''));
  });
});
