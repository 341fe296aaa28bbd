/**
 * Layouts that lost text, in families: lists of rights whose items read as headings, "Heading –
 * text" and tab-separated table rows, lettered and Roman section numbers, headings wrapped in
 * capitals, the GDPR's own long wordings, obfuscated e-mail addresses and odd hyphens. Every
 * member is a notice of its own; none may lose a word, and the loss check must say so when one does.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';
import type { ImportedRegisterDraft } from '../../server/src/domain/import';

const imported = (text: string, locale: string) => {
  const { registers } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return registers;
};
const targetOf = (drafts: ImportedRegisterDraft[], line: number) => drafts.flatMap((draft) => draft.lines).find((l) => l.line === line)?.target;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('a list of rights whose items read as headings ("Oikeus *", "Right to*", "Rätt att*")', () => {
  const LISTS: Record<string, { heading: string; intro: string; items: string[]; next: [string, string, string] }> = {
    fi: {
      heading: 'Rekisteröidyn oikeudet',
      intro: 'Rekisteröidyllä on seuraavat oikeudet:',
      items: ['Oikeus saada pääsy tietoihin', 'Oikeus oikaista tietoja', 'Oikeus tulla unohdetuksi', 'Oikeus vastustaa käsittelyä'],
      next: ['Tietoturva', 'Rekisteri on suojattu salasanoin.', 'security'],
    },
    sv: {
      heading: 'Den registrerades rättigheter',
      intro: 'Den registrerade har följande rättigheter:',
      items: ['Rätt att få tillgång till uppgifterna', 'Rätt till rättelse', 'Rätt att bli bortglömd', 'Rätt till dataportabilitet'],
      next: ['Datasäkerhet', 'Registret är skyddat med lösenord.', 'security'],
    },
    en: {
      heading: 'Your rights',
      intro: 'You have the following rights:',
      items: ['Right to access your data', 'Right to rectification', 'Right to erasure', 'Right to object to processing'],
      next: ['Data security', 'The register is protected by passwords.', 'security'],
    },
  };
  const LAYOUTS: Array<[string, (items: string[]) => string]> = [
    ['numbered "1."', (items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')],
    ['numbered "1)"', (items) => items.map((item, i) => `${i + 1}) ${item}`).join('\n')],
    ['lettered "a)"', (items) => items.map((item, i) => `${'abcd'[i]}) ${item}`).join('\n')],
    ['bulleted', (items) => items.map((item) => `• ${item}`).join('\n')],
    ['without bullets', (items) => items.join('\n')],
    ['without bullets, a blank line between', (items) => items.join('\n\n')],
    ['numbered, a blank line between', (items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n\n')],
  ];
  const members = Object.entries(LISTS).flatMap(([locale, list]) =>
    LAYOUTS.flatMap(([layout, write]) =>
      [true, false].map((withIntro) => ({ locale, layout, withIntro, list, text: [list.heading, ...(withIntro ? [list.intro] : []), write(list.items)].join('\n') })),
    ),
  );

  it.each(members)('$locale, $layout, intro $withIntro: every item stays text of the rights section', ({ locale, list, text: body }) => {
    const [heading, sentence, field] = list.next;
    const text = `${body}\n\n${heading}\n${sentence}`;
    const drafts = imported(text, locale);
    const rights = drafts[0].fields.rights?.[locale] ?? '';
    for (const item of list.items) {
      expect(rights).toContain(item);
      expect(targetOf(drafts, lineOf(text, item))).toBe('fields.rights');
    }
    expect(drafts[0].fields[field as 'security']?.[locale]).toBe(sentence);
    expect(drafts[0].extraSections).toEqual([]);
  });

  it('the last item of a list without bullets keeps the paragraph after it in the section', () => {
    const text = 'Rekisteröidyn oikeudet\nOikeus saada pääsy tietoihin\nOikeus oikaista tietoja\n\nVoit käyttää oikeuksiasi ottamalla yhteyttä meihin.';
    const rights = imported(text, 'fi')[0].fields.rights?.fi;
    expect(rights).toBe('Oikeus saada pääsy tietoihin\nOikeus oikaista tietoja\n\nVoit käyttää oikeuksiasi ottamalla yhteyttä meihin.');
  });

  it('a numbered heading that goes on with the sections\' numbers is still a section of its own', () => {
    const text = '9. Rekisteröidyn oikeudet\nOikeus tarkastaa tiedot.\n10. Oikeus tehdä valitus valvontaviranomaiselle\nValituksen voi tehdä tietosuojavaltuutetulle.';
    const rights = imported(text, 'fi')[0].fields.rights?.fi;
    expect(rights).toBe('**Rekisteröidyn oikeudet**\n\nOikeus tarkastaa tiedot.\n\n**Oikeus tehdä valitus valvontaviranomaiselle**\n\nValituksen voi tehdä tietosuojavaltuutetulle.');
  });
});

describe('the loss check counts a heading that is no wording of the dictionary as lost unless its words are kept', () => {
  const text = 'Rekisteröidyn oikeudet\n1. Oikeus saada pääsy tietoihin\n2. Oikeus oikaista tietoja\n\nTietoturva\nSalasanat.';

  it('finds the items of a list dropped as empty headings', () => {
    const [draft] = importLegacyNotice(text).registers;
    // What the importer did before: each item read as a heading of its own, its words left out.
    const broken: ImportedRegisterDraft = {
      ...draft,
      fields: { ...draft.fields, rights: { fi: '' } },
      lines: draft.lines.map((line) => (line.line === 2 || line.line === 3 ? { ...line, markers: [`${line.line - 1}. ${line.line === 2 ? 'Oikeus saada pääsy tietoihin' : 'Oikeus oikaista tietoja'}`] } : line)),
    };
    expect(uncoveredLines(text, [broken])).toEqual([
      { line: 2, text: '1. Oikeus saada pääsy tietoihin' },
      { line: 3, text: '2. Oikeus oikaista tietoja' },
    ]);
  });

  it('does not count a wording of the dictionary, wrapped or not, nor a kept heading', () => {
    for (const notice of ['Rekisterin-\npitäjä\nTesti Oy', 'REKISTERIN-\nPITÄJÄ\nTesti Oy', '3. Rekisteröidyn oikeudet:\nOikeus tarkastaa tiedot.', 'Henkilötietolain 30 §:n mukainen tarkastusoikeus\nOikeus tarkastaa tiedot.']) {
      const { registers } = importLegacyNotice(notice);
      expect([notice, uncoveredLines(notice, registers)]).toEqual([notice, []]);
    }
  });

  it('counts a heading whose extra words the text dropped', () => {
    const notice = 'Henkilötietolain 30 §:n mukainen tarkastusoikeus\nOikeus tarkastaa tiedot.';
    const [draft] = importLegacyNotice(notice).registers;
    expect(draft.fields.rights?.fi).toBe('**Henkilötietolain 30 §:n mukainen tarkastusoikeus**\n\nOikeus tarkastaa tiedot.');
    const dropped = { ...draft, fields: { rights: { fi: 'Oikeus tarkastaa tiedot.' } } };
    expect(uncoveredLines(notice, [dropped])).toEqual([{ line: 1, text: 'Henkilötietolain 30 §:n mukainen tarkastusoikeus' }]);
  });

  it('keeps the heading of a section with no text when it says more than the dictionary', () => {
    const notice = 'Tarkastusoikeus henkilötietolain mukaan\n\nTietoturva\nSalasanat.';
    const [draft] = imported(notice, 'fi');
    expect(draft.fields.rights?.fi).toBe('**Tarkastusoikeus henkilötietolain mukaan**');
  });

  it('counts a date read as structure that is not in the legacy dates', () => {
    const notice = 'Päivitetty 1.2.2023.\n\nSäilytysaika\nKaksi vuotta.';
    const [draft] = importLegacyNotice(notice).registers;
    expect(uncoveredLines(notice, [draft])).toEqual([]);
    expect(uncoveredLines(notice, [{ ...draft, legacyDates: { createdOn: null, updates: [] } }])).toEqual([{ line: 1, text: 'Päivitetty 1.2.2023.' }]);
  });
});

describe('"Heading – text" and a table row "Heading⇥text" on one line', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['fi', 'Säilytysaika', '2 vuotta asiakkuuden päättymisestä', 'retention'],
    ['fi', 'Tarkastusoikeus', 'Rekisteröidyllä on oikeus tarkastaa tietonsa.', 'rights'],
    ['fi', 'Tietolähteet', 'asiakkaalta itseltään', 'sources'],
    ['fi', 'Henkilötietojen säilytysaika', 'kaksi vuotta', 'retention'],
    ['sv', 'Lagringstid', 'två år efter medlemskapets slut', 'retention'],
    ['sv', 'Rätt att granska', 'Den registrerade har rätt att granska sina uppgifter.', 'rights'],
    ['en', 'Retention period', 'two years after the last order', 'retention'],
    ['en', 'Right of access', 'You may ask to see your data.', 'rights'],
    ['en', 'Data security', 'Servers are kept in a locked room', 'security'],
  ];
  const SEPARATORS: Array<[string, string]> = [
    ['en dash', ' – '],
    ['em dash', ' — '],
    ['hyphen', ' - '],
    ['tab', '\t'],
    ['two tabs', '\t\t'],
  ];
  const members = CASES.flatMap(([locale, heading, body, field]) =>
    SEPARATORS.flatMap(([separator, written]) =>
      [`${heading}${written}${body}`, `4. ${heading}${written}${body}`].map((line) => ({ locale, separator, line, heading, body, field })),
    ),
  );

  it.each(members)('$locale, $separator: "$line"', ({ locale, line, body, field }) => {
    const drafts = imported(line, locale);
    expect(drafts[0].fields[field as 'retention']?.[locale]).toBe(body);
    expect(targetOf(drafts, 1)).toBe(`fields.${field}`);
  });

  it.each(SEPARATORS)('several on consecutive lines, %s', (_name, separator) => {
    const text = ['Rekisterinpitäjä', 'Testi Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example'].join(separator) + '\n' + ['Säilytysaika', '2 vuotta'].join(separator) + '\n' + ['Tietoturva', 'Palvelin on lukitussa tilassa.'].join(separator);
    const [draft] = imported(text, 'fi');
    expect(draft.controller).toMatchObject({ name: 'Testi Oy', streetAddress: 'Esimerkkikatu 1', postalCode: '00100', city: 'Helsinki' });
    expect(draft.fields).toEqual({ retention: { fi: '2 vuotta' }, security: { fi: 'Palvelin on lukitussa tilassa.' } });
  });

  it('a dash after words that are no heading stays text', () => {
    const text = 'Säilytysaika\nAsiakkaat – eli jäsenet – poistetaan vuoden kuluttua.';
    expect(imported(text, 'fi')[0].fields.retention?.fi).toBe('Asiakkaat – eli jäsenet – poistetaan vuoden kuluttua.');
  });
});

describe('lettered and Roman section numbers', () => {
  const HEADINGS: Array<[string, string, string]> = [
    ['fi', 'Rekisterinpitäjä', 'controller'],
    ['fi', 'Rekisterin nimi', 'title'],
    ['fi', 'Henkilötietojen käsittelyn tarkoitus', 'purposesText'],
    ['sv', 'Registrets namn', 'title'],
    ['sv', 'Lagringstid', 'fields.retention'],
    ['en', 'Retention period', 'fields.retention'],
    ['en', 'Data controller', 'controller'],
  ];
  const NUMBERS = ['a) ', 'b) ', 'A. ', 'B) ', 'IV. ', 'IV ', 'XII. ', 'IV.\n', 'IV.\n\n', 'b)\n'];
  const members = HEADINGS.flatMap(([locale, heading, target]) => NUMBERS.map((number) => ({ locale, written: `${number}${heading}`, target })));

  it.each(members)('$locale: "$written" → $target', ({ locale, written, target }) => {
    const text = `${written}\nTestitekstiä osiolle.`;
    const drafts = imported(text, locale);
    const body = text.split('\n').length;
    expect(targetOf(drafts, 1)).toBe(target);
    expect(targetOf(drafts, body)).toBe(target);
    expect(drafts[0].extraSections).toEqual([]);
  });

  it('a wrapped heading after a Roman number', () => {
    const text = 'IV. Henkilötietojen\nkäsittelyn tarkoitus\nAsiakassuhteen hoitaminen.';
    expect(targetOf(imported(text, 'fi'), 1)).toBe('purposesText');
  });

  it('keeps lettered items as a list, and splits purposes from them', () => {
    const text = 'Säilytysaika\nTietoja säilytetään:\na) asiakkuuden ajan\nb) kaksi vuotta sen jälkeen\n\nKäsittelyn tarkoitus\na) asiakassuhteen hoitaminen\nb) laskutus';
    const [draft] = imported(text, 'fi');
    expect(draft.fields.retention?.fi).toBe('Tietoja säilytetään:\n\n- a) asiakkuuden ajan\n- b) kaksi vuotta sen jälkeen');
    expect(draft.purposes.map((purpose) => purpose.title.fi)).toEqual(['Asiakassuhteen hoitaminen', 'Laskutus']);
  });
});

describe('headings wrapped in capitals with a hyphen', () => {
  it.each([
    ['fi', 'REKISTERIN-\nPITÄJÄ', 'controller'],
    ['fi', '4.\nHENKILÖ-\nTIETOJEN\nKÄSITTELYN\nTARKOITUS', 'purposesText'],
    ['fi', 'SÄILYTYS-\nAIKA', 'fields.retention'],
    ['sv', 'PERSONUPPGIFTS-\nANSVARIG', 'controller'],
    ['sv', 'LAGRINGS-\nTID', 'fields.retention'],
    ['en', 'DATA SECU-\nRITY', 'fields.security'],
  ])('%s: %j → %s', (locale, heading, target) => {
    const text = `${heading}\n\nTestitekstiä osiolle.`;
    const drafts = imported(text, locale);
    expect(targetOf(drafts, 1)).toBe(target);
    expect(targetOf(drafts, text.split('\n').length)).toBe(target);
  });
});

describe("the GDPR's own long wordings as headings", () => {
  it.each([
    ['fi', 'Ajanjakso, jonka ajan henkilötietoja säilytetään, tai jos se ei ole mahdollista, tämän ajanjakson määrittämiskriteerit', 'fields.retention'],
    ['fi', 'Ajanjakso, jonka ajan henkilötietoja säilytetään', 'fields.retention'],
    ['fi', 'Henkilötietojen käsittelyn tarkoitukset, joihin henkilötietoja on tarkoitus käyttää, sekä käsittelyn oikeusperuste', 'purposesText'],
    ['sv', 'Ändamålen med den behandling för vilken personuppgifterna är avsedda samt den rättsliga grunden för behandlingen', 'purposesText'],
    ['sv', 'Den period under vilken personuppgifterna kommer att lagras eller, om detta inte är möjligt, de kriterier som används för att fastställa denna period', 'fields.retention'],
    ['en', 'The purposes of the processing for which the personal data are intended as well as the legal basis for the processing', 'purposesText'],
    ['en', 'Purposes of the processing for which the personal data are intended as well as the legal basis for processing', 'purposesText'],
    ['en', 'The period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period', 'fields.retention'],
    [
      'en',
      'The existence of the right to request from the controller access to and rectification or erasure of personal data or restriction of processing concerning the data subject or to object to processing as well as the right to data portability',
      'fields.rights',
    ],
  ])('%s: %s', (locale, heading, target) => {
    const text = `3. ${heading}\n\nTestitekstiä osiolle.`;
    const drafts = imported(text, locale);
    expect(targetOf(drafts, 1)).toBe(target);
    expect(targetOf(drafts, 3)).toBe(target);
  });
});

describe('written e-mail addresses and odd hyphens', () => {
  it.each([
    ['Testi Oy\ntietosuoja(at)testi.fi', 'tietosuoja@testi.fi'],
    ['Testi Oy\nSähköposti: tietosuoja[at]testi.fi', 'tietosuoja@testi.fi'],
    ['Testi Oy\ntietosuoja (at) testi.fi', 'tietosuoja@testi.fi'],
    ['Testi Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja(at)testi.fi', 'tietosuoja@testi.fi'],
  ])('%j', (card, email) => {
    const text = `Rekisterinpitäjä\n${card}`;
    expect(imported(text, 'fi')[0].controller).toMatchObject({ name: 'Testi Oy', email });
  });

  it('reads a Y-tunnus written with a non-breaking hyphen, and a heading with a soft hyphen', () => {
    const text = 'Rekisterin\u00adpitäjä\nTesti Oy\nY-tunnus 0737546\u20112';
    const drafts = imported(text, 'fi');
    expect(drafts[0].controller).toMatchObject({ name: 'Testi Oy', businessId: '0737546-2' });
    expect(targetOf(drafts, 1)).toBe('controller');
  });
});
