/**
 * Data categories a notice names in a sentence, not a list: split into the notice's own names,
 * and only when the sentence is no more than such a list. Anything else stays prose.
 */
import { importDictionary } from '../../server/src/domain/import/dictionary';
import { dataCategoriesFrom } from '../../server/src/domain/import/lists';

/** The categories read from a section of paragraphs (blank-line separated), as [name, examples]. */
function categories(locale: string, text: string): Array<[string | undefined, string[] | null]> {
  const { dictionary } = importDictionary(locale);
  const elements = text.split('\n\n').map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }));
  return dataCategoriesFrom(elements, dictionary, locale).map((category) => [category.name[locale], category.examples?.[locale] ?? null]);
}

describe('a sentence that names the data', () => {
  it('after a lead-in: names split at commas and conjunctions, brackets as examples', () => {
    expect(
      categories(
        'fi',
        'Rekisteriin tallennettavia tietoja voivat olla henkilön nimi, asema, yritys/organisaatio sekä yhteystiedot (puhelinnumero, sähköpostiosoite, osoite), asiakkuuden hoitamiseen liittyviä tietoja, ja tietoja käydyistä myyntineuvotteluista.',
      ),
    ).toEqual([
      ['Henkilön nimi', null],
      ['Asema', null],
      ['Yritys/organisaatio', null],
      ['Yhteystiedot', ['puhelinnumero', 'sähköpostiosoite', 'osoite']],
      ['Asiakkuuden hoitamiseen liittyviä tietoja', null],
      ['Tietoja käydyistä myyntineuvotteluista', null],
    ]);
  });

  it('"kuten" makes what follows examples of the name before it; prose sentences around it are left alone', () => {
    expect(
      categories(
        'fi',
        'Rekisteriin kerätään henkilötietoja tutkimukseen osallistuvilta henkilöiltä. Tietoja voivat olla vastaajan nimi, sähköpostiosoite sekä tutkimusvastaukset, kuten asiakaskokemuksen mittaus ja segmentointi. Lisäksi kerättäviä tietoja voivat olla arvontoihin liittyvät tiedot sekä palautteet.',
      ),
    ).toEqual([
      ['Vastaajan nimi', null],
      ['Sähköpostiosoite', null],
      ['Tutkimusvastaukset', ['asiakaskokemuksen mittaus', 'segmentointi']],
      ['Arvontoihin liittyvät tiedot', null],
      ['Palautteet', null],
    ]);
  });

  it('after a colon, with "etu- ja sukunimi" kept whole', () => {
    expect(categories('fi', 'Henkilötiedot: etu- ja sukunimi, syntymäaika sekä osoite.')).toEqual([
      ['Etu- ja sukunimi', null],
      ['Syntymäaika', null],
      ['Osoite', null],
    ]);
  });

  it('in Swedish and English', () => {
    expect(categories('sv', 'Uppgifterna som behandlas är namn, adress och e-postadress.')).toEqual([
      ['Namn', null],
      ['Adress', null],
      ['E-postadress', null],
    ]);
    expect(categories('en', 'The data we process include your name, postal address and purchase history (for example orders and returns).')).toEqual([
      ['Your name', null],
      ['Postal address', null],
      ['Purchase history', ['orders', 'returns']],
    ]);
  });

  it('a paragraph that is only names of personal data', () => {
    expect(categories('en', 'Name and e-mail address.')).toEqual([
      ['Name', null],
      ['E-mail address', null],
    ]);
    expect(categories('fi', 'Nimi ja puhelinnumero.')).toEqual([
      ['Nimi', null],
      ['Puhelinnumero', null],
    ]);
    expect(categories('sv', 'Namn, adress och telefonnummer.')).toHaveLength(3);
  });
});

describe('where examples end and names are whole', () => {
  it('examples after "kuten" end at ", sekä", which names another category', () => {
    expect(
      categories(
        'fi',
        'Potilaan nimi, henkilötunnus, osoite, huoltajan tai edunvalvojan tiedot, terveydentilaa koskevat tiedot kuten esitiedot, lääkitys ja röntgenkuvat, sekä laskutustiedot.',
      ),
    ).toEqual([
      ['Potilaan nimi', null],
      ['Henkilötunnus', null],
      ['Osoite', null],
      ['Huoltajan tai edunvalvojan tiedot', null],
      ['Terveydentilaa koskevat tiedot', ['esitiedot', 'lääkitys', 'röntgenkuvat']],
      ['Laskutustiedot', null],
    ]);
    expect(categories('en', 'The data include your name, purchases such as orders and returns, and payment details.')).toEqual([
      ['Your name', null],
      ['Purchases', ['orders', 'returns']],
      ['Payment details', null],
    ]);
    expect(categories('sv', 'Uppgifterna är namn, köp såsom beställningar och returer, samt betalningsuppgifter.')).toEqual([
      ['Namn', null],
      ['Köp', ['beställningar', 'returer']],
      ['Betalningsuppgifter', null],
    ]);
  });

  it('"tai", "or", "eller" do not split a name', () => {
    expect(categories('en', 'Name and e-mail or phone number.')).toEqual([
      ['Name', null],
      ['E-mail or phone number', null],
    ]);
    expect(categories('sv', 'Registret innehåller namn, adress eller e-postadress.')).toEqual([
      ['Namn', null],
      ['Adress eller e-postadress', null],
    ]);
  });

  it('the register as the subject: "Rekisteri sisältää …", "Registret innehåller …", "The register contains …"', () => {
    expect(
      categories('sv', 'Registret innehåller medlemmens namn, hemort, e-postadress, stämma (sopran, alt, tenor, bas) och uppgifter om betalda medlemsavgifter.'),
    ).toEqual([
      ['Medlemmens namn', null],
      ['Hemort', null],
      ['E-postadress', null],
      ['Stämma', ['sopran', 'alt', 'tenor', 'bas']],
      ['Uppgifter om betalda medlemsavgifter', null],
    ]);
    expect(categories('fi', 'Rekisteri sisältää jäsenen nimen, osoitteen ja puhelinnumeron.')).toEqual([
      ['Jäsenen nimen', null],
      ['Osoitteen', null],
      ['Puhelinnumeron', null],
    ]);
    expect(categories('fi', 'Rekisteriin tallennetaan seuraavat tiedot: nimi, syntymäaika, osoite ja kulkutunnisteen numero.')).toEqual([
      ['Nimi', null],
      ['Syntymäaika', null],
      ['Osoite', null],
      ['Kulkutunnisteen numero', null],
    ]);
  });
});

describe('prose is not split', () => {
  it.each([
    ['fi', 'Tietoja käsitellään luottamuksellisesti ja huolellisesti.'],
    ['fi', 'Tiedot ovat luottamuksellisia.'],
    ['fi', 'Rekisteriin kerätään henkilötietoja asiakkailta ja yhteistyökumppaneilta.'],
    ['fi', 'Tietojen keruu perustuu siihen, että käyttäjät ovat hyväksyneet käyttöehdot, jotka sisältävät tietojen luovuttamisen.'],
    ['en', 'This information is needed for the contract, and the subscriber gives it when subscribing, or later.'],
    ['en', 'We keep the data for two years and then delete it.'],
    ['en', 'The data are stored securely and accessed by authorised staff only.'],
    ['sv', 'Uppgifterna är konfidentiella och behandlas omsorgsfullt.'],
    // Names in a sentence among others, with no lead-in: the sentence is not only names.
    ['en', 'We collect your name and e-mail address. We use them to send the newsletter.'],
    // A short sentence with a verb is no list of names.
    ['sv', 'Registret innehåller namn.'],
    ['fi', 'Rekisteri sisältää nimen.'],
  ])('%s: %s', (locale, text) => {
    expect(categories(locale, text)).toEqual([]);
  });
});
