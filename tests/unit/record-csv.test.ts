/** CSV of the record: RFC 4180 quoting, a BOM, and cells a spreadsheet would run as formulas kept as text. */
import { csvCell, toCsv, CSV_BOM } from '../../server/src/domain/record';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Äänekoski, Åland', '"Äänekoski, Åland"'],
    ['sanoi "hei"', '"sanoi ""hei"""'],
    ['rivi 1\nrivi 2', '"rivi 1\nrivi 2"'],
    ['rivi 1\r\nrivi 2', '"rivi 1\r\nrivi 2"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['=1+1', '+358 40 123', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x.example","klikkaa")', '\t=1', '\r=1'])('keeps %j as text with an apostrophe before it', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it('leaves a formula sign inside a text alone, and writes numbers as they are', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Öljy-Oy')).toBe('Öljy-Oy');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every row with CRLF and keeps Finnish characters', () => {
    const csv = toCsv(['Rekisteri', 'Säilytys'], [['Äänekosken asiakkaat', 'Kaksi vuotta, sitten poisto'], ['Öljy', '=x']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Rekisteri,Säilytys', 'Äänekosken asiakkaat,"Kaksi vuotta, sitten poisto"', `Öljy,"'=x"`, '']);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('a header alone when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });
});
