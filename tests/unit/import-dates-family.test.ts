/**
 * Date statements as notices write them: after the notice's own name ("Tietosuojaselostetta
 * päivitetty 5.9.2019"), with a colon, in bold, and with the month's name ("3 April 2023",
 * "3 april 2023", "3. huhtikuuta 2023"). They become the legacy dates and leave the text; a date
 * that is no day, or a date without a statement, stays text.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

function datesOf(line: string, locale: string) {
  const heading = { fi: 'Rekisterin nimi\nAsiakasrekisteri', sv: 'Registrets namn\nKundregister', en: 'Name of the register\nCustomer register' }[locale];
  const text = `${heading}\n\n${line}\n`;
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  const [draft] = registers;
  return { dates: draft.legacyDates, extra: draft.extraSections, record: draft.lines.find((record) => record.line === 4) };
}

describe('date statements', () => {
  it.each([
    ['fi', 'Tietosuojaselostetta päivitetty 5.9.2019', { createdOn: null, updates: ['2019-09-05'] }],
    ['fi', 'Tietosuojaseloste on päivitetty 5.9.2019.', { createdOn: null, updates: ['2019-09-05'] }],
    ['fi', 'Päivitetty: 1.2.2021', { createdOn: null, updates: ['2021-02-01'] }],
    ['fi', '**Päivitetty:** 1.2.2021', { createdOn: null, updates: ['2021-02-01'] }],
    ['fi', 'Seloste laadittu 3. huhtikuuta 2023', { createdOn: '2023-04-03', updates: [] }],
    ['fi', 'Laadittu 14.3.2011. Tietosuojaselostetta päivitetty 2.5.2016.', { createdOn: '2011-03-14', updates: ['2016-05-02'] }],
    ['en', 'Last updated 3 April 2023', { createdOn: null, updates: ['2023-04-03'] }],
    ['en', 'Last updated on April 3, 2023.', { createdOn: null, updates: ['2023-04-03'] }],
    ['en', 'This privacy notice was last updated 12 Dec 2022', { createdOn: null, updates: ['2022-12-12'] }],
    ['en', 'Last updated: 2023-04-03', { createdOn: null, updates: ['2023-04-03'] }],
    ['sv', 'Senast uppdaterad 3 april 2023', { createdOn: null, updates: ['2023-04-03'] }],
    ['sv', 'Uppdaterad den 15 februari 2022', { createdOn: null, updates: ['2022-02-15'] }],
    ['sv', 'Dataskyddsbeskrivningen uppdaterad 15.2.2022', { createdOn: null, updates: ['2022-02-15'] }],
  ])('%s: "%s"', (locale, line, expected) => {
    const { dates, extra, record } = datesOf(line, locale);
    expect(dates).toEqual(expected);
    expect(extra).toEqual([]);
    expect(record?.target).toBe('legacyDates');
  });
});

describe('dates that are not read', () => {
  it.each([
    ['en', 'Last updated 31 April 2023'],
    ['fi', 'Päivitetty 30. helmikuuta 2023'],
    ['sv', 'Senast uppdaterad 3 apríl 2023'],
  ])('%s: "%s" is no day, and stays text', (locale, line) => {
    const { dates, extra } = datesOf(line, locale);
    expect(dates).toEqual({ createdOn: null, updates: [] });
    expect(extra.map((section) => section.body[locale])).toEqual([line]);
  });

  it.each([
    ['fi', 'Yhdistyksen kokous pidettiin 3. huhtikuuta 2023.'],
    ['en', 'The board met on 3 April 2023.'],
    ['sv', 'Styrelsen möttes den 3 april 2023.'],
  ])('%s: "%s" states no update', (locale, line) => {
    const { dates } = datesOf(line, locale);
    expect(dates).toEqual({ createdOn: null, updates: [] });
  });
});
