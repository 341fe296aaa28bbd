import { importLegacyNotice } from '../../server/src/domain/import';
import { planRegister, type PlanOptions } from '../../server/src/domain/import-plan';

const plan = (text: string, options: Partial<PlanOptions> = {}) => {
  const locale = options.locale ?? 'fi';
  const [draft] = importLegacyNotice(text, locale).registers;
  return planRegister(draft, { locale, defaultLanguage: 'fi', input: text, maxName: 300, ...options });
};

const NOTICE = [
  'Rekisterin nimi',
  '',
  'Asiakasrekisteri',
  '',
  'Rekisterinpitäjä',
  '',
  'Esimerkki Oy',
  'Sähköposti: tietosuoja@esimerkki.example',
  'Asiakaspalvelu vastaa arkisin',
  '',
  'Henkilötietojen käsittelyn tarkoitus',
  '',
  'Tietoja käsitellään seuraaviin tarkoituksiin:',
  '',
  '• asiakassuhteen hoitaminen',
  '• suoramarkkinointi',
  '• asiakkaan suostumukseen perustuva uutiskirje',
].join('\n');

describe('planRegister', () => {
  it('keeps a controller line it did not read as a detail in an extra section under the heading', () => {
    const planned = plan(NOTICE);
    expect(planned.controller).toEqual({ name: 'Esimerkki Oy', country: 'FI', email: 'tietosuoja@esimerkki.example' });
    const kept = planned.register.extraSections as Array<{ title: { fi: string }; body: { fi: string } }>;
    expect(kept[0]).toEqual({ title: { fi: 'Rekisterinpitäjä' }, body: { fi: 'Asiakaspalvelu vastaa arkisin' } });
    expect(planned.lines.find((line) => line.line === 9)).toMatchObject({ field: 'extraSections', extraSection: 0 });
    expect(planned.lines.find((line) => line.line === 8)).toMatchObject({ field: 'controller' });
  });

  it.each(['Sähköposti: tietosuoja(at)esimerkki.example', 'tietosuoja [at] esimerkki.example', 'Sähköposti tietosuoja(AT)esimerkki.example'])(
    'reads "%s" as the e-mail it is, keeping no copy of the line',
    (line) => {
      const planned = plan(`Rekisterinpitäjä\nEsimerkki Oy\n${line}\n\nTietolähteet\nAsiakkaalta.`);
      expect(planned.controller).toMatchObject({ name: 'Esimerkki Oy', email: 'tietosuoja@esimerkki.example' });
      expect(planned.register.extraSections).toEqual([]);
      expect(planned.warnings.map((warning) => warning.code)).not.toContain('contactLineUnread');
    },
  );

  it('creates a purpose only with a basis named by the text or chosen, and an interest for legitimate interests', () => {
    const planned = plan(NOTICE, { choices: [{ legalBasis: 'contract' }, { legalBasis: 'legitimate-interests' }] });
    expect(planned.purposes.map(({ legalBasis, legalBasisFrom, create }) => [legalBasis, legalBasisFrom, create])).toEqual([
      ['contract', 'editor', true],
      ['legitimate-interests', 'editor', false],
      ['consent', 'text', true],
    ]);
    expect(planned.warnings).toContainEqual({ code: 'purposeNoInterest', params: { title: 'Suoramarkkinointi' } });
    expect(planned.warnings).toContainEqual({
      code: 'purposeBasisFromText',
      params: { title: 'Asiakkaan suostumukseen perustuva uutiskirje', legalBasis: 'consent' },
    });
    const withInterest = plan(NOTICE, { choices: [null, { legalBasis: 'legitimate-interests', legitimateInterest: 'Asiakasviestintä' }] });
    expect(withInterest.purposes[1]).toMatchObject({ create: true, legitimateInterest: { fi: 'Asiakasviestintä' } });
    expect(withInterest.purposes[0]).toMatchObject({ legalBasis: null, create: false });
  });

  it('keeps the purpose section as written as an extra section under its heading', () => {
    const planned = plan(NOTICE);
    const kept = planned.register.extraSections as Array<{ title: { fi: string }; body: { fi: string } }>;
    expect(kept[1].title).toEqual({ fi: 'Henkilötietojen käsittelyn tarkoitus' });
    expect(kept[1].body.fi).toMatch(/^Tietoja käsitellään seuraaviin tarkoituksiin:\n\n- asiakassuhteen hoitaminen/);
    expect(planned.lines.find((line) => line.line === 15)).toMatchObject({ field: 'purposes', extraSection: 1 });
  });

  it('titles a notice without a register name with the generic notice title', () => {
    const planned = plan('Henkilötietojen säilytysaika\n\nKaksi vuotta.');
    expect(planned.title).toEqual({ fi: 'Rekisteri- ja tietosuojaseloste' });
    expect(planned.warnings).toContainEqual({ code: 'genericTitle', params: { title: 'Rekisteri- ja tietosuojaseloste' } });
    // No sources described: the data come from the data subject (Art 13), until the editor says otherwise.
    expect(planned.register).toMatchObject({ retention: { fi: 'Kaksi vuotta.' }, noticeKind: 'art13' });
    expect(planned.noticeKindFrom).toBe('text');
    expect(planned.register).not.toHaveProperty('legacyHistory');
  });

  it('puts a notice in another language there, with the required names also in the default language', () => {
    const text = 'Registrets namn\n\nKundregister\n\nLagringstid\n\nTvå år.\n\nUpprättad 1.2.2019. Uppdaterad 3.4.2020.';
    const planned = plan(text, { locale: 'sv' });
    expect(planned.title).toEqual({ sv: 'Kundregister', fi: 'Kundregister' });
    expect(planned.register).toMatchObject({ retention: { sv: 'Två år.' }, legacyHistory: { createdOn: '2019-02-01', updates: ['2020-04-03'] } });
    expect(planned.lines.find((line) => line.line === 9)).toMatchObject({ field: 'legacyHistory' });
  });

  it('leaves an example too long for the list out of it, the category still made', () => {
    const long = `pitkä ${'esimerkki '.repeat(40)}`.trim();
    const text = `Rekisterin tietosisältö\n\nPerustiedot, kuten:\n\n• nimi\n• ${long}`;
    const planned = plan(text);
    expect(planned.dataCategories).toEqual([{ name: { fi: 'Perustiedot' }, examples: { fi: ['nimi'] }, create: true }]);
    expect(planned.warnings).toContainEqual({ code: 'exampleTooLong', params: { name: 'Perustiedot', max: 300 } });
  });

  it('applies only the answers the editor confirmed, never a proposal of the text by itself', () => {
    const text = 'Rekisterin nimi\nAsiakasrekisteri\n\nTietojen siirto\nTietoja siirretään EU:n ja ETA:n ulkopuolelle.\n\nAutomaattinen päätöksenteko\nAutomaattisia päätöksiä ei tehdä.';
    const proposed = plan(text);
    expect(proposed.proposedAnswers).toMatchObject({ transfersOutsideEea: { answer: 'yes' }, automatedDecisionMaking: { answer: 'none' } });
    expect(proposed.register).not.toHaveProperty('transfersOutsideEea');
    expect(proposed.register).not.toHaveProperty('automatedDecisionMaking');

    const confirmed = plan(text, { answers: { transfersOutsideEea: 'yes', automatedDecisionMaking: null } });
    expect(confirmed.register).toMatchObject({ transfersOutsideEea: 'yes' });
    expect(confirmed.register).not.toHaveProperty('automatedDecisionMaking');
    // The editor may answer otherwise than the text reads.
    expect(plan(text, { answers: { automatedDecisionMaking: 'yes' } }).register).toMatchObject({ automatedDecisionMaking: 'yes' });
  });
});
