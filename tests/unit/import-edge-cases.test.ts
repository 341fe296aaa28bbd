import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

const lines = (...text: string[]) => text.join('\n');

describe('importLegacyNotice on small constructed notices', () => {
  it('reads a Swedish notice with the Swedish dictionary', () => {
    const text = lines(
      'Dataskyddsbeskrivning',
      '',
      '1. Personuppgiftsansvarig',
      'Exempel Ab',
      'Exempelgatan 1',
      '00100 Helsingfors',
      'FO-nummer: 0737546-2',
      'tel. 09 123 4567',
      'info@exempel.fi',
      '',
      '2. Registrets namn',
      'Kundregister',
      '',
      '3. Ändamålet med behandlingen av personuppgifter',
      '- Kundrelationer: skötsel av kundrelationer',
      '- Fakturering enligt avtal',
      '',
      '4. Lagringstid',
      'Uppgifterna sparas i fem år.',
      '',
      'Senast uppdaterad 1.2.2020',
    );
    const { registers } = importLegacyNotice(text, 'sv');
    const [draft] = registers;
    expect(draft.title).toEqual({ sv: 'Kundregister' });
    expect(draft.controller).toEqual({
      name: 'Exempel Ab',
      businessId: '0737546-2',
      streetAddress: 'Exempelgatan 1',
      postalCode: '00100',
      city: 'Helsingfors',
      country: 'FI',
      email: 'info@exempel.fi',
      phone: '09 123 4567',
      website: null,
    });
    expect(draft.purposes).toEqual([
      { title: { sv: 'Kundrelationer' }, description: { sv: 'skötsel av kundrelationer' }, legalBasis: null, legalBasisEvidence: null },
      { title: { sv: 'Fakturering enligt avtal' }, description: null, legalBasis: 'contract', legalBasisEvidence: 'Fakturering enligt avtal' },
    ]);
    expect(draft.fields).toEqual({ retention: { sv: 'Uppgifterna sparas i fem år.' } });
    expect(draft.legacyDates).toEqual({ createdOn: null, updates: ['2020-02-01'] });
    // "Dataskyddsbeskrivning" is the document's title: no extra section for it.
    expect(draft.extraSections).toEqual([]);
    expect(uncoveredLines(text, registers)).toEqual([]);
  });

  it('reads English headings with the English dictionary', () => {
    const { registers } = importLegacyNotice('Controller\n\nExample Ltd\n\nRetention period\n\nTwo years.', 'en');
    expect(registers[0].controller?.name).toBe('Example Ltd');
    expect(registers[0].fields.retention).toEqual({ en: 'Two years.' });
  });

  it('takes a valid Y-tunnus as the business id', () => {
    const { registers, warnings } = importLegacyNotice('Rekisterinpitäjä\n\nEsimerkki Oy\nY-tunnus: 1572860-0');
    expect(registers[0].controller?.businessId).toBe('1572860-0');
    expect(warnings.filter((w) => w.code === 'invalidBusinessId')).toEqual([]);
  });

  it('refuses a Y-tunnus with a wrong check digit, keeps it in the text and warns', () => {
    const { registers, warnings } = importLegacyNotice('Rekisterinpitäjä\n\nEsimerkki Oy\nY-tunnus: 0737546-3');
    expect(registers[0].controller?.businessId).toBeNull();
    expect(registers[0].controllerText?.fi).toContain('Y-tunnus: 0737546-3');
    expect(warnings).toContainEqual({ code: 'invalidBusinessId', params: { line: 4, value: '0737546-3' } });
  });

  it('reads an unlabelled address block and keeps a line it does not understand in the text', () => {
    const text = 'Rekisterinpitäjä\n\nEsimerkki Oy\nKatu 1\n00100 Helsinki\n+358 9 123 456\nwww.esimerkki.fi\nAvoinna arkisin';
    const { registers } = importLegacyNotice(text);
    expect(registers[0].controller).toMatchObject({
      name: 'Esimerkki Oy',
      streetAddress: 'Katu 1',
      postalCode: '00100',
      city: 'Helsinki',
      phone: '+358 9 123 456',
      website: 'www.esimerkki.fi',
    });
    expect(registers[0].controllerText?.fi).toContain('Avoinna arkisin');
    expect(uncoveredLines(text, registers)).toEqual([]);
  });

  it('reads "Päivitetty viimeksi" dates and takes date-only lines out of the text', () => {
    const text = 'Tietojen säilytysaika\n\nKuusi vuotta.\n\nLaadittu 1.1.2019. Päivitetty 1.6.2019.\nPäivitetty viimeksi 1.2.2020';
    const [draft] = importLegacyNotice(text).registers;
    expect(draft.legacyDates).toEqual({ createdOn: '2019-01-01', updates: ['2019-06-01', '2020-02-01'] });
    expect(draft.fields.retention).toEqual({ fi: 'Kuusi vuotta.' });
    expect(draft.lines.filter((l) => l.target === 'legacyDates').map((l) => l.line)).toEqual([5, 6]);
    expect(uncoveredLines(text, [draft])).toEqual([]);
  });

  it('leaves a date inside a longer sentence, and an impossible date, as text', () => {
    const text = 'Tietojen säilytysaika\n\nSeloste päivitetty 6.6.2018 uusien ohjeiden mukaisesti. Päivitetty 31.2.2018.';
    const [draft] = importLegacyNotice(text).registers;
    expect(draft.legacyDates).toEqual({ createdOn: null, updates: [] });
    expect(draft.fields.retention?.fi).toBe('Seloste päivitetty 6.6.2018 uusien ohjeiden mukaisesti. Päivitetty 31.2.2018.');
  });

  it('reads headings in a notice written without blank lines', () => {
    const text = lines(
      'Rekisterin nimi',
      'Asiakasrekisteri',
      'Henkilötietojen käsittelyn tarkoitus',
      '1) Asiakassuhteen hoito sopimuksen perusteella',
      '2) Markkinointi oikeutetun edun perusteella',
      '3) Kirjanpito lakisääteisen velvoitteen vuoksi',
      '4) Uutiskirje suostumuksella tai sopimuksella',
      'Tietojen säilytysaika',
      'Kuusi vuotta.',
    );
    const [draft] = importLegacyNotice(text).registers;
    expect(draft.title).toEqual({ fi: 'Asiakasrekisteri' });
    // Only a purpose that names exactly one basis gets one.
    expect(draft.purposes.map((purpose) => purpose.legalBasis)).toEqual([
      'contract',
      'legitimate-interests',
      'legal-obligation',
      null,
    ]);
    expect(draft.purposesText?.fi).toMatch(/^1\) Asiakassuhteen hoito/);
    expect(draft.fields.retention).toEqual({ fi: 'Kuusi vuotta.' });
  });

  it('names data categories from a plain list, with examples after a colon', () => {
    const text = 'Rekisterin tietosisältö\n\n- Yhteystiedot: nimi, osoite ja puhelinnumero\n- Laskutustiedot';
    const [draft] = importLegacyNotice(text).registers;
    expect(draft.dataCategories).toEqual([
      { name: { fi: 'Yhteystiedot' }, examples: { fi: ['nimi', 'osoite', 'puhelinnumero'] } },
      { name: { fi: 'Laskutustiedot' }, examples: null },
    ]);
  });

  it('keeps a text without recognised headings whole, in one extra section', () => {
    const text = 'Tervetuloa sivuillemme.\nTäällä kerrotaan asioita.';
    const { registers, warnings } = importLegacyNotice(text);
    expect(registers).toHaveLength(1);
    expect(registers[0].extraSections).toEqual([
      { title: { fi: 'Muut tiedot' }, body: { fi: 'Tervetuloa sivuillemme. Täällä kerrotaan asioita.' } },
    ]);
    expect(warnings).toContainEqual({ code: 'noHeadings', params: {} });
  });

  it('gives later registers without a controller section the first one', () => {
    const register = (name: string) => `Rekisterin nimi\n\n${name}\n\nTietolähteet\n\nAsiakkaat.\n\nTietoturva\n\nSalasanat.\n\n`;
    const text = `Rekisterinpitäjä\n\nEsimerkki Oy\n\n${register('Asiakasrekisteri')}${register('Työnhakijarekisteri')}`;
    const { registers, warnings } = importLegacyNotice(text);
    expect(registers.map((draft) => draft.title.fi)).toEqual(['Asiakasrekisteri', 'Työnhakijarekisteri']);
    expect(registers[1].controller?.name).toBe('Esimerkki Oy');
    // One warning for the one problem: not also "no controller section".
    expect(warnings.filter((w) => w.register === 2)).toEqual([{ code: 'controllerShared', params: { from: 1 }, register: 2 }]);
  });

  it('returns no register for empty text', () => {
    // The service refuses it as a 400 naming the text.
    expect(importLegacyNotice(' \n\n ')).toEqual({ registers: [], warnings: [] });
  });

  it('reads a language without a dictionary with all dictionaries, and warns', () => {
    const { registers, warnings } = importLegacyNotice('Registrets namn\n\nKundregister', 'de');
    expect(registers[0].title).toEqual({ de: 'Kundregister' });
    expect(warnings[0]).toEqual({ code: 'noDictionary', params: { locale: 'de', languages: 'fi, sv, en' } });
  });
});

describe('dates of a document with several registers', () => {
  const register = (name: string, retention: string, ...own: string[]) => ['', 'Rekisterin nimi', name, '', 'Rekisterinpitäjä', 'Testi Oy, Esimerkkikatu 1, 00100 Helsinki', '', 'Säilytysaika', retention, ...own, '', 'Tietolähteet', 'Rekisteröidyltä itseltään.'];
  const datesOf = (text: string, locale = 'fi') => importLegacyNotice(text, locale).registers.map((draft) => draft.legacyDates);

  it.each([
    ['a päivitetty date under the title', ['Tietosuojaselosteet', 'Päivitetty 1.2.2023'], { createdOn: null, updates: ['2023-02-01'] }],
    ['laadittu and päivitetty on one line', ['Rekisteri- ja tietosuojaseloste', 'Laadittu 24.5.2018, päivitetty 15.9.2024'], { createdOn: '2018-05-24', updates: ['2024-09-15'] }],
    ['two lines without a title', ['Laadittu: 24.5.2018', 'Päivitetty viimeksi: 3.3.2021'], { createdOn: '2018-05-24', updates: ['2021-03-03'] }],
  ])('gives %s to every register', (_case, preamble, dates) => {
    const text = lines(...preamble, ...register('Asiakasrekisteri', 'Vuosi.'), ...register('Työnhakijarekisteri', 'Kaksi vuotta.'), ...register('Jäsenrekisteri', 'Jäsenyyden ajan.'));
    expect(datesOf(text)).toEqual([dates, dates, dates]);
  });

  it('keeps the dates a register states itself', () => {
    const text = lines('Päivitetty 1.2.2023', ...register('Asiakasrekisteri', 'Vuosi.'), ...register('Työnhakijarekisteri', 'Kaksi vuotta.', '', 'Päivitetty 5.6.2024'));
    expect(datesOf(text)).toEqual([
      { createdOn: null, updates: ['2023-02-01'] },
      { createdOn: null, updates: ['2024-06-05'] },
    ]);
  });

  it('gives no register a date that one register states in its own text', () => {
    const text = lines(...register('Asiakasrekisteri', 'Vuosi.', '', 'Päivitetty 1.2.2023'), ...register('Työnhakijarekisteri', 'Kaksi vuotta.'));
    expect(datesOf(text)).toEqual([
      { createdOn: null, updates: ['2023-02-01'] },
      { createdOn: null, updates: [] },
    ]);
  });
});

describe('uncoveredLines', () => {
  it('reports a line whose text is in no field of the drafts', () => {
    const text = 'Tietojen säilytysaika\n\nKuusi vuotta.\n\nTietoturva\n\nPalomuuri ja salasanat.';
    const { registers } = importLegacyNotice(text);
    const [draft] = registers;
    const withoutSecurity = { ...draft, fields: { retention: draft.fields.retention } };
    expect(uncoveredLines(text, [withoutSecurity])).toEqual([{ line: 7, text: 'Palomuuri ja salasanat.' }]);
  });

  it('reports a heading line that no draft records as read', () => {
    const text = 'Tietojen säilytysaika\n\nKuusi vuotta.';
    const [draft] = importLegacyNotice(text).registers;
    expect(uncoveredLines(text, [{ ...draft, lines: [] }])).toEqual([{ line: 1, text: 'Tietojen säilytysaika' }]);
  });
});
