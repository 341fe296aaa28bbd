/**
 * Imported statements that narrow the rights the notice lists, or cite the repealed Personal Data
 * Act, make the import ask the editor to review them: the register's own rights text is published
 * after the derived list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importLegacyNotice } from '../../server/src/domain/import';
import { outdatedStatementDetector } from '../../server/src/domain/import/outdated-statements';

/** `code/kind` of what a sentence is flagged for, in the given language. */
const flagged = (locale: string, text: string) =>
  outdatedStatementDetector(locale)([{ line: 1, text }]).map((w) => (w.params.kind ? `${w.code}/${w.params.kind}` : w.code));

describe('outdated statements in imported text', () => {
  it.each([
    ['fi', 'Tarkastusoikeus on maksuton enintään kerran vuodessa toteutettuna.', 'rightsLimited/accessOncePerYear'],
    ['fi', 'Rekisteröity voi tarkastaa tietonsa maksutta kerran vuodessa.', 'rightsLimited/accessOncePerYear'],
    ['fi', 'Rekisteröidyllä on oikeus tarkastaa tietonsa kerran kalenterivuodessa.', 'rightsLimited/accessOncePerYear'],
    ['fi', 'Kirjallinen tarkastuspyyntö tulee lähettää allekirjoitettuna rekisteristä vastaavalle henkilölle.', 'rightsLimited/requestForm'],
    ['fi', 'Tarkastuspyyntö on tehtävä kirjallisesti ja allekirjoitettuna.', 'rightsLimited/requestForm'],
    ['fi', 'Henkilötietolain 26 §:n mukaan jokaisella on oikeus tarkastaa tietonsa.', 'repealedLaw'],
    ['fi', 'Rekisteriseloste on laadittu henkilötietolain (523/1999) 10 §:n mukaisesti.', 'repealedLaw'],
    ['fi', 'Rekisteröidyllä on lainmukainen (henkilötietolaki 30 §) oikeus kieltää tietojensa käyttö.', 'repealedLaw'],
    ['fi', 'Käsittely tapahtuu HetiL 8 §:n perusteella.', 'repealedLaw'],
    ['sv', 'Granskningsrätten kan utövas avgiftsfritt en gång per år.', 'rightsLimited/accessOncePerYear'],
    ['sv', 'Den registrerade har rätt att granska sina uppgifter en gång om året.', 'rightsLimited/accessOncePerYear'],
    ['sv', 'En begäran om granskning ska vara egenhändigt undertecknad.', 'rightsLimited/requestForm'],
    ['sv', 'Registerbeskrivningen är upprättad enligt personuppgiftslagen (523/1999).', 'repealedLaw'],
    ['sv', 'Enligt 26 § i PUL har var och en rätt att granska sina uppgifter.', 'repealedLaw'],
    ['en', 'You may exercise your right of access free of charge once a year.', 'rightsLimited/accessOncePerYear'],
    ['en', 'Inspection requests are answered free of charge once every 12 months.', 'rightsLimited/accessOncePerYear'],
    ['en', 'The request must be signed and sent by post.', 'rightsLimited/requestForm'],
    ['en', 'This notice is drawn up under the Finnish Personal Data Act (523/1999).', 'repealedLaw'],
  ])('%s: “%s” → %s', (locale, text, expected) => {
    expect(flagged(locale, text)).toEqual([expected]);
  });

  it.each([
    ['fi', 'Tarkastamme rekisterin tiedot kerran vuodessa.'],
    ['fi', 'Tiedot päivitetään kerran vuodessa.'],
    ['fi', 'Jäsenlehti toimitetaan jäsenille maksutta kerran vuodessa.'],
    ['fi', 'Rekisteröidyllä on oikeus tarkastaa tietonsa maksutta.'],
    ['fi', 'Tietojen tarkistusta koskeva kirjallinen pyyntö tulee osoittaa rekisteriasioista vastaavalle henkilölle.'],
    ['fi', 'Sopimus allekirjoitetaan sähköisesti.'],
    ['fi', 'Henkilötietolaki kumottiin 1.1.2019, ja sen korvasi tietosuojalaki (1050/2018).'],
    ['fi', 'Käsittely perustuu tietosuoja-asetukseen ja tietosuojalakiin (1050/2018).'],
    ['sv', 'Uppgifterna uppdateras en gång per år.'],
    ['sv', 'Medlemstidningen skickas kostnadsfritt en gång per år.'],
    ['sv', 'Personuppgiftslagen upphävdes och ersattes av dataskyddslagen.'],
    ['en', 'We review the register once a year.'],
    ['en', 'Members receive a free yearbook once a year.'],
    ['en', 'Contracts are signed electronically.'],
    ['en', 'The Personal Data Act was repealed and replaced by the Data Protection Act.'],
  ])('%s: “%s” needs no review', (locale, text) => {
    expect(flagged(locale, text)).toEqual([]);
  });

  it('quotes the first sentence of each kind with its line, in the rights section and its heading', () => {
    const text = [
      'Rekisterin nimi',
      'Asiakasrekisteri',
      '',
      'Henkilötietolain 6. luvun 26 §:n mukainen tarkastusoikeus',
      '',
      'Rekisteröidyllä on oikeus tarkastaa, mitä tietoja hänestä on tallennettu. Kirjallinen tarkastuspyyntö tulee lähettää',
      'allekirjoitettuna rekisterinpitäjälle. Tarkastusoikeus on maksuton enintään kerran vuodessa',
      'toteutettuna.',
    ].join('\n');
    const { warnings } = importLegacyNotice(text, 'fi');
    expect(warnings.filter((w) => ['rightsLimited', 'repealedLaw'].includes(w.code))).toEqual([
      { code: 'rightsLimited', params: { kind: 'accessOncePerYear', line: 7, quote: 'Tarkastusoikeus on maksuton enintään kerran vuodessa toteutettuna.', more: 0 } },
      { code: 'rightsLimited', params: { kind: 'requestForm', line: 6, quote: 'Kirjallinen tarkastuspyyntö tulee lähettää allekirjoitettuna…', more: 0 } },
      { code: 'repealedLaw', params: { line: 4, quote: 'Henkilötietolain 6. luvun 26 §:n mukainen tarkastusoikeus', more: 0 } },
    ]);
  });
});

describe('statements to review in the real notices (tests/fixtures/notices)', () => {
  const REVIEW = ['specialCategoryMentioned', 'rightsLimited', 'repealedLaw'];
  const review = (file: string, locale = 'fi') => {
    const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/notices', file), 'utf8');
    return importLegacyNotice(text, locale)
      .warnings.filter((w) => REVIEW.includes(w.code))
      .map((w) => [w.register ?? 1, w.code, w.params.kind ?? '', w.params.line, w.params.more]);
  };

  it('flags access free once a year and a signed request in label-paragraphs.txt', () => {
    expect(review('label-paragraphs.txt')).toEqual([
      [1, 'rightsLimited', 'accessOncePerYear', 42, 0],
      [1, 'rightsLimited', 'requestForm', 41, 0],
    ]);
  });

  it('flags the Personal Data Act named in the rights heading of numbered-sections.txt', () => {
    expect(review('numbered-sections.txt')).toEqual([[1, 'repealedLaw', '', 69, 1]]);
  });

  it('flags political party membership and the Personal Data Act in three-registers-with-dates.txt', () => {
    expect(review('three-registers-with-dates.txt')).toEqual([
      [1, 'repealedLaw', '', 3, 1],
      [2, 'specialCategoryMentioned', 'politicalOpinions', 93, 0],
      [2, 'repealedLaw', '', 58, 4],
      [3, 'repealedLaw', '', 121, 0],
    ]);
  });

  it.each([
    ['english-notice.txt', 'en'],
    ['swedish-notice.txt', 'sv'],
    ['markdown-several-registers.txt', 'fi'],
    ['one-line-controller-gdpr-headings.txt', 'fi'],
    ['question-headings.txt', 'fi'],
    ['word-table-wrapped-headings.txt', 'fi'],
  ])('finds nothing to review in %s', (file, locale) => {
    expect(review(file, locale)).toEqual([]);
  });
});

it('reads both kinds of statement in every language the words are given in', () => {
  const languages = (file: string) => Object.keys(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales/import', file), 'utf8'))).filter((key) => key !== '$comment');
  expect(languages('outdated-statements.json')).toEqual(languages('special-data.json'));
});
