/**
 * A list with indented sub-items: the sub-items belong to the item above them. In the data section
 * they are its examples; under the purposes, part of the purpose's description, never purposes of
 * their own; and the text kept for the editor keeps the nesting.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

const only = (text: string, locale: string) => {
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return registers[0];
};
const pairs = (locale: string, draft: ReturnType<typeof only>) => draft.dataCategories.map((c) => [c.name[locale], c.examples?.[locale] ?? null]);

describe('sub-items in the data section are the examples of their item', () => {
  it('fi: "*" sub-items under "-" items, split at commas', () => {
    const draft = only(
      'Rekisterin tietosisältö\nRekisteri voi sisältää seuraavia tietoja:\n- yhteystiedot\n  * nimi, osoite, puhelin, sähköposti\n- asiakkaan työntekijöiden palkkatiedot\n  * palkat, verokortit, ammattiliiton jäsenmaksut\n- laskutustiedot',
      'fi',
    );
    expect(pairs('fi', draft)).toEqual([
      ['Yhteystiedot', ['nimi', 'osoite', 'puhelin', 'sähköposti']],
      ['Asiakkaan työntekijöiden palkkatiedot', ['palkat', 'verokortit', 'ammattiliiton jäsenmaksut']],
      ['Laskutustiedot', null],
    ]);
    expect(draft.dataCategoriesText?.fi).toBe(
      'Rekisteri voi sisältää seuraavia tietoja:\n\n- yhteystiedot\n  - nimi, osoite, puhelin, sähköposti\n- asiakkaan työntekijöiden palkkatiedot\n  - palkat, verokortit, ammattiliiton jäsenmaksut\n- laskutustiedot',
    );
  });

  it('sv: one sub-item a line, indented with a tab', () => {
    const draft = only('Registrets datainnehåll\n- kontaktuppgifter\n\t- namn\n\t- adress och telefonnummer\n- faktureringsuppgifter', 'sv');
    expect(pairs('sv', draft)).toEqual([
      ['Kontaktuppgifter', ['namn', 'adress och telefonnummer']],
      ['Faktureringsuppgifter', null],
    ]);
    expect(draft.dataCategoriesText?.sv).toBe('- kontaktuppgifter\n  - namn\n  - adress och telefonnummer\n- faktureringsuppgifter');
  });

  it('en: numbered items with bulleted sub-items; the joiner after the last comma splits too', () => {
    const draft = only('Categories of personal data\n1. Contact details\n   - name, address and e-mail\n2. Payment details\n   - card type, last four digits', 'en');
    expect(pairs('en', draft)).toEqual([
      ['Contact details', ['name', 'address', 'e-mail']],
      ['Payment details', ['card type', 'last four digits']],
    ]);
    expect(draft.dataCategoriesText?.en).toBe('1. Contact details\n   - name, address and e-mail\n2. Payment details\n   - card type, last four digits');
  });

  it('a list not indented stays flat: every item a category', () => {
    const draft = only('Rekisterin tietosisältö\n- yhteystiedot\n- nimi, osoite\n- laskutustiedot', 'fi');
    expect(pairs('fi', draft).map(([name]) => name)).toEqual(['Yhteystiedot', 'Nimi, osoite', 'Laskutustiedot']);
  });
});

describe('sub-items under the purposes are part of the purpose', () => {
  it('fi: the sub-items describe the purpose above them', () => {
    const draft = only(
      'Henkilötietojen käsittelyn tarkoitus\nRekisterin tietoja käytetään:\n- asiakassuhteen hoitamiseen\n- rahanpesulain mukaiseen asiakkaan tunnistamiseen\n  * tosiasiallisten edunsaajien selvittäminen\n  * poliittisesti vaikutusvaltaisen aseman selvittäminen\n- laskutukseen',
      'fi',
    );
    expect(draft.purposes.map((p) => [p.title.fi, p.description?.fi ?? null])).toEqual([
      ['Asiakassuhteen hoitamiseen', null],
      ['Rahanpesulain mukaiseen asiakkaan tunnistamiseen', '- tosiasiallisten edunsaajien selvittäminen\n- poliittisesti vaikutusvaltaisen aseman selvittäminen'],
      ['Laskutukseen', null],
    ]);
    expect(draft.purposesText?.fi).toContain('- rahanpesulain mukaiseen asiakkaan tunnistamiseen\n  - tosiasiallisten edunsaajien selvittäminen\n');
  });

  it('sv: a purpose with its own description and a sub-item', () => {
    const draft = only('Ändamålet med behandlingen av personuppgifter\n- Marknadsföring: nyhetsbrev\n  - evenemangsinbjudningar\n- Medlemsregister', 'sv');
    expect(draft.purposes.map((p) => [p.title.sv, p.description?.sv ?? null])).toEqual([
      ['Marknadsföring', 'nyhetsbrev\n\n- evenemangsinbjudningar'],
      ['Medlemsregister', null],
    ]);
  });

  it('en: the basis an item names is its own; its sub-items add none', () => {
    const draft = only('Purposes of processing\n- Newsletter (consent)\n  - product news\n  - event invitations\n- Customer service', 'en');
    expect(draft.purposes.map((p) => [p.title.en, p.legalBasis])).toEqual([
      ['Newsletter (consent)', 'consent'],
      ['Customer service', null],
    ]);
  });
});
