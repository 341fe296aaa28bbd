import en from '../../locales/import/en.json';
import fi from '../../locales/import/fi.json';
import sv from '../../locales/import/sv.json';
import { importLegacyNotice } from '../../server/src/domain/import';
import { headingMatcher } from '../../server/src/domain/import/headings';
import { SECTION_TARGETS } from '../../server/src/domain/import/types';
import type { ImportDictionary } from '../../server/src/domain/import/types';

const DICTIONARIES: Array<[string, ImportDictionary]> = [
  ['fi', fi],
  ['sv', sv],
  ['en', en],
];

describe.each(DICTIONARIES)('the %s import dictionary', (_locale, dictionary) => {
  const matchHeading = headingMatcher(dictionary);

  it('has heading variants for every section', () => {
    for (const target of SECTION_TARGETS) expect(dictionary.headings[target].length).toBeGreaterThan(0);
  });

  it('reads every variant, a * one too, as its own section: with its own words, with words for the *, numbered, in capitals', () => {
    const wrong: string[] = [];
    for (const target of SECTION_TARGETS) {
      for (const variant of dictionary.headings[target]) {
        const own = variant.replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
        const filled = variant.replace(/\*/g, ' jotain muuta ').replace(/\s+/g, ' ').trim();
        // A variant that is one word and a * ("Oikeus *") reads only with words for it.
        const written = variant.includes(' *') || variant.endsWith(' *') ? [filled] : [own, filled];
        for (const heading of [...written, `3. ${filled.toUpperCase()}:`]) {
          if (matchHeading(heading) !== target) wrong.push(`${variant} → "${heading}" read as ${matchHeading(heading)}`);
        }
        if (!matchHeading.wording(own)?.exact && !variant.includes(' *')) wrong.push(`${variant}: its own words are no wording`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads each plain variant as its own section, numbered or not, with or without a colon', () => {
    for (const target of SECTION_TARGETS) {
      for (const variant of dictionary.headings[target].filter((v) => !v.includes('*'))) {
        expect([variant, matchHeading(variant)]).toEqual([variant, target]);
        expect([variant, matchHeading(`3. ${variant.toUpperCase()}:`)]).toEqual([variant, target]);
      }
    }
  });
});

describe('heading variants are data', () => {
  it('recognises a heading once a variant is added to the dictionary, with no code change', () => {
    const text = 'Tietojen elinkaari\n\nTiedot poistetaan vuoden kuluttua.';
    expect(importLegacyNotice(text).registers[0].fields.retention).toBeUndefined();

    const extended: ImportDictionary = {
      ...fi,
      headings: { ...fi.headings, retention: [...fi.headings.retention, 'Tietojen elinkaari'] },
    };
    expect(headingMatcher(extended)('Tietojen elinkaari')).toBe('retention');
  });

  it('matches a * in a variant to any words', () => {
    const matchHeading = headingMatcher(fi);
    expect(matchHeading('9. Henkilötietolain 6. luvun 26 §:n mukainen tarkastusoikeus')).toBe('rights');
    expect(matchHeading('Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle')).toBe(
      'disclosuresAndTransfers',
    );
    expect(matchHeading('Evästeiden (cookies) käyttö')).toBe('cookies');
    expect(matchHeading('Evästeet keräävät seuraavia tietoja')).toBeNull();
  });
});
