/**
 * Headings as notices write them, in families: each section under several wordings (the GDPR's,
 * the old Henkilötietolaki's, questions, two topics at once, synonyms) and each wording in
 * several layouts (numbered, with a colon, in Markdown, as a question, wrapped over lines as a
 * Word table exports it). Every member is a notice of its own, imported as a whole.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';
import type { ImportedRegisterDraft } from '../../server/src/domain/import';

/** Where the body line went: the draft's path for it. */
function landing(text: string, locale: string): string | undefined {
  const { registers } = importLegacyNotice(text, locale);
  const bodyLine = text.split('\n').length;
  expect(uncoveredLines(text, registers)).toEqual([]);
  return registers.flatMap((draft: ImportedRegisterDraft) => draft.lines).find((line) => line.line === bodyLine)?.target;
}

/** One heading in the layouts notices use; the wrapped ones cut it as narrow table cells do. */
function layouts(heading: string): string[] {
  const words = heading.split(' ');
  const pairs = words.flatMap((word, i) => (i % 2 === 0 ? [words.slice(i, i + 2).join(' ')] : []));
  const wrapped = ['4.', ...(words.length > 1 ? pairs : [heading])].join('\n');
  const byWord = ['4.', ...words].join('\n');
  return [heading, `7. ${heading}`, `${heading}:`, `**${heading}**`, `## 3. ${heading}`, heading.toUpperCase(), wrapped, byWord];
}

const FAMILIES: Record<string, Array<[string, string[]]>> = {
  fi: [
    ['fields.retention', ['Henkilötietojen säilyttämisaika tai sen määrittämisperusteet', 'Kuinka kauan tietoja säilytetään?', 'Tietojen säilytysaika ja poistaminen', 'Säilytysaika', 'Kauanko tietoja säilytetään?']],
    ['fields.sources', ['Mistä lähteestä henkilötiedot ovat peräisin', 'Mistä tiedot kerätään?', 'Säännönmukaiset tietolähteet', 'Tietolähteet', 'Miten tiedot kerätään?']],
    ['fields.regularDisclosures', ['Henkilötietojen vastaanottajat tai vastaanottajaryhmät', 'Kenelle tietoja luovutetaan?', 'Tietojen säännönmukaiset luovutukset', 'Vastaanottajat']],
    ['fields.transfersText', ['Siirretäänkö tietoja EU:n ulkopuolelle?', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', 'Henkilötietojen siirrot kolmansiin maihin', 'Tietojen siirto EU- tai ETA-alueen ulkopuolelle']],
    ['fields.security', ['Rekisterin suojauksen periaatteet', 'Miten tiedot on suojattu?', 'Tietoturva', 'Henkilötietojen suojaaminen']],
    ['fields.rights', ['Rekisteröidyn oikeudet', 'Mitä oikeuksia sinulla on?', 'Oikeus tehdä valitus valvontaviranomaiselle', 'Oikeus vastustaa käsittelyä']],
    ['fields.automatedDecisions', ['Automaattinen päätöksenteko, profilointi mukaan lukien', 'Tehdäänkö automaattisia päätöksiä?', 'Profilointi']],
    ['fields.dataSubjects', ['Rekisteröityjen ryhmät', 'Keiden tietoja käsitellään?', 'Rekisteröidyt']],
    ['purposesText', ['Käsittelyn tarkoitukset sekä käsittelyn oikeusperuste', 'Mihin käytämme henkilötietojasi?', 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste', 'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus', 'Rekisterin pitämisen peruste']],
    ['dataCategoriesText', ['Asianomaiset henkilötietoryhmät', 'Mitä tietoja keräämme?', 'Rekisterin tietosisältö', 'Käsiteltävät henkilötiedot']],
    ['contactPerson', ['Rekisteriasioista vastaava henkilö', 'Yhteyshenkilö rekisteriä koskevissa asioissa', 'Tietosuojavastaavan yhteystiedot']],
    ['controller', ['Rekisterinpitäjä', 'Kuka on rekisterinpitäjä?', 'Rekisterinpitäjän yhteystiedot ja tietosuojavastaava', 'Rekisterin pitäjä']],
    ['purposesText', ['Oikeusperuste henkilötietojen käsittelylle', 'Käsittelyn perusteet ja tarkoitukset']],
  ],
  sv: [
    ['fields.retention', ['Hur länge sparas uppgifterna?', 'Lagringstid', 'Lagring och radering av uppgifter']],
    ['fields.sources', ['Varifrån fås uppgifterna?', 'Regelbundna uppgiftskällor', 'Hur samlas uppgifterna in?']],
    ['fields.security', ['Principer för skyddet av registret', 'Hur skyddas uppgifterna?', 'Datasäkerhet']],
    ['purposesText', ['Ändamål och rättslig grund för behandlingen av personuppgifter', 'Varför behandlar vi dina personuppgifter?', 'Rättslig grund']],
    ['dataCategoriesText', ['Vilka personuppgifter behandlas?', 'Registrets datainnehåll', 'Kategorier av personuppgifter']],
    ['fields.transfersText', ['Överföring av uppgifter till länder utanför EU eller EES', 'Överförs uppgifter utanför EU?']],
  ],
  en: [
    ['fields.retention', ['How long do we keep your data?', 'Retention period', 'Storage period']],
    ['fields.sources', ['Where do we get the data?', 'Sources of personal data', 'Regular sources of data']],
    ['fields.security', ['How is the data protected?', 'Principles of protecting the register', 'Data security']],
    ['purposesText', ['Purpose of processing and legal basis', 'Why do we process your personal data?', 'Legal basis']],
    ['dataCategoriesText', ['Categories of personal data', 'What personal data do we process?']],
    ['fields.transfersText', ['Transfers of personal data to third countries', 'Is data transferred outside the EU/EEA?']],
    ['fields.rights', ['Your rights', 'Rights of the data subject', 'Right to lodge a complaint with a supervisory authority']],
  ],
};

const members = Object.entries(FAMILIES).flatMap(([locale, families]) =>
  families.flatMap(([target, headings]) => headings.flatMap((heading) => layouts(heading).map((written) => ({ locale, target, written })))),
);

describe('a heading in every layout and wording', () => {
  it.each(members)('$locale: "$written" → $target', ({ locale, target, written }) => {
    expect(landing(`${written}\n\nTämä on osion teksti.`, locale)).toBe(target);
  });

  it('has tested many members', () => {
    expect(members.length).toBeGreaterThan(300);
  });
});

describe('layouts that are not headings stay text', () => {
  it('a sentence that only mentions a section is no heading', () => {
    const text = 'Tietoturva\n\nTietoja säilytetään kaksi vuotta.\n\nEvästeitä käytetään moniin käyttötarkoituksiin.';
    const { registers } = importLegacyNotice(text);
    expect(registers[0].fields.security?.fi).toContain('Evästeitä käytetään moniin käyttötarkoituksiin.');
  });

  it('"10. …" after a numbered list is the next section, not an item of the list', () => {
    const text = [
      '9. Tietojen säilytysaika',
      'Tietoja säilytetään:',
      '1. asiakkuuden ajan',
      '2. kaksi vuotta sen jälkeen',
      '10. Rekisterin suojaus',
      'Rekisteri on suojattu salasanoin.',
      '11. Rekisteröidyn oikeudet',
      'Oikeus tarkastaa tiedot.',
    ].join('\n');
    const { registers } = importLegacyNotice(text);
    expect(registers[0].fields.retention?.fi).toMatch(/^Tietoja säilytetään:\n+1\. asiakkuuden ajan\n2\. kaksi vuotta sen jälkeen$/);
    expect(registers[0].fields.security?.fi).toBe('Rekisteri on suojattu salasanoin.');
    expect(registers[0].fields.rights?.fi).toBe('Oikeus tarkastaa tiedot.');
  });

  it('reads a list under a question about where the data come from as sources, not data categories', () => {
    for (const heading of ['Mistä tiedot saadaan?', '**Mistä tiedot kerätään?**', '6. Mistä keräämme tietoja?']) {
      const text = `${heading}\n- asiakkaalta itseltään\n- julkisista rekistereistä`;
      const { registers } = importLegacyNotice(text);
      expect([heading, registers[0].dataCategories]).toEqual([heading, []]);
      expect(registers[0].fields.sources?.fi).toBe('- asiakkaalta itseltään\n- julkisista rekistereistä');
    }
  });
});

describe('the document title', () => {
  const RETENTION: Record<string, string> = { fi: 'Säilytysaika', sv: 'Lagringstid', en: 'Retention period' };
  it.each([
    ['Rekisteri- ja tietosuojaseloste', 'fi'],
    ['REKISTERI- JA TIETOSUOJASELOSTE', 'fi'],
    ['# Tietosuojaseloste', 'fi'],
    ['**Rekisteriseloste**', 'fi'],
    ['Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste', 'fi'],
    ['Dataskyddsbeskrivning', 'sv'],
    ['Register- och dataskyddsbeskrivning', 'sv'],
    ['Privacy notice', 'en'],
    ['PRIVACY POLICY', 'en'],
  ])('"%s" is read as the title of the document, not as a section', (title, locale) => {
    const text = `${title}\n\n${RETENTION[locale]}\n\nKaksi vuotta.`;
    const { registers, warnings } = importLegacyNotice(text, locale);
    expect(registers[0].extraSections).toEqual([]);
    expect(registers[0].lines[0]).toMatchObject({ line: 1, target: 'documentTitle' });
    expect(warnings.map((w) => w.code)).not.toContain('looseText');
  });

  it('a subtitle citing the law stays text, for the editor to keep or delete', () => {
    const text = 'Tietosuojaseloste\nEU:n yleinen tietosuoja-asetus (2016/679), artiklat 13 ja 14\n\nRekisterin nimi\nAsiakasrekisteri\n\nSäilytysaika\n\nKaksi vuotta.';
    const { registers } = importLegacyNotice(text);
    expect(registers[0].extraSections[0].body.fi).toBe('EU:n yleinen tietosuoja-asetus (2016/679), artiklat 13 ja 14');
  });

  it('a sentence naming the notice stays text', () => {
    const text = 'Tämä on EU:n yleisen tietosuoja-asetuksen mukainen tietosuojaseloste.\n\nSäilytysaika\n\nKaksi vuotta.';
    const { registers } = importLegacyNotice(text);
    expect(registers[0].extraSections[0].body.fi).toBe('Tämä on EU:n yleisen tietosuoja-asetuksen mukainen tietosuojaseloste.');
  });

  it('a title line before the first section names the register', () => {
    for (const [text, title] of [
      ['Tietosuojaseloste\n\nKampaamon asiakasrekisteri\n\n**Kuka on rekisterinpitäjä?**\nKampaamo Oy', 'Kampaamon asiakasrekisteri'],
      ['# Tietosuojaselosteet\n\n## Jäsenrekisteri\n\n### Rekisterinpitäjä\nYhdistys ry', 'Jäsenrekisteri'],
    ]) {
      expect(importLegacyNotice(text).registers[0].title).toEqual({ fi: title });
    }
  });
});
