/**
 * Tables written with pipes ("| Purpose | Legal basis |" and a rule, or "Tieto | Säilytysaika" rows
 * without the outer pipes): kept as a table, a row a line, and a header row is never a heading.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

const only = (text: string, locale: string) => {
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return registers[0];
};

describe('a table stays a table', () => {
  it('en: under a Markdown heading, its header row not joined to the heading', () => {
    const draft = only(
      '## 4. Purposes and legal bases\n| Purpose | Legal basis |\n|---|---|\n| Newsletter | Consent (Art 6(1)(a)) |\n| Invoicing | Legal obligation (Art 6(1)(c)) |\n\n## 5. Retention period\nInvoices are kept for 6 years.',
      'en',
    );
    expect(draft.purposesText?.en).toBe('| Purpose | Legal basis |\n|---|---|\n| Newsletter | Consent (Art 6(1)(a)) |\n| Invoicing | Legal obligation (Art 6(1)(c)) |');
    expect(draft.fields.retention?.en).toBe('Invoices are kept for 6 years.');
  });

  it('fi: rows without outer pipes get them, and a rule under the header row', () => {
    const draft = only(
      '10. Tietojen säilytysaika\nTieto | Säilytysaika\nKirjanpitoaineisto | 10 vuotta tilikauden päättymisestä\nPalkkakirjanpito | 50 vuotta\n\n11. Tarkastusoikeus\nRekisteröidyllä on oikeus tarkastaa tietonsa.',
      'fi',
    );
    expect(draft.fields.retention?.fi).toBe('| Tieto | Säilytysaika |\n|---|---|\n| Kirjanpitoaineisto | 10 vuotta tilikauden päättymisestä |\n| Palkkakirjanpito | 50 vuotta |');
    expect(draft.fields.rights?.fi).toBe('Rekisteröidyllä on oikeus tarkastaa tietonsa.');
  });

  it('sv: a table after a paragraph, in a block of its own', () => {
    const draft = only('Lagringstid\nUppgifterna sparas enligt följande:\n\n| Uppgift | Tid |\n| --- | --- |\n| Bokföring | 10 år |\n| Ansökningar | 2 år |', 'sv');
    expect(draft.fields.retention?.sv).toBe('Uppgifterna sparas enligt följande:\n\n| Uppgift | Tid |\n| --- | --- |\n| Bokföring | 10 år |\n| Ansökningar | 2 år |');
  });

  it('en: a table of cookies keeps every row', () => {
    const draft = only('## Cookies\n| Cookie | Provider | Duration |\n|---|---|---|\n| _ga | Google | 2 years |\n| session | Us | Session |', 'en');
    expect(draft.fields.cookies?.en?.split('\n')).toHaveLength(4);
  });

  it('a line with a pipe alone is text, not a table', () => {
    const draft = only('Tietojen säilytysaika\nTiedot säilytetään 2 vuotta | tarkistetaan vuosittain.', 'fi');
    expect(draft.fields.retention?.fi).toBe('Tiedot säilytetään 2 vuotta | tarkistetaan vuosittain.');
  });
});

describe('a table of purposes and their legal bases', () => {
  const purposes = (draft: ReturnType<typeof only>, locale: string) => draft.purposes.map((p) => [p.title[locale], p.legalBasis, p.legalBasisEvidence]);

  it('en: each purpose with the basis its own row states', () => {
    const draft = only(
      '## Purposes and legal bases\n| Purpose | Legal basis |\n|---|---|\n| Providing the service | Performance of a contract (Art. 6(1)(b)) |\n| Invoicing | Legal obligation (Art. 6(1)(c)) |\n| Marketing e-mails | Consent (Art. 6(1)(a)) |',
      'en',
    );
    expect(purposes(draft, 'en')).toEqual([
      ['Providing the service', 'contract', 'Performance of a contract (Art. 6(1)(b))'],
      ['Invoicing', 'legal-obligation', 'Legal obligation (Art. 6(1)(c))'],
      ['Marketing e-mails', 'consent', 'Consent (Art. 6(1)(a))'],
    ]);
  });

  it('fi: rows without outer pipes; a row naming no basis gets none', () => {
    const draft = only(
      'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\nTarkoitus | Oikeusperuste\nJäsenyyden hoitaminen | Sopimus\nUutiskirje | Suostumus\nTapahtumat | Katso tapahtuman ehdot',
      'fi',
    );
    expect(purposes(draft, 'fi')).toEqual([
      ['Jäsenyyden hoitaminen', 'contract', 'Sopimus'],
      ['Uutiskirje', 'consent', 'Suostumus'],
      ['Tapahtumat', null, null],
    ]);
  });

  it('sv: the bases in the last of three columns; the middle one describes the purpose', () => {
    const draft = only(
      'Ändamålet med behandlingen av personuppgifter\n| Ändamål | Uppgifter | Rättslig grund |\n| --- | --- | --- |\n| Medlemsregister | namn, adress | Avtal |\n| Nyhetsbrev | e-postadress | Samtycke |',
      'sv',
    );
    expect(draft.purposes.map((p) => [p.title.sv, p.description?.sv ?? null, p.legalBasis])).toEqual([
      ['Medlemsregister', 'namn, adress', 'contract'],
      ['Nyhetsbrev', 'e-postadress', 'consent'],
    ]);
  });

  it('a table that states no bases gives no purposes: it stays text', () => {
    const draft = only('Purposes of processing\n| Purpose | Data |\n|---|---|\n| Newsletter | e-mail |\n| Events | name |', 'en');
    expect(draft.purposes).toEqual([]);
    expect(draft.purposesText?.en).toContain('| Newsletter | e-mail |');
  });
});
