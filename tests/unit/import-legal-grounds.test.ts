/**
 * The legal basis an import proposes for purposes: only one the purpose section states for all of
 * them. A law stated as a ground ("perustuu yhdistyslakiin", "enligt föreningslagen (503/1989)",
 * "under the Accounting Act") is a ground the importer cannot classify, so beside another basis it
 * leaves the purposes without one; a basis stated for part of the processing ("valokuvien osalta")
 * is not applied to every purpose. Data-protection laws are no ground.
 */
import { importLegacyNotice } from '../../server/src/domain/import';
import type { LegalBasis } from '../../server/src/domain/types';

const HEADING: Record<string, string> = {
  fi: 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
  sv: 'Ändamål och rättslig grund för behandlingen',
  en: 'Purposes and legal basis',
};
const ITEMS: Record<string, string[]> = {
  fi: ['Jäsenyyden hoitaminen', 'Jäsenmaksujen periminen'],
  sv: ['Skötsel av medlemskapet', 'Uppbörd av medlemsavgifter'],
  en: ['Managing the membership', 'Collecting membership fees'],
};

/** The bases proposed for two listed purposes under the section's prose. */
const listedBases = (locale: string, prose: string) => {
  const text = [HEADING[locale], ...ITEMS[locale].map((item) => `- ${item}`), '', prose].join('\n');
  const [draft] = importLegacyNotice(text, locale).registers;
  expect(draft.purposes.map((purpose) => purpose.title[locale])).toEqual(ITEMS[locale]);
  return draft.purposes.map((purpose) => purpose.legalBasis);
};

/** The purposes proposed from prose only: title and basis. */
const prosePurposes = (locale: string, prose: string) =>
  importLegacyNotice(`${HEADING[locale]}\n${prose}`, locale).registers[0].purposes.map((purpose) => [purpose.title[locale], purpose.legalBasis]);

describe('a law stated as a ground, beside another basis, leaves the purposes without a basis', () => {
  it.each([
    ['fi', 'Jäsenluettelon pitäminen perustuu yhdistyslakiin. Valokuvien julkaiseminen verkkosivuilla perustuu jäsenen suostumukseen.'],
    ['fi', 'Käsittely perustuu sopimukseen. Laskutustiedot säilytetään kirjanpitolain mukaan.'],
    ['fi', 'Rekisterin pitäminen perustuu sosiaalihuoltolakiin (1301/2014) ja asiakkaan suostumukseen.'],
    ['fi', 'Jäsenluettelo pidetään lain 503/1989 mukaisesti. Uutiskirjeen lähettäminen perustuu suostumukseen.'],
    ['fi', 'Palkanlaskenta perustuu työsopimuslakiin ja markkinointi oikeutettuun etuun.'],
    ['fi', 'Henkilötietoja käsitellään jäsenyyden hoitamiseksi ja jäsenmaksujen perimiseksi. Jäsenluettelon pitäminen perustuu yhdistyslakiin. Valokuvien julkaiseminen yhdistyksen verkkosivuilla perustuu jäsenen suostumukseen.'],
    ['sv', 'Behandlingen grundar sig på föreningslagen (503/1989), som kräver att föreningen för en medlemsförteckning, samt på medlemmens samtycke när det gäller bilder som publiceras på webbplatsen.'],
    ['sv', 'Behandlingen grundar sig på avtal. Bokföringsuppgifter sparas enligt bokföringslagen.'],
    ['sv', 'Medlemsförteckningen förs enligt föreningslagen. Nyhetsbrev skickas med samtycke.'],
    ['sv', 'Behandlingen grundar sig på lag (503/1989) och på samtycke.'],
    ['en', 'Membership records are kept under the Associations Act. Photos are published with the member’s consent.'],
    ['en', 'Processing is based on the contract, and invoices are kept under the Accounting Act (1336/1997).'],
    ['en', 'We process data as required by law and on the basis of your consent.'],
    ['en', 'Processing is based on legitimate interest and on the Finnish Associations Act.'],
  ])('%s: “%s”', (locale, prose) => {
    expect(listedBases(locale, prose)).toEqual([null, null]);
    expect(prosePurposes(locale, prose).filter(([, basis]) => basis !== null)).toEqual([]);
  });

  it.each([
    ['fi', 'Rekisterin pitäminen perustuu sosiaalihuoltolakiin (1301/2014).'],
    ['fi', 'Käsittely perustuu kirjanpitolakiin.'],
    ['sv', 'Registret förs enligt föreningslagen.'],
    ['en', 'We keep the register under the Associations Act.'],
  ])('%s: a law alone is no basis the import can name: “%s”', (locale, prose) => {
    expect(listedBases(locale, prose)).toEqual([null, null]);
  });

  it.each([
    ['fi', '- Laskutus: sopimus ja kirjanpitolaki', null],
    ['fi', '- Laskutus (sopimus)', 'contract'],
    ['sv', '- Fakturering enligt avtal och bokföringslagen', null],
    ['en', '- Invoicing (contract, Accounting Act)', null],
    ['en', '- Invoicing (contract)', 'contract'],
  ])('%s: a listed purpose that names a law beside its basis gets none: “%s”', (locale, item, basis) => {
    const [draft] = importLegacyNotice(`${HEADING[locale]}\n${item}`, locale).registers;
    expect(draft.purposes.map((purpose) => purpose.legalBasis)).toEqual([basis]);
  });
});

describe('a basis stated for part of the processing is not applied to every purpose', () => {
  it.each([
    ['fi', 'Valokuvien osalta käsittely perustuu jäsenen suostumukseen.'],
    ['fi', 'Käsittely perustuu suostumukseen siltä osin kuin jäsenen kuvia julkaistaan.'],
    ['fi', 'Mitä tulee uutiskirjeeseen, käsittely perustuu suostumukseen.'],
    ['sv', 'Behandlingen grundar sig på medlemmens samtycke när det gäller bilder som publiceras på webbplatsen.'],
    ['sv', 'Vad gäller nyhetsbrev grundar sig behandlingen på samtycke.'],
    ['sv', 'I fråga om fotografier är den rättsliga grunden samtycke.'],
    ['en', 'When it comes to photos, the processing is based on consent.'],
    ['en', 'As regards the newsletter, the processing is based on your consent.'],
    ['en', 'The processing is based on consent with regard to photos published online.'],
  ])('%s: “%s”', (locale, prose) => {
    expect(listedBases(locale, prose)).toEqual([null, null]);
    expect(prosePurposes(locale, `${ITEMS[locale][0]}. ${prose}`)).toEqual([]);
  });

  it('still applies a basis that one sentence states for all the processing and another repeats for a part', () => {
    expect(listedBases('fi', 'Käsittely perustuu suostumukseen. Valokuvien osalta käsittely perustuu myös suostumukseen.')).toEqual([
      'consent',
      'consent',
    ]);
  });
});

describe('one basis stated for the whole section is still proposed', () => {
  it.each([
    ['fi', 'Oikeusperuste on sopimus.', 'contract'],
    ['fi', 'Käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen.', 'contract'],
    ['fi', 'Käsittely perustuu lakisääteiseen velvoitteeseen (laki potilaan asemasta ja oikeuksista 785/1992).', 'legal-obligation'],
    ['sv', 'Behandlingen grundar sig på en rättslig förpliktelse enligt bokföringslagen.', 'legal-obligation'],
    ['sv', 'Den rättsliga grunden är samtycke.', 'consent'],
    ['en', 'The processing is based on the data subject’s consent.', 'consent'],
    ['en', 'The processing is necessary for compliance with a legal obligation under the Accounting Act.', 'legal-obligation'],
  ])('%s: “%s” → %s', (locale, prose, basis) => {
    expect(listedBases(locale, prose)).toEqual([basis, basis]);
    expect(prosePurposes(locale, `${ITEMS[locale][0]}. ${prose}`)).toEqual([[ITEMS[locale][0], basis]]);
  });

  it.each([
    // Data-protection laws ground nothing.
    ['fi', 'Oikeusperuste on EU:n yleisen tietosuoja-asetuksen 6 artiklan mukainen suostumus.', 'consent'],
    ['fi', 'Käsittely perustuu henkilötietolain (523/1999) 8 §:n mukaisesti rekisteröidyn suostumukseen.', 'consent'],
    ['fi', 'Tietosuojalain ja tietosuoja-asetuksen mukaisesti käsittely perustuu sopimukseen.', 'contract'],
    ['sv', 'Behandlingen grundar sig på avtal enligt dataskyddsförordningen.', 'contract'],
    ['sv', 'Rättslig grund är samtycke enligt personuppgiftslagen (523/1999).', 'consent'],
    ['sv', 'Enligt dataskyddslagen (1050/2018) grundar sig behandlingen på avtal.', 'contract'],
    ['en', 'The processing is based on the data subject’s consent under the GDPR.', 'consent'],
    ['en', 'Under the General Data Protection Regulation, the legal basis is our legitimate interest.', 'legitimate-interests'],
    ['en', 'Processing is based on the contract, as the Data Protection Act allows.', 'contract'],
    // Words that only look like laws.
    ['sv', 'Behandlingen grundar sig på avtal och uppgifterna används som underlag för fakturering.', 'contract'],
    ['sv', 'Behandlingen grundar sig på avtal mellan kunden och bolag inom koncernen.', 'contract'],
    ['en', 'We act on the basis of your consent.', 'consent'],
    // A necessity, not a part of the processing.
    ['en', 'The processing is based on the contract, to the extent necessary to deliver orders.', 'contract'],
  ])('%s: “%s” → %s', (locale, prose, basis) => {
    expect(listedBases(locale, prose)).toEqual([basis, basis] as Array<LegalBasis | null>);
  });
});
