/**
 * Sentences into structure, in families: a controller on one line or several, a legal basis the
 * purpose section states, the transfers and automated-decision answers a notice states (and
 * none where it is silent), and the editor's corrections of where sections start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_WARNING_CODES, importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

const only = (text: string, locale = 'fi') => {
  const { registers, warnings } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return { draft: registers[0], warnings };
};

describe('a controller on one line or several', () => {
  const TESTI = { name: 'Testi Oy', businessId: '0737546-2', streetAddress: 'Esimerkkikatu 1', postalCode: '00100', city: 'Helsinki', email: 'tietosuoja@testi.example' };
  it.each([
    'Testi Oy (Y-tunnus 0737546-2), Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example',
    'Testi Oy, Y-tunnus: 0737546-2, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example',
    'Testi Oy (0737546-2), Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example',
    'Testi Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example, Y-tunnus 0737546-2',
    '- Testi Oy (Y-tunnus 0737546-2), Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example',
    'Testi Oy\nY-tunnus 0737546-2\nEsimerkkikatu 1\n00100 Helsinki\ntietosuoja@testi.example',
    'Nimi: Testi Oy\nY-tunnus: 0737546-2\nOsoite: Esimerkkikatu 1, 00100 Helsinki\nSähköposti: tietosuoja@testi.example',
  ])('%s', (card) => {
    const { draft } = only(`1. Rekisterinpitäjä\n${card}`);
    expect(draft.controller).toMatchObject(TESTI);
  });

  it('reads a phone number and a name with an e-mail address on one line', () => {
    expect(only('Rekisterinpitäjä\nHiuskeidas Tmi (Y-tunnus 2345678-0), Torikatu 3, 33100 Tampere, 040 555 1234').draft.controller).toMatchObject({
      name: 'Hiuskeidas Tmi',
      phone: '040 555 1234',
    });
    expect(only('Yhteyshenkilö\nAnna Lindqvist, anna.lindqvist@segla.example').draft.contactPerson).toEqual({
      name: 'Anna Lindqvist',
      email: 'anna.lindqvist@segla.example',
      phone: null,
      address: null,
    });
  });

  it('leaves a line whole when only one part of it is a contact detail and two are not', () => {
    const { draft } = only('Rekisterinpitäjä\nOy Yhtiö Ab, Helsingin toimipiste, puh. 09 123 456');
    expect(draft.controller?.name).toBe('Oy Yhtiö Ab, Helsingin toimipiste, puh. 09 123 456');
  });
});

describe('a legal basis stated for the purposes', () => {
  it.each([
    ['Käytämme tietoja ajanvarausten hoitamiseen.\n\nOikeusperuste on sopimus.', 'Käytämme tietoja ajanvarausten hoitamiseen', 'contract', 'Oikeusperuste on sopimus.'],
    ['Henkilötietoja käsitellään jäsenyyden hoitamiseen. Käsittely perustuu jäsenen kanssa tehtyyn sopimukseen.', 'Henkilötietoja käsitellään jäsenyyden hoitamiseen', 'contract', 'Käsittely perustuu jäsenen kanssa tehtyyn sopimukseen.'],
    ['Uutiskirjeen lähettäminen tilaajille.\nKäsittely perustuu rekisteröidyn suostumukseen.', 'Uutiskirjeen lähettäminen tilaajille', 'consent', 'Käsittely perustuu rekisteröidyn suostumukseen.'],
  ])('prose: %s', (body, title, basis, evidence) => {
    const { draft } = only(`Käsittelyn tarkoitus ja oikeusperuste\n\n${body}`);
    expect(draft.purposes).toEqual([{ title: { fi: title }, description: null, legalBasis: basis, legalBasisEvidence: evidence }]);
  });

  it('attaches a basis stated after a list to every item that names none; an item naming its own keeps it', () => {
    const text = 'Käsittelyn tarkoitukset\n- suoramarkkinointi\n- asiakaskyselyt\n- laskutus lakisääteisen velvoitteen vuoksi\nOikeusperuste on rekisterinpitäjän oikeutettu etu.';
    const { draft } = only(text);
    expect(draft.purposes.map((purpose) => [purpose.title.fi, purpose.legalBasis])).toEqual([
      ['Suoramarkkinointi', 'legitimate-interests'],
      ['Asiakaskyselyt', 'legitimate-interests'],
      ['Laskutus lakisääteisen velvoitteen vuoksi', 'legal-obligation'],
    ]);
  });

  it('proposes no basis where the prose names two, or none', () => {
    for (const body of [
      'Tietoja käsitellään asiakkaan suostumuksella tai sopimuksen perusteella.',
      'Tietoja käytetään asiakassuhteen hoitamiseen.',
      '- asiakassuhteen hoitaminen\n- markkinointi',
    ]) {
      const { draft } = only(`Henkilötietojen käsittelyn tarkoitus\n\n${body}`);
      expect([body, draft.purposes.filter((purpose) => purpose.legalBasis !== null)]).toEqual([body, []]);
    }
  });

  it('takes Markdown emphasis out of names', () => {
    const { draft } = only('Mitä tietoja keräämme?\n- **Yhteystiedot**: nimi ja sähköposti\n- __Laskutustiedot__');
    expect(draft.dataCategories.map((category) => category.name.fi)).toEqual(['Yhteystiedot', 'Laskutustiedot']);
    const purposes = only('Käsittelyn tarkoitus\n- **Jäsenyyden hoitaminen**: sopimus').draft.purposes;
    expect(purposes[0]).toMatchObject({ title: { fi: 'Jäsenyyden hoitaminen' }, legalBasis: 'contract' });
  });
});

describe('answers the notice states', () => {
  const answers = (text: string, locale = 'fi') => only(text, locale).draft.proposedAnswers;

  it.each([
    ['fi', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle.', 'yes'],
    ['fi', 'Tietoturva\n\nJotkin palveluntarjoajat saattavat säilyttää tietoja myös EU- tai ETA-alueen ulkopuolella.', 'yes'],
    ['fi', 'Tietojen luovutukset\n\nTietoja siirretään kolmansiin maihin komission vakiosopimuslausekkeiden perusteella.', 'yes'],
    ['fi', 'Tietojen siirto EU:n ulkopuolelle\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.', 'no'],
    ['fi', 'Tietojen luovutukset\n\nTietoja ei luovuteta eikä siirretä Euroopan talousalueen ulkopuolelle.', 'no'],
    ['sv', 'Överföring av uppgifter utanför EU eller EES\n\nUppgifterna överförs inte utanför EU eller EES.', 'no'],
    ['sv', 'Mottagare\n\nUppgifterna kan överföras till tredje land.', 'yes'],
    ['en', 'Transfers to third countries\n\nPersonal data are transferred outside the EU/EEA.', 'yes'],
    ['en', 'Recipients\n\nWe do not transfer personal data outside the EEA.', 'no'],
  ])('%s transfers: %s → %s', (locale, text, answer) => {
    const proposed = answers(text, locale).transfersOutsideEea;
    expect(proposed?.answer).toBe(answer);
    expect(proposed?.evidence[0].line).toBe(3);
  });

  it('an affirming sentence outweighs a denying one', () => {
    const text = 'Tietojen siirto EU:n ulkopuolelle\n\nTietoja ei pääsääntöisesti siirretä EU:n ulkopuolelle. Pilvipalvelun tietoja voidaan kuitenkin säilyttää EU:n ulkopuolella.';
    expect(answers(text).transfersOutsideEea).toEqual({
      answer: 'yes',
      evidence: [{ line: 3, text: 'Pilvipalvelun tietoja voidaan kuitenkin säilyttää EU:n ulkopuolella.' }],
    });
  });

  it.each([
    ['fi', 'Automaattinen päätöksenteko\n\nAutomaattisia päätöksiä ei tehdä.', 'none'],
    ['fi', 'Tehdäänkö automaattisia päätöksiä?\n\nEmme tee automaattisia päätöksiä emmekä profiloi asiakkaita.', 'none'],
    ['fi', 'Automaattinen päätöksenteko, profilointi mukaan lukien\n\nTietoja käytetään profilointiin markkinoinnin kohdentamiseksi.', 'yes'],
    ['fi', 'Käsittelyn tarkoitus\n\nSuoramarkkinointi ja sen kohdentaminen ostohistorian perusteella luotujen profiilien avulla.', 'yes'],
    ['sv', 'Automatiserat beslutsfattande\n\nInga automatiserade beslut fattas.', 'none'],
    ['en', 'Automated decision-making\n\nNo automated decisions or profiling take place.', 'none'],
    ['en', 'Automated decision-making\n\nWe use profiling to tailor our offers.', 'yes'],
  ])('%s automated decisions: %s → %s', (locale, text, answer) => {
    expect(answers(text, locale).automatedDecisionMaking?.answer).toBe(answer);
  });

  it('proposes nothing where the notice is silent, nor from a list of data', () => {
    expect(answers('Säilytysaika\n\nKaksi vuotta.')).toEqual({});
    expect(answers('Rekisterin tietosisältö\n- nimi\n- profilointi- ja kiinnostustiedot')).toEqual({});
    expect(answers('Tietojen luovutukset\n\nTietoja ei luovuteta ulkopuolisille.')).toEqual({});
    expect(answers('Tietojen säilytys\n\nTiedot säilytetään EU:n alueella.')).toEqual({});
  });
});

describe('the editor corrects where sections start', () => {
  const text = ['Säilytysaika', 'Kaksi vuotta.', 'Palvelimet ovat lukitussa tilassa.', 'Pääsy vain henkilökunnalla.', '', 'Tietoja ei luovuteta.'].join('\n');

  it('moves a block of lines to another section, and back from the next line', () => {
    const { registers } = importLegacyNotice(text, 'fi', [
      { line: 3, target: 'security' },
      { line: 6, target: 'regularDisclosures' },
    ]);
    expect(registers[0].fields).toEqual({
      retention: { fi: 'Kaksi vuotta.' },
      security: { fi: 'Palvelimet ovat lukitussa tilassa. Pääsy vain henkilökunnalla.' },
      regularDisclosures: { fi: 'Tietoja ei luovuteta.' },
    });
    expect(uncoveredLines(text, registers)).toEqual([]);
  });

  it('marks a line as the heading of a section, or of an extra section', () => {
    const notice = 'Yleistä\nTämä seloste koskee asiakkaita.\n\nMuuta tietoa\nSivustolla ei ole evästeitä.';
    const { registers } = importLegacyNotice(notice, 'fi', [
      { line: 1, target: 'dataSubjects', heading: true },
      { line: 4, target: null, heading: true },
    ]);
    expect(registers[0].fields).toEqual({ dataSubjects: { fi: 'Tämä seloste koskee asiakkaita.' } });
    expect(registers[0].extraSections).toEqual([{ title: { fi: 'Muuta tietoa' }, body: { fi: 'Sivustolla ei ole evästeitä.' } }]);
  });

  it.each([
    ['fi', 'Rekisterin nimi\nJäsenrekisteri\n\nTietolähteet\nJäseneltä.\n\nTietojen säilytys\nVuosi.\n\nKurssirekisteri\n\nTietolähteet\nKurssilaiselta.\n\nTietojen säilytys\nKurssin ajan.', 'Kurssirekisteri'],
    ['sv', 'Registrets namn\nMedlemsregister\n\nUppgiftskällor\nMedlemmen.\n\nLagringstid\nEtt år.\n\nKursregister\n\nUppgiftskällor\nDeltagaren.\n\nLagringstid\nKursens tid.', 'Kursregister'],
  ])('%s: a line made the heading of a name section names the new register', (locale, notice, name) => {
    const { registers } = importLegacyNotice(notice, locale, [{ line: 10, target: 'title', heading: true }]);
    expect(registers.map((register) => register.title[locale])).toEqual([expect.any(String), name]);
    expect(uncoveredLines(notice, registers)).toEqual([]);
  });

  it('a name section under its own heading and nothing under it stays without a name', () => {
    const notice = 'Rekisterin nimi\n\nTietolähteet\nAsiakkaalta.';
    expect(importLegacyNotice(notice, 'fi').registers[0].title).toEqual({});
  });
});

describe('a paragraph in the wrong section, suggested for the field the register lacks', () => {
  it.each([
    ['fi', 'Rekisterin tietosisältö\n- nimi\n\nTietoja säilytetään asiakkuuden ajan.\n\nTietolähteet\nAsiakkaalta.', 'retention', 4],
    ['fi', 'Tietoturva\nPalvelin on lukitussa tilassa.\n\nTietoja luovutetaan kirjanpitäjälle.', 'regularDisclosures', 4],
    ['fi', 'Käsittelyn tarkoitus\nAsiakassuhteen hoito.\n\nTiedot saadaan asiakkaalta itseltään.\n\nMuuta tietoa.', 'sources', 4],
    ['sv', 'Registrets datainnehåll\nNamn.\n\nUppgifterna sparas i två år.', 'retention', 4],
    ['en', 'Security\nServers are locked.\n\nPersonal data are kept for two years after the last order.', 'retention', 4],
  ])('%s: %s', (locale, text, field, line) => {
    const { draft } = only(text, locale);
    const [suggestion] = draft.suggestedSections;
    expect(suggestion).toMatchObject({ field, line });
    // Accepting it moves exactly that paragraph.
    const moved = importLegacyNotice(text, locale, suggestion.sections).registers[0];
    expect(moved.fields[field as 'retention']?.[locale]).toBe(suggestion.text);
    expect(uncoveredLines(text, [moved])).toEqual([]);
  });

  it('suggests nothing when the register has that section, or the paragraph is about more', () => {
    expect(only('Tietoturva\nSalasanat.\n\nTietoja säilytetään vuoden.\n\nSäilytysaika\nVuosi.').draft.suggestedSections).toEqual([]);
    expect(only('Tietoturva\nPalvelimet ovat lukittuja. Kun tietoja säilytetään pilvessä, ne salataan.').draft.suggestedSections).toEqual([]);
  });
});

describe('warnings', () => {
  const admin = (locale: string): Record<string, string> =>
    JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../locales/admin/${locale}.json`), 'utf8'));

  it.each(['en', 'fi', 'sv'])('every warning code has a %s text', (locale) => {
    const messages = admin(locale);
    expect(IMPORT_WARNING_CODES.filter((code) => !messages[`import.warning.${code}`])).toEqual([]);
  });

  it('names each problem once, in codes with parameters and no internal field names', () => {
    const files = fs.readdirSync(path.resolve(__dirname, '../fixtures/notices')).filter((file) => file.endsWith('.txt'));
    for (const file of files) {
      const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/notices', file), 'utf8');
      const { warnings } = importLegacyNotice(text, /swedish/.test(file) ? 'sv' : /english/.test(file) ? 'en' : 'fi');
      const keys = warnings.map((w) => JSON.stringify(w));
      expect([file, keys.length]).toEqual([file, new Set(keys).size]);
      for (const w of warnings) expect(JSON.stringify(w.params)).not.toMatch(/Text"|\[\d+\]|fields\./);
    }
  });
});
