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
