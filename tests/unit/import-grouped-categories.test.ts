/**
 * Data of different data subjects in one section: "Lapsen tiedot: …" and "Huoltajan tiedot: …", as
 * sentences or as labels above lists. Each label is a category and its names are the examples, so
 * the child's name and the guardian's name do not become "Nimi" twice. One label alone is the
 * section's opening, and its names stay the categories.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';
import { importDictionary } from '../../server/src/domain/import/dictionary';
import { dataCategoriesFrom } from '../../server/src/domain/import/lists';

const HEADING: Record<string, string> = { fi: 'Rekisterin tietosisältö', sv: 'Registrets datainnehåll', en: 'Categories of personal data' };

/** The data categories of a notice that is only the data section, as [name, examples]. */
function categories(locale: string, body: string): Array<[string | undefined, string[] | null]> {
  const text = `${HEADING[locale]}\n${body}`;
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return registers[0].dataCategories.map((category) => [category.name[locale], category.examples?.[locale] ?? null]);
}

describe('labelled sentences, one per data subject', () => {
  it('fi: the child and the guardian, on lines of their own', () => {
    expect(
      categories(
        'fi',
        'Lapsen tiedot: nimi, henkilötunnus, äidinkieli, tuen tarve ja tukitoimet, lapsen terveydentilaa koskevat tiedot kuten allergiat ja pitkäaikaissairaudet.\nHuoltajan tiedot: nimi, henkilötunnus, osoite, puhelinnumero, sähköpostiosoite.',
      ),
    ).toEqual([
      ['Lapsen tiedot', ['nimi', 'henkilötunnus', 'äidinkieli', 'tuen tarve', 'tukitoimet', 'lapsen terveydentilaa koskevat tiedot (allergiat, pitkäaikaissairaudet)']],
      ['Huoltajan tiedot', ['nimi', 'henkilötunnus', 'osoite', 'puhelinnumero', 'sähköpostiosoite']],
    ]);
  });

  it('fi: three groups in paragraphs of their own', () => {
    expect(
      categories('fi', 'Jäsenen tiedot: nimi, osoite ja jäsennumero.\n\nHuoltajan tiedot: nimi ja puhelinnumero.\n\nLaskutustiedot: viitenumero, maksupäivä.'),
    ).toEqual([
      ['Jäsenen tiedot', ['nimi', 'osoite', 'jäsennumero']],
      ['Huoltajan tiedot', ['nimi', 'puhelinnumero']],
      ['Laskutustiedot', ['viitenumero', 'maksupäivä']],
    ]);
  });

  it('sv: the pupil and the guardian', () => {
    expect(categories('sv', 'Elevens uppgifter: namn, personbeteckning och modersmål.\nVårdnadshavarens uppgifter: namn, adress, telefonnummer och e-postadress.')).toEqual([
      ['Elevens uppgifter', ['namn', 'personbeteckning', 'modersmål']],
      ['Vårdnadshavarens uppgifter', ['namn', 'adress', 'telefonnummer', 'e-postadress']],
    ]);
  });

  it('en: the employee and the next of kin', () => {
    expect(categories('en', 'Employee data: name, date of birth, bank account and tax card.\nNext of kin: name and phone number.')).toEqual([
      ['Employee data', ['name', 'date of birth', 'bank account', 'tax card']],
      ['Next of kin', ['name', 'phone number']],
    ]);
  });
});

describe('labels above lists', () => {
  it('fi: the player and the guardian; an item of its own words or a clause stays whole', () => {
    expect(
      categories(
        'fi',
        'Pelaajan tiedot:\n- nimi, syntymäaika, osoite\n- joukkue, pelipaikka ja pelinumero\n- lisenssin ja vakuutuksen numero\n- terveystiedot, kuten allergiat ja astma, jos huoltaja on ne ilmoittanut\nHuoltajan tiedot:\n- nimi, puhelinnumero ja sähköpostiosoite\n- laskutustiedot',
      ),
    ).toEqual([
      ['Pelaajan tiedot', ['nimi', 'syntymäaika', 'osoite', 'joukkue', 'pelipaikka', 'pelinumero', 'lisenssin ja vakuutuksen numero', 'terveystiedot, kuten allergiat ja astma, jos huoltaja on ne ilmoittanut']],
      ['Huoltajan tiedot', ['nimi', 'puhelinnumero', 'sähköpostiosoite', 'laskutustiedot']],
    ]);
  });

  it('sv: members and contact persons, in blocks of their own', () => {
    expect(categories('sv', 'Medlemmar:\n- namn och adress\n- medlemsnummer\n\nKontaktpersoner:\n- namn\n- telefonnummer')).toEqual([
      ['Medlemmar', ['namn och adress', 'medlemsnummer']],
      ['Kontaktpersoner', ['namn', 'telefonnummer']],
    ]);
  });

  it('en: customers and their employees', () => {
    expect(categories('en', "Customer's data:\n- name, address, e-mail\n- customer number\nCustomer's employees:\n- name\n- salary, tax card")).toEqual([
      ["Customer's data", ['name', 'address', 'e-mail', 'customer number']],
      ["Customer's employees", ['name', 'salary', 'tax card']],
    ]);
  });
});

describe('a single opening keeps the names as categories', () => {
  it.each([
    ['fi', 'Rekisteriin tallennetaan seuraavat tiedot: nimi, osoite ja puhelinnumero.', ['Nimi', 'Osoite', 'Puhelinnumero']],
    ['fi', 'Henkilötiedot: nimi, sähköpostiosoite, puhelinnumero.', ['Nimi', 'Sähköpostiosoite', 'Puhelinnumero']],
    ['fi', 'Rekisteri voi sisältää seuraavia tietoja:\n- nimi\n- osoite', ['Nimi', 'Osoite']],
    ['sv', 'Personuppgifter: namn, adress och telefonnummer.', ['Namn', 'Adress', 'Telefonnummer']],
    ['en', 'Personal data: name, address and phone number.', ['Name', 'Address', 'Phone number']],
    ['en', 'We process the following data:\n- name\n- e-mail address', ['Name', 'E-mail address']],
  ])('%s: %s', (locale, body, names) => {
    expect(categories(locale, body).map(([name]) => name)).toEqual(names);
  });

  it('a sentence before a list is no label: with one label left, the items stay the categories', () => {
    const { dictionary } = importDictionary('fi');
    const elements = [
      { kind: 'paragraph' as const, text: 'Asiakkaista rekisteriin tallennetaan seuraavat tiedot:' },
      { kind: 'list' as const, items: [{ marker: null, text: 'nimi' }, { marker: null, text: 'osoite' }] },
      { kind: 'paragraph' as const, text: 'Yhteyshenkilöt:' },
      { kind: 'list' as const, items: [{ marker: null, text: 'puhelinnumero' }] },
    ];
    expect(dataCategoriesFrom(elements, dictionary, 'fi').map((c) => c.name.fi)).toEqual(['Nimi', 'Osoite', 'Puhelinnumero']);
  });
});
