import { readFileSync } from 'fs';
import path from 'path';
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';
import type { ImportedRegisterDraft } from '../../server/src/domain/import';

// Real legacy notices, kept in tests/fixtures/notices.
const FIXTURES = path.join(__dirname, '../fixtures/notices');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const FILES = ['label-paragraphs.txt', 'numbered-sections.txt', 'three-registers-with-dates.txt'];

const fieldNames = (draft: ImportedRegisterDraft) => Object.keys(draft.fields).sort();
const targetOf = (draft: ImportedRegisterDraft, line: number) => draft.lines.find((l) => l.line === line)?.target;

describe.each(FILES)('importing %s', (file) => {
  const text = read(file);
  const { registers } = importLegacyNotice(text);

  it('keeps every sentence somewhere in the drafts', () => {
    expect(uncoveredLines(text, registers)).toEqual([]);
  });

  it('records where every non-empty line went, once', () => {
    const nonEmpty = text
      .split('\n')
      .map((line, i) => (line.trim() ? i + 1 : 0))
      .filter(Boolean);
    const recorded = registers.flatMap((draft) => draft.lines.map((l) => l.line)).sort((a, b) => a - b);
    expect(recorded).toEqual(nonEmpty);
  });
});

describe('numbered-sections.txt: numbered headings, then cookie sections', () => {
  const text = read('numbered-sections.txt');
  const { registers, warnings } = importLegacyNotice(text);
  const [draft] = registers;

  it('is one register named by its "Rekisterin nimi" section', () => {
    expect(registers).toHaveLength(1);
    expect(draft.title).toEqual({ fi: 'twiitti.fi/ Sähköisten palvelujen asiakasrekisteri' });
  });

  it('reads the controller and the contact person', () => {
    expect(draft.controller).toEqual({
      name: 'Twiitti.fi',
      businessId: null,
      streetAddress: null,
      postalCode: null,
      city: null,
      country: 'FI',
      email: null,
      phone: null,
      website: null,
    });
    expect(draft.contactPerson).toEqual({
      name: 'Markus Mäkelä',
      email: 'toimisto@twiitti.fi',
      phone: '040 6311231',
      address: null,
    });
  });

  it('splits the six bulleted purposes and keeps the section text', () => {
    expect(draft.purposes).toHaveLength(6);
    expect(draft.purposes[1]).toEqual({ title: { fi: 'Analysointi ja tilastointi' }, description: null, legalBasis: null, legalBasisEvidence: null });
    expect(draft.purposes[4].title.fi).toBe('Mielipide- ja markkinatutkimukset');
    expect(draft.purposes.every((purpose) => purpose.legalBasis === null)).toBe(true);
    expect(draft.purposesText?.fi).toMatch(/^Asiakkaan henkilötietoja voidaan käsitellä seuraavia tarkoituksia varten:\n\n- asiakkuuden/);
  });

  it('groups the data content into categories named by the "…, kuten:" intros', () => {
    expect(draft.dataCategories.map((category) => category.name.fi)).toEqual([
      'Rekisteröidyn perustiedot',
      'Asiakkuuteen ja muuhun asialliseen yhteyteen sekä palveluiden ja sisältöjen käyttämiseen liittyvät tiedot',
    ]);
    expect(draft.dataCategories[0].examples?.fi).toEqual([
      'etu- ja sukunimi',
      'yhteystiedot (esimerkiksi postiosoitteet, puhelinnumerot, sähköpostiosoitteet)',
      'yritysasiakkaiden yhteyshenkilöiden ammattia tai asemaa työyhteisössä koskevat tiedot',
    ]);
    expect(draft.dataCategories[1].examples?.fi).toHaveLength(8);
  });

  it('fills sources, disclosures, security, rights and cookies', () => {
    expect(fieldNames(draft)).toEqual(['cookies', 'regularDisclosures', 'rights', 'security', 'sources']);
    expect(draft.fields.rights?.fi).toMatch(/^Rekisteröidylläon oikeus tarkastaa/);
    expect(draft.fields.security?.fi).toContain('\n\nManuaalisessa muodossa olevat');
    expect(targetOf(draft, 69)).toBe('fields.rights');
  });

  it('merges both cookie sections under their own headings, lists as Markdown', () => {
    const cookies = draft.fields.cookies?.fi ?? '';
    expect(cookies).toMatch(/^\*\*Evästeiden käyttö\*\*\n\nSivustolla käytetään evästeitä/);
    expect(cookies).toContain('\n\n**Evästeiden poisto ja estäminen**\n\nGoogle Analytics');
    expect(cookies).toContain('Evästeet keräävät seuraavia tietoja:\n\n- käyttäjän IP-osoite\n- kellonaika\n');
  });

  it('reads the document title lines as the title, keeps the noise before the first heading as an extra section, with a warning', () => {
    expect(draft.extraSections).toEqual([{ title: { fi: 'Muut tiedot' }, body: { fi: 'Twiitti' } }]);
    expect([3, 5].map((line) => targetOf(draft, line))).toEqual(['documentTitle', 'documentTitle']);
    expect(warnings).toContainEqual({ code: 'looseText', params: { from: 1, to: 5, title: 'Muut tiedot' } });
  });

  it('maps heading lines with their numbering as markers', () => {
    expect(draft.lines.find((l) => l.line === 7)).toEqual({ line: 7, target: 'controller', markers: ['1. Rekisterinpitäjä'] });
    expect(targetOf(draft, 61)).toBe('fields.regularDisclosures');
    expect(draft.legacyDates).toEqual({ createdOn: null, updates: [] });
  });
});

describe('label-paragraphs.txt: one "Label: text" paragraph per section', () => {
  const text = read('label-paragraphs.txt');
  const { registers, warnings } = importLegacyNotice(text);
  const [draft] = registers;

  it('is one register without name or controller, and says so', () => {
    expect(registers).toHaveLength(1);
    expect(draft.title).toEqual({});
    expect(draft.controller).toBeNull();
    // The missing name is the plan's to report (it gives the generic title); the missing controller is said once.
    expect(warnings.filter((w) => w.code === 'noController')).toHaveLength(1);
  });

  it('joins lines wrapped mid-sentence into one paragraph', () => {
    expect(draft.fields.retention).toEqual({
      fi:
        'Asiakkuussopimuksen tuottamiseen liittyvät asiakkuuden perustiedot tuhotaan viimeistään kaksi vuotta ' +
        'asiakassuhteen päättymisen jälkeen. Suostumuksen perusteella käsiteltävät viestintätiedot säilytetään, ' +
        'kunnes asiakas peruu suostumuksensa. Kirjanpitoaineistoja säilötään kirjanpitolain mukaisesti kuusi vuotta.',
    });
  });

  it('recognises a label broken over two lines', () => {
    expect(draft.fields.regularDisclosures?.fi).toMatch(/^Tietoja ei säännönmukaisesti luovuteta eikä siirretä EU:n/);
    expect(draft.lines.filter((l) => l.line === 19 || l.line === 20)).toEqual([
      {
        line: 19,
        target: 'fields.regularDisclosures',
        markers: ['Säännönmukaiset tietojen luovutukset ja tietojen siirto EU:n tai Euroopan'],
      },
      { line: 20, target: 'fields.regularDisclosures', markers: ['talousalueen ulkopuolelle:'] },
    ]);
  });

  it('fills the sections the notice has', () => {
    expect(fieldNames(draft)).toEqual([
      'automatedDecisions',
      'cookies',
      'regularDisclosures',
      'retention',
      'rights',
      'security',
      'sources',
    ]);
    expect(draft.fields.automatedDecisions).toEqual({ fi: 'Automatisoituja yksittäispäätöksiä ei tehdä.' });
    expect(draft.fields.cookies?.fi).toMatch(/^Sivusto käyttää evästeitä \(Cookies\)/);
  });

  it('keeps both purpose paragraphs, each under its label, and splits no purposes from prose', () => {
    expect(draft.purposesText?.fi).toMatch(/^\*\*Rekisterin käyttötarkoitus\*\*\n\nHenkilötietoja käytetään/);
    expect(draft.purposesText?.fi).toContain('**Tietojen keräämisen ja käsittelyn peruste**\n\nTietoja kerätään');
    expect(draft.purposes).toEqual([]);
  });

  it('splits the enumerated data content into categories', () => {
    expect(draft.dataCategories.map((category) => category.name.fi)).toEqual([
      'Nimi',
      'Sähköposti',
      'Yritys',
      'Y-tunnus',
      'Yrityksen osoite',
      'Tilatut palvelut',
    ]);
  });

  it('keeps an unknown label paragraph as an extra section under its label', () => {
    expect(draft.extraSections).toHaveLength(1);
    expect(draft.extraSections[0].title).toEqual({ fi: 'Mahdolliset muutokset' });
    expect(draft.extraSections[0].body.fi).toMatch(/^Palvelumme ja lainsäädäntö kehittyy jatkuvasti/);
  });
});

describe('three-registers-with-dates.txt: three registers, dates, page noise', () => {
  const text = read('three-registers-with-dates.txt');
  const { registers, warnings } = importLegacyNotice(text);
  const optifluence = {
    name: 'Optifluence Oy',
    businessId: null,
    streetAddress: 'Ullanmäentie 10a A1',
    postalCode: '02700',
    city: 'Kauniainen',
    country: 'FI',
    email: 'petro.poutanen@optifluence.com',
    phone: '040 767 1631',
    website: null,
  };

  it('finds three registers by the repeated "Rekisterin nimi" sequence', () => {
    expect(registers.map((draft) => draft.title.fi)).toEqual([
      'Optifluence Oy:n asiakasrekisteri ja markkinointirekisteri',
      'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
      // The notice itself repeats the second register's name here.
      'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri',
    ]);
    expect(warnings).toContainEqual({
      code: 'sameTitle',
      params: { title: 'Optifluence Oy:n sosiaalisen median tutkimuspalveluiden henkilörekisteri', other: 2 },
      register: 3,
    });
  });

  it('reads each register its controller and contact person', () => {
    for (const draft of registers) {
      expect(draft.controller).toEqual(optifluence);
      expect(draft.contactPerson).toEqual({ name: 'Petro Poutanen', email: null, phone: null, address: null });
    }
  });

  it('reads the laadittu and päivitetty dates of each register', () => {
    expect(registers.map((draft) => draft.legacyDates)).toEqual([
      { createdOn: '2018-05-24', updates: ['2018-06-06'] },
      { createdOn: '2018-05-24', updates: ['2018-10-04'] },
      { createdOn: '2018-05-24', updates: ['2018-10-04'] },
    ]);
  });

  it('gives each register its own title line and intro, dates taken out', () => {
    expect(registers.map((draft) => draft.extraSections.map((section) => section.title.fi))).toEqual([
      // "Tietosuojaselosteet" is the document's title; the sentence after it has no heading of its own.
      ['Muut tiedot', 'Asiakas- ja markkinointirekisteri'],
      ['Sosiaalisen median tutkimuspalveluiden henkilörekisteri'],
      ['Kyselytutkimusten osallistujarekisteri', 'Muut tiedot'],
    ]);
    const intro = registers[0].extraSections[1].body.fi;
    expect(intro).toMatch(/^Tämä on Optifluence Oy:n henkilötietolain .* rekisteri- ja tietosuojaseloste\.$/);
    expect(registers[0].lines.find((l) => l.line === 7)?.markers).toEqual(['Laadittu 24.05.2018.', 'Päivitetty 6.6.2018.']);
  });

  it('keeps the trailing page noise as an extra section of the last register', () => {
    expect(registers[2].extraSections[1].body).toEqual({ fi: 'Start typing and press Enter to search' });
    expect(warnings).toContainEqual({ code: 'looseText', params: { from: 172, to: 172, title: 'Muut tiedot' }, register: 3 });
  });

  it('keeps each register to its own lines', () => {
    const ranges = registers.map((draft) => [draft.lines[0].line, draft.lines[draft.lines.length - 1].line]);
    expect(ranges).toEqual([
      [1, 54],
      [56, 117],
      [119, 172],
    ]);
  });

  it('fills the sections each register has', () => {
    expect(registers.map(fieldNames)).toEqual([
      ['regularDisclosures', 'rights', 'security', 'sources'],
      ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
      ['regularDisclosures', 'rights', 'security', 'sources', 'transfersText'],
    ]);
    expect(registers.every((draft) => draft.purposesText && draft.dataCategoriesText)).toBe(true);
  });

  it('splits a combined disclosures-and-transfers section by paragraph', () => {
    expect(registers[1].fields.transfersText).toEqual({
      fi: 'Tietoja voidaan siirtää rekisterinpitäjän toimesta myös EU:n tai ETA:n ulkopuolelle.',
    });
    expect(registers[2].fields.regularDisclosures).toEqual({
      fi: 'Kyselytutkimusten henkilötietoja ei luovuteta säännönmukaisesti ulkopuolisille tahoille.',
    });
    expect(targetOf(registers[1], 103)).toBe('fields.transfersText');
    expect(warnings).toContainEqual({
      code: 'disclosuresAndTransfersCombined',
      params: { line: 40, heading: 'Tietojen luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle' },
      register: 1,
    });
  });

  it('keeps a sentence on another topic in the section where the notice put it', () => {
    expect(registers[0].dataCategoriesText?.fi).toContain('Tietoja säilytetään asiakkuuden ajan.');
    expect(registers[2].fields.security?.fi).toContain('Henkilötietoja säilytetään vain niin kauan');
  });

  it('merges the two rights sections, each under its heading', () => {
    const rights = registers[0].fields.rights?.fi ?? '';
    expect(rights).toMatch(/^\*\*Tarkastusoikeus ja oikeus vaatia tiedon korjaamista\*\*\n\nJokaisella/);
    expect(rights).toContain('\n\n**Muut henkilötietojen käsittelyyn liittyvät oikeudet**\n\nRekisterissä olevalla');
  });

  it('does not split purposes from prose that states no single legal basis', () => {
    expect(registers.every((draft) => draft.purposes.length === 0)).toBe(true);
    expect(registers.every((draft) => draft.purposesText !== null)).toBe(true);
  });

  it('reads the data categories its sentences name, the sentences kept as written', () => {
    const names = (i: number) => registers[i].dataCategories.map((category) => category.name.fi);
    expect(names(0)).toEqual([
      'Henkilön nimi',
      'Asema',
      'Yritys/organisaatio',
      'Yhteystiedot',
      'Asiakkuuden hoitamiseen liittyviä tietoja',
      'Tietoja käydyistä myyntineuvotteluista',
    ]);
    expect(registers[0].dataCategories[3].examples).toEqual({ fi: ['puhelinnumero', 'sähköpostiosoite', 'osoite'] });
    expect(names(1)).toEqual(['Sosiaalisen median palvelujen käyttäjien ilmoittamat nimet', 'Käyttäjätunnukset', 'Sosiaalisen median palvelujen käytöstä syntyvät julkiset tiedot']);
    expect(names(2)).toEqual([
      'Vastaajan nimi',
      'Osoite',
      'Sähköpostiosoite',
      'Puhelinnumero',
      'Tutkimusvastaukset',
      'Arvontoihin liittyvät tiedot',
      'Tutkimustoiminnan kehittämiseen liittyvät palautteet',
    ]);
    expect(registers.every((draft) => draft.dataCategoriesText !== null)).toBe(true);
  });
});
