/**
 * What a purpose list proposes: an item that states its own basis for a part only ("suostumus alle
 * 15-vuotiaiden osalta") gets no basis; the laws a list names ("varhaiskasvatuslaki (540/2018)"),
 * or a list a paragraph introduces as laws ("Keskeiset säädökset:"), are no purposes and stay in the
 * section's text. A purpose that cites its law ("jäsenmaksujen perintä (yhdistyslaki)") stays a purpose.
 */
import { importLegacyNotice } from '../../server/src/domain/import';

const HEADING: Record<string, string> = {
  fi: 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
  sv: 'Ändamål och rättslig grund för behandlingen',
  en: 'Purposes and legal basis',
};

const draftOf = (locale: string, lines: string[]) => importLegacyNotice([HEADING[locale], ...lines].join('\n'), locale).registers[0];
const purposesOf = (locale: string, lines: string[]) =>
  draftOf(locale, lines).purposes.map((purpose) => ({ title: purpose.title[locale], basis: purpose.legalBasis }));

describe('a listed purpose that states its basis for a part only', () => {
  const ITEMS: Array<[string, string, string]> = [
    ['fi', '- kuvien julkaisu yhdistyksen verkkosivuilla (suostumus alle 15-vuotiaiden osalta)', '- jäsenluettelon ylläpito (sopimus)'],
    ['fi', '- markkinointiviestit (suostumus sähköpostimarkkinoinnin osalta)', '- tilausten käsittely (sopimus)'],
    ['sv', '- publicering av bilder på webbplatsen (samtycke när det gäller barn under 13 år)', '- medlemsregistret (avtal)'],
    ['sv', '- nyhetsbrev (samtycke vad gäller e-post)', '- leverans av beställningar (avtal)'],
    ['en', '- publishing photos on our website (consent as regards children under 16)', '- keeping the member list (contract)'],
    ['en', '- newsletters (consent with regard to e-mail marketing)', '- delivering orders (contract)'],
  ];

  it.each(ITEMS)('%s: “%s” gets no basis; “%s” beside it keeps its own', (locale, limited, whole) => {
    expect(purposesOf(locale, [limited, whole]).map(({ basis }) => basis)).toEqual([null, 'contract']);
  });

  it.each([
    ['fi', '- kuvien julkaisu verkkosivuilla (huoltajan suostumus alle 15-vuotiaiden osalta)', '- jäsenyyden hoitaminen', 'Käsittely perustuu oikeutettuun etuun.'],
    ['sv', '- publicering av bilder (samtycke när det gäller barn under 13 år)', '- skötsel av medlemskapet', 'Behandlingen grundar sig på berättigat intresse.'],
    ['en', '- publishing photos (consent as regards children under 16)', '- managing the membership', 'Processing is based on our legitimate interest.'],
  ])('%s: “%s” does not take the section’s basis either, “%s” does', (locale, limited, other, prose) => {
    const purposes = purposesOf(locale, [limited, other, '', prose]);
    expect(purposes.map(({ basis }) => basis)).toEqual([null, 'legitimate-interests']);
  });
});

describe('laws a purpose list names are no purposes', () => {
  it.each([
    ['fi', ['- varhaiskasvatuksen järjestäminen', '- varhaiskasvatuslaki (540/2018)', '- laki viranomaisten toiminnan julkisuudesta (621/1999)', '- kirjanpitolaki'], ['Varhaiskasvatuksen järjestäminen']],
    ['fi', ['- asiakasmaksujen määrääminen', '- Laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)'], ['Asiakasmaksujen määrääminen']],
    ['sv', ['- skötsel av medlemskapet', '- föreningslagen (503/1989)', '- lagen om offentlighet i myndigheternas verksamhet (621/1999)'], ['Skötsel av medlemskapet']],
    ['sv', ['- bokföring', '- Bokföringslag (1336/1997)'], ['Bokföring']],
    ['en', ['- organising early childhood education', '- Early Childhood Education Act (540/2018)', '- Act on the Openness of Government Activities (621/1999)'], ['Organising early childhood education']],
    ['en', ['- bookkeeping', '- Accounting Act'], ['Bookkeeping']],
  ])('%s: %j → %j', (locale, items, titles) => {
    const draft = draftOf(locale, items);
    expect(draft.purposes.map((purpose) => purpose.title[locale])).toEqual(titles);
    // The laws stay in the section's text for the editor.
    for (const item of items) expect(draft.purposesText?.[locale]).toContain(item.slice(2));
  });

  it.each([
    ['fi', ['- jäsenmaksujen perintä (yhdistyslaki)', '- kirjanpitolain mukaisten tositteiden säilyttäminen']],
    ['sv', ['- bokföring enligt bokföringslagen', '- medlemsförteckning (föreningslagen 503/1989)']],
    ['en', ['- keeping accounts under the Accounting Act', '- compliance with the Accounting Act']],
  ])('%s: purposes that cite their law stay purposes: %j', (locale, items) => {
    expect(purposesOf(locale, items).map(({ title }) => title)).toHaveLength(items.length);
  });
});

describe('a list a paragraph introduces as laws', () => {
  it.each([
    ['fi', 'Henkilötietoja käsitellään varhaiskasvatuksen järjestämiseksi. Keskeiset säädökset:', ['- hallintolain 2 luku', '- julkisuuslain 24 §']],
    ['fi', 'Käsittely perustuu seuraaviin lakeihin:', ['- varhaiskasvatuslain 70 §', '- julkisuuslain 24 §:n 1 momentti']],
    ['sv', 'Tillämplig lagstiftning:', ['- 2 kap. förvaltningslagen', '- 24 § offentlighetslagen']],
    ['en', 'We process the data to organise early childhood education. Relevant legislation:', ['- section 24 of the Openness Act', '- chapter 2 of the Administrative Procedure Act']],
    ['en', 'The processing is based on the following laws:', ['- section 70 of the Early Childhood Education Act']],
  ])('%s: “%s” introduces no purposes', (locale, intro, items) => {
    const draft = draftOf(locale, [intro, ...items]);
    expect(draft.purposes).toEqual([]);
    expect(draft.purposesText?.[locale]).toContain(items[0].slice(2));
  });

  it.each([
    ['fi', 'Tietoja käsitellään lain edellyttämällä tavalla seuraaviin tarkoituksiin:', ['- jäsenyyden hoitaminen', '- laskutus']],
    ['sv', 'Enligt lagstiftningen behandlar vi uppgifter för följande ändamål:', ['- skötsel av medlemskapet', '- fakturering']],
    ['en', 'As the law requires, we process data for these purposes:', ['- managing the membership', '- invoicing']],
  ])('%s: a paragraph on laws leading into purposes still lists them: “%s”', (locale, intro, items) => {
    expect(purposesOf(locale, [intro, ...items])).toHaveLength(2);
  });

  it('keeps the purposes of another list in the same section', () => {
    const draft = draftOf('fi', [
      '- lapsen varhaiskasvatussuunnitelman laatiminen',
      '- asiakasmaksujen määrääminen',
      '',
      'Keskeiset säädökset:',
      '- varhaiskasvatuslain 70 §',
    ]);
    expect(draft.purposes.map((purpose) => purpose.title.fi)).toEqual(['Lapsen varhaiskasvatussuunnitelman laatiminen', 'Asiakasmaksujen määrääminen']);
  });
});
