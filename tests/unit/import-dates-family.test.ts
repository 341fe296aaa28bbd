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

describe('published, in effect from, and several statements on one line', () => {
  it.each([
    ['fi', 'Julkaistu 4.4.2020 | Päivitetty 18.10.2023', { createdOn: '2020-04-04', updates: ['2023-10-18'] }],
    ['fi', 'Laadittu 1.2.2019 • Päivitetty 3.4.2021', { createdOn: '2019-02-01', updates: ['2021-04-03'] }],
    ['fi', 'Julkaistu: 4.4.2020', { createdOn: '2020-04-04', updates: [] }],
    ['fi', 'Voimassa alkaen 1.1.2024', { createdOn: '2024-01-01', updates: [] }],
    ['sv', 'Publicerad 4.4.2020 | Uppdaterad 18.10.2023', { createdOn: '2020-04-04', updates: ['2023-10-18'] }],
    ['sv', 'Publicerad den 3 april 2023', { createdOn: '2023-04-03', updates: [] }],
    ['sv', 'Gäller från 1.2.2024', { createdOn: '2024-02-01', updates: [] }],
    ['sv', 'Upprättad 1.3.2018. Gäller från 1.2.2024.', { createdOn: '2018-03-01', updates: ['2024-02-01'] }],
    ['en', 'Effective date: 1 February 2024', { createdOn: '2024-02-01', updates: [] }],
    ['en', 'Published 4 April 2020 | Last updated 18 October 2023', { createdOn: '2020-04-04', updates: ['2023-10-18'] }],
    ['en', 'Created 1 March 2018. Effective date: 1 February 2024.', { createdOn: '2018-03-01', updates: ['2024-02-01'] }],
    ['en', 'Last updated 3 January 2024 | Effective from 1 February 2024', { createdOn: null, updates: ['2024-01-03', '2024-02-01'] }],
  ])('%s: "%s"', (locale, line, expected) => {
    const { dates, extra, record } = datesOf(line, locale);
    expect(dates).toEqual(expected);
    expect(extra).toEqual([]);
    expect(record?.target).toBe('legacyDates');
  });

  it.each([
    ['fi', 'Hinnasto | Päivitetty 18.10.2023'],
    ['en', 'Effective date: to be announced'],
    ['sv', 'Gäller från 31.2.2024'],
  ])('%s: "%s" keeps what is no statement as text', (locale, line) => {
    const { extra, record } = datesOf(line, locale);
    expect(record?.target).not.toBe('legacyDates');
    expect(extra).not.toEqual([]);
  });
});
