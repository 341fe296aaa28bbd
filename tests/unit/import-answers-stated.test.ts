/**
 * Answers proposed from what a notice states, where the words say more than they seem to: a denial
 * with an exception in other words ("muutoin kuin", "annat än", "unless") states a transfer; a
 * transfers section that is only "Ei." or "Yes." answers; a denial of automated decisions beside
 * targeting the notice states proposes nothing (the editor answers),
 * and one whose clause after "mutta" / "but" states profiling proposes yes.
 */
import { importLegacyNotice } from '../../server/src/domain/import';

const HEADING: Record<string, { transfers: string; decisions: string; purposes: string }> = {
  fi: { transfers: 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', decisions: 'Automaattinen päätöksenteko', purposes: 'Henkilötietojen käsittelyn tarkoitus' },
  sv: { transfers: 'Överföring av uppgifter utanför EU eller EES', decisions: 'Automatiserat beslutsfattande', purposes: 'Ändamålet med behandlingen av personuppgifter' },
  en: { transfers: 'Transfers outside the EU/EEA', decisions: 'Automated decision-making', purposes: 'Purposes of processing' },
};

const answersOf = (text: string, locale: string) => importLegacyNotice(text, locale).registers[0].proposedAnswers;
const proposed = (locale: string, heading: 'transfers' | 'decisions', text: string) => answersOf(`${HEADING[locale][heading]}\n${text}`, locale);

describe('a denial of transfers with an exception states a transfer', () => {
  it.each([
    ['fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle muutoin kuin pilvipalvelun ylläpidon osalta, jolloin siirto perustuu vakiosopimuslausekkeisiin.'],
    ['fi', 'Henkilötietoja ei siirretä EU:n ulkopuolelle, ellei rekisteröity itse pyydä lähettämään tietoja Yhdysvaltoihin.'],
    ['fi', 'Tietoja ei säilytetä ETA-alueen ulkopuolella pois lukien varmuuskopiot, jotka säilytetään Kanadassa.'],
    ['fi', 'Tietoja ei siirretä EU:n ulkopuolelle lukuunottamatta videoneuvottelupalvelua.'],
    ['sv', 'Personuppgifter överförs inte utanför EU/EES annat än när vi använder en amerikansk kundtjänstplattform.'],
    ['sv', 'Vi överför inte uppgifter till tredjeland, frånsett säkerhetskopior hos vår leverantör.'],
    ['sv', 'Uppgifterna lagras inte utanför EES, undantaget loggar som lagras i USA.'],
    ['sv', 'Uppgifter överförs inte utanför EU om inte du själv begär det.'],
    ['en', 'We do not transfer personal data outside the EEA apart from support requests handled by our helpdesk provider.'],
    ['en', 'Data is not stored outside the EU, save for encrypted backups.'],
    ['en', 'We will not transfer your data outside the EU/EEA unless you ask us to.'],
    ['en', 'No personal data is transferred outside the EEA excluding crash reports sent to our error tracking service.'],
  ])('%s: “%s” → yes', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({ transfersOutsideEea: { answer: 'yes', evidence: [{ line: 2, text: sentence }] } });
  });

  it.each([
    // Two denials: the exception may belong to either.
    ['fi', 'Tietoja ei luovuteta kolmansille osapuolille eikä siirretä EU:n ulkopuolelle muutoin kuin lain niin vaatiessa.'],
    ['sv', 'Uppgifter lämnas inte ut och överförs inte utanför EU annat än på begäran av myndighet.'],
    ['en', 'We do not sell data and do not transfer it outside the EEA unless the law requires it.'],
  ])('%s: “%s” → nothing', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({});
  });

  it.each([
    ['fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.'],
    ['sv', 'Uppgifter överförs inte utanför EU eller EES.'],
    ['en', 'We do not transfer personal data outside the EEA.'],
  ])('%s: a denial without an exception still answers no: “%s”', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({ transfersOutsideEea: { answer: 'no', evidence: [{ line: 2, text: sentence }] } });
  });
});

describe('a transfers section whose whole text is a bare answer', () => {
  it.each([
    ['fi', 'Tietojen siirto EU:n ulkopuolelle:', 'Ei.'],
    ['fi', 'Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle?', 'Ei siirretä.'],
    ['fi', 'Henkilötietojen siirrot kolmansiin maihin', 'Ei'],
    ['sv', 'Överföring av uppgifter utanför EU eller EES', 'Nej.'],
    ['sv', 'Överföring till tredje land:', 'Nej'],
    ['en', 'Transfers outside the EU/EEA', 'No.'],
    ['en', 'International transfers', 'None.'],
  ])('%s: “%s” / “%s” → no, the line quoted', (locale, heading, answer) => {
    expect(answersOf(`${heading}\n${answer}`, locale)).toEqual({ transfersOutsideEea: { answer: 'no', evidence: [{ line: 2, text: answer }] } });
  });

  it.each([
    ['fi', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', 'Kyllä.'],
    ['fi', 'Henkilötietojen siirto kolmansiin maihin:', 'Kyllä'],
    ['sv', 'Överföring till tredje land', 'Ja.'],
    ['en', 'Transfers to third countries', 'Yes.'],
    ['en', 'Transfer of data outside the EU or EEA:', 'Yes'],
  ])('%s: “%s” / “%s” → yes, the heading being about outside the EU/EEA', (locale, heading, answer) => {
    expect(answersOf(`${heading}\n\n${answer}`, locale)).toEqual({ transfersOutsideEea: { answer: 'yes', evidence: [{ line: 3, text: answer }] } });
  });

  it.each([
    // "Yes" under a heading that does not say where to.
    ['fi', 'Kansainväliset tiedonsiirrot', 'Kyllä.'],
    ['sv', 'Internationella överföringar', 'Ja.'],
    ['en', 'International transfers', 'Yes.'],
    // More than the answer: the sentences are read as such.
    ['fi', 'Tietojen siirto EU:n ulkopuolelle', 'Ei. Palvelimet sijaitsevat Suomessa.'],
    ['en', 'Transfers outside the EU/EEA', 'No. Our servers are in Finland.'],
    // A bare "no" in another section answers nothing about transfers.
    ['fi', 'Automaattinen päätöksenteko', 'Ei.'],
    ['sv', 'Automatiserat beslutsfattande', 'Nej.'],
    ['en', 'Retention period', 'No.'],
  ])('%s: “%s” / “%s” → no transfer answer', (locale, heading, answer) => {
    expect(answersOf(`${heading}\n${answer}`, locale).transfersOutsideEea).toBeUndefined();
  });
});

describe('automated decisions denied beside profiling or targeting the notice states', () => {
  it.each([
    ['fi', 'Emme tee automaattisia päätöksiä, mutta kohdennamme markkinointia ostohistoriasi perusteella.'],
    ['fi', 'Emme tee yksinomaan automaattiseen käsittelyyn perustuvia päätöksiä, kuitenkin personoimme verkkokaupan tarjoukset selaushistorian perusteella.'],
    ['sv', 'Automatiserade beslut fattas inte. Vi riktar marknadsföring till dig utifrån dina köp.'],
    ['sv', 'Vi fattar inga automatiserade beslut, men vi anpassar marknadsföringen efter dina köp.'],
    ['en', 'We do not make decisions based solely on automated processing, but we use your purchase history to profile your interests.'],
    ['en', 'No automated decisions are made. We target advertisements to you based on the pages you visit.'],
  ])('%s: “%s” → nothing (the editor answers)', (locale, text) => {
    expect(proposed(locale, 'decisions', text)).toEqual({});
  });

  it.each([
    ['fi', 'Kohdennamme markkinointia asiakkaan ostohistorian perusteella.'],
    ['sv', 'Vi riktar erbjudanden till kunder utifrån deras köp.'],
    ['en', 'We use your usage data to profile which features to suggest to you.'],
  ])('%s: targeting stated in the purposes keeps a denial elsewhere from answering none: “%s”', (locale, purpose) => {
    const denial: Record<string, string> = {
      fi: 'Emme tee automaattisia päätöksiä.',
      sv: 'Vi fattar inga automatiserade beslut.',
      en: 'We do not make automated decisions.',
    };
    const text = [HEADING[locale].purposes, purpose, '', HEADING[locale].decisions, denial[locale]].join('\n');
    expect(answersOf(text, locale).automatedDecisionMaking).toBeUndefined();
  });

  it.each([
    // Profiling stated in a clause of its own, as a sentence of its own would state it.
    ['fi', 'Emme tee automaattisia päätöksiä, mutta profiloimme asiakkaita ostokäyttäytymisen perusteella.'],
    ['sv', 'Vi fattar inga automatiserade beslut, men vi profilerar kunder för att anpassa erbjudanden.'],
    ['en', 'We do not make automated decisions, but we use profiling to recommend products.'],
  ])('%s: “%s” → yes', (locale, text) => {
    expect(proposed(locale, 'decisions', text)).toEqual({ automatedDecisionMaking: { answer: 'yes', evidence: [{ line: 2, text }] } });
  });

  it.each([
    // Profiling denied too, or no profiling in the clause after "but".
    ['fi', 'Emme tee automaattisia päätöksiä emmekä profiloi asiakkaita.'],
    ['fi', 'Tietoja ei käytetä automaattiseen päätöksentekoon, profilointiin tai kohdennettuun markkinointiin.'],
    ['sv', 'Inga automatiserade beslut fattas och ingen profilering sker.'],
    ['sv', 'Vi fattar inga automatiserade beslut, men du kan alltid kontakta oss.'],
    ['en', 'We do not make automated decisions or use profiling, but you may contact us with questions.'],
    ['en', 'We never make automated decisions. We do not target advertising at you.'],
  ])('%s: “%s” → none', (locale, text) => {
    expect(proposed(locale, 'decisions', text).automatedDecisionMaking?.answer).toBe('none');
  });
});
