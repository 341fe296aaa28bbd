/**
 * A section's heading that the dictionary does not know ("Kameravalvonta") starts an extra section
 * under its own heading; it is not glued into the text of the section before it. Question headings
 * about sharing data are the recipients' section. Nothing is lost either way.
 */
import { readOne, targetOf } from './helpers/import';



/** A notice of headings on lines of their own; `heading` and `body` come after the disclosures' text. */
const NOTICE: Record<string, (heading: string, body: string, gap: string) => string> = {
  fi: (heading, body, gap) =>
    [
      'Rekisterin nimi',
      'Osakasrekisteri',
      '',
      'Säännönmukaiset tietojen luovutukset',
      'Tietoja luovutetaan tilintarkastajalle.',
      '',
      `${heading}${gap}${body}`,
      '',
      'Rekisterin suojaus',
      'Asiakirjat säilytetään lukitussa tilassa.',
    ].join('\n'),
  sv: (heading, body, gap) =>
    [
      'Registrets namn',
      'Medlemsregister',
      '',
      'Regelbundna utlämnanden av uppgifter',
      'Uppgifter lämnas inte ut till utomstående.',
      '',
      `${heading}${gap}${body}`,
      '',
      'Hur länge sparas uppgifterna',
      'Uppgifterna raderas ett år efter att medlemskapet upphört.',
    ].join('\n'),
  en: (heading, body, gap) =>
    [
      'Name of the register',
      'Applicant register',
      '',
      'Where do we get the data?',
      'Mostly from you.',
      '',
      `${heading}${gap}${body}`,
      '',
      'How long do we keep the data?',
      'Applications are deleted after 24 months.',
    ].join('\n'),
};

const UNKNOWN: Array<[string, string, string]> = [
  ['fi', 'Kameravalvonta', 'Taloyhtiön porraskäytävissä on tallentava kameravalvonta. Tallenteita säilytetään 30 vuorokautta.'],
  ['fi', 'Valokuvat verkkosivuilla', 'Julkaisemme tapahtumissa otettuja kuvia suostumuksellasi.'],
  ['sv', 'Kameraövervakning', 'I trapphusen finns inspelande kameraövervakning.'],
  ['sv', 'Bilder på webbplatsen', 'Vi publicerar bilder från konserter med medlemmens samtycke.'],
  ['en', 'Video interviews', 'Some interviews are recorded with your consent.'],
  ['en', 'Aptitude tests', '- an online test scored automatically\n- reviewed by a recruiter'],
];

describe.each(UNKNOWN)('%s: an unknown heading "%s" after a section\'s text', (locale, heading, body) => {
  it.each([
    ['right above its text', '\n'],
    ['with a blank line before its text', '\n\n'],
  ])('starts an extra section under its own heading, %s', (_layout, gap) => {
    const text = NOTICE[locale](heading, body, gap);
    const { draft, warnings } = readOne(text, locale);
    expect(draft.extraSections).toEqual([{ title: { [locale]: heading }, body: { [locale]: body } }]);
    expect(warnings).toContainEqual({ code: 'unknownHeading', params: { line: 7, heading } });
    const previous = Object.values(draft.fields).map((value) => value?.[locale] ?? '');
    expect(previous.filter((value) => value.includes(heading))).toEqual([]);
    expect(targetOf(draft, 7)).toBe('extraSections.0');
  });
});

describe('question headings about sharing data are the recipients\' section', () => {
  it.each([
    ['fi', 'Kenelle tietojasi jaetaan?'],
    ['fi', 'Kenelle luovutamme tietoja?'],
    ['fi', 'Kuka saa tietojasi?'],
    ['sv', 'Vem delar vi dina uppgifter med?'],
    ['sv', 'Vem får ta del av uppgifterna?'],
    ['en', 'Who do we share data with?'],
    ['en', 'With whom do we share your personal data?'],
    ['en', 'Who receives your data?'],
    ['en', 'Who do we share your application with?'],
  ])('%s: "%s"', (locale, heading) => {
    const text = NOTICE[locale](heading, 'Teamtailor AB.', '\n');
    const { draft } = readOne(text, locale);
    expect(targetOf(draft, 7)).toBe('fields.regularDisclosures');
    expect(draft.fields.regularDisclosures?.[locale]).toContain('Teamtailor AB.');
    expect(draft.fields.sources?.[locale] ?? '').not.toContain('Teamtailor');
  });
});

describe('the register\'s security section in Swedish', () => {
  it.each(['Principer för skydd av registret', 'Principer för registrets skydd', 'Principerna för registrets skydd'])('"%s"', (heading) => {
    const text = NOTICE.sv(heading, 'Registret är tillgängligt endast för styrelsen.', '\n');
    const { draft } = readOne(text, 'sv');
    expect(draft.fields.security?.sv).toBe('Registret är tillgängligt endast för styrelsen.');
    expect(draft.fields.regularDisclosures?.sv).toBe('Uppgifter lämnas inte ut till utomstående.');
  });
});

describe('title-like lines that head no section stay where they are', () => {
  it('keeps a contact card\'s lines in the controller section', () => {
    const text = ['Rekisterinpitäjä', 'Hämeenkylän kunta', 'Perusturvalautakunta', 'Kunnantie 4, 16900 Hämeenkylä', '', 'Tietojen luovutukset', 'Tietoja ei luovuteta.'].join('\n');
    const { draft } = readOne(text, 'fi');
    expect(draft.extraSections.map((section) => section.title.fi)).not.toContain('Hämeenkylän kunta');
    expect(targetOf(draft, 3)).toBe('controller');
  });

  it('keeps a column of links under the section before it', () => {
    const text = NOTICE.fi('Lisätietoja Googlen evästekäytännöistä', 'Lisätietoja evästeistä yleisesti', '\n');
    const { draft } = readOne(text, 'fi');
    expect(draft.extraSections).toEqual([]);
    expect(draft.fields.regularDisclosures?.fi).toContain('Lisätietoja Googlen evästekäytännöistä');
  });

  it('keeps a lone line right under a heading as that section\'s text', () => {
    const text = ['Säännönmukaiset tietojen luovutukset', '', 'Tilintarkastaja', '', 'Rekisterin suojaus', 'Lukitussa tilassa.'].join('\n');
    const { draft } = readOne(text, 'fi');
    expect(draft.fields.regularDisclosures?.fi).toBe('Tilintarkastaja');
  });
});
