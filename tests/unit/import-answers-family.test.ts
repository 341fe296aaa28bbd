/**
 * The answers an import proposes from what a notice states: transfers outside the EU/EEA (a
 * third country named, a denial with an exception, "luovutetaan" as a transfer) and automated
 * decisions ("based solely on automated processing"). Silence, or a place inside the EEA, proposes nothing.
 */
import { importLegacyNotice } from '../../server/src/domain/import';

const HEADING: Record<string, { transfers: string; decisions: string }> = {
  fi: { transfers: 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', decisions: 'Automaattinen päätöksenteko' },
  sv: { transfers: 'Överföring av uppgifter utanför EU eller EES', decisions: 'Automatiserat beslutsfattande' },
  en: { transfers: 'Transfers outside the EU/EEA', decisions: 'Automated decision-making' },
};

const proposed = (locale: string, heading: 'transfers' | 'decisions', sentence: string) =>
  importLegacyNotice(`${HEADING[locale][heading]}\n${sentence}`, locale).registers[0].proposedAnswers;

describe('transfers outside the EU/EEA', () => {
  it.each([
    // A denial with an exception states a transfer.
    ['fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle lukuun ottamatta uutiskirjepalvelu Mailchimpiä, jonka palvelimet sijaitsevat Yhdysvalloissa.'],
    ['fi', 'Tietoja ei siirretä EU:n ulkopuolelle, paitsi sähköpostipalvelun osalta, jonka palvelimet ovat Yhdysvalloissa.'],
    ['sv', 'Uppgifter överförs inte utanför EU eller EES, utom till vår e-posttjänst i USA.'],
    ['sv', 'Uppgifterna överförs inte utanför EES med undantag av nyhetsbrevstjänsten.'],
    ['sv', 'Vi överför inte uppgifter utanför EU förutom till Mailchimp.'],
    ['en', 'We do not transfer data outside the EU/EEA except to our newsletter provider Mailchimp in the United States.'],
    ['en', 'Data is not transferred outside the EEA, with the exception of our e-mail service.'],
    ['en', 'No data is transferred outside the EU other than to our US-based analytics provider.'],
    // A third country named instead of "outside the EU".
    ['sv', 'Uppgifter kan därför överföras till USA.'],
    ['sv', 'Uppgifterna lagras på servrar i Förenta staterna.'],
    ['sv', 'Uppgifter kan överföras till Storbritannien.'],
    ['fi', 'Tiedot tallennetaan palvelimille Yhdysvalloissa.'],
    ['fi', 'Tietoja voidaan siirtää Iso-Britanniaan ja Intiaan.'],
    ['en', 'Our recruitment partner Talent Bridge Ltd in London, United Kingdom, may process data of senior candidates.'],
    ['en', 'Support tickets are processed by our team in India.'],
    ['en', 'Backups are stored in the US.'],
  ])('%s: “%s” → yes', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({ transfersOutsideEea: { answer: 'yes', evidence: [{ line: 2, text: sentence }] } });
  });

  it.each([
    ['fi', 'Tietoja ei luovuteta EU:n tai ETA:n ulkopuolelle.'],
    ['fi', 'Tietoja ei siirretä Yhdysvaltoihin.'],
    ['sv', 'Uppgifter överförs inte till USA.'],
    ['sv', 'Uppgifter lämnas inte ut utanför EU eller EES.'],
    ['en', 'We do not transfer data to the USA.'],
    ['en', 'We do not share personal data outside the EEA.'],
  ])('%s: “%s” → no', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({ transfersOutsideEea: { answer: 'no', evidence: [{ line: 2, text: sentence }] } });
  });

  it.each([
    // Inside the EEA, or outside something else than the EU/EEA: no transfer stated.
    ['fi', 'Tiedot tallennetaan palvelimille Norjassa.'],
    ['fi', 'Tietoja ei luovuteta organisaation ulkopuolelle.'],
    ['fi', 'Tietoja ei siirretä yhtiön ulkopuolelle.'],
    ['sv', 'Uppgifterna lagras i Norge och på Island.'],
    ['sv', 'Uppgifter överförs inte utanför föreningen.'],
    ['en', 'Data is stored in Norway, Iceland and Liechtenstein.'],
    ['en', 'Data is not transferred outside the company.'],
    // Two denials: the exception may belong to either.
    ['fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle eikä luovuteta kenellekään paitsi viranomaisille.'],
    ['en', 'We do not transfer data outside the EEA and do not disclose it to anyone other than the authorities.'],
    ['sv', 'Uppgifter överförs inte utanför EU och lämnas inte ut till någon utom myndigheter.'],
    // "us" is a word, not the country.
    ['en', 'Data you send us is stored securely.'],
    ['en', 'Tell us if you want us to transfer your data to another controller.'],
    ['en', 'Our processors, including those that process data for us, are bound by contract.'],
  ])('%s: “%s” → nothing', (locale, sentence) => {
    expect(proposed(locale, 'transfers', sentence)).toEqual({});
  });
});

describe('automated decisions', () => {
  it.each([
    ['en', 'We do not make decisions based solely on automated processing.'],
    ['en', 'No decisions are made solely on automated means.'],
    ['fi', 'Emme tee päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn.'],
    ['fi', 'Rekisteröidystä ei tehdä yksinomaan automaattiseen käsittelyyn perustuvia päätöksiä.'],
    ['sv', 'Vi fattar inga beslut som enbart grundas på automatiserad behandling.'],
    ['sv', 'Beslut fattas aldrig enbart på automatiserad väg.'],
  ])('%s: “%s” → none', (locale, sentence) => {
    expect(proposed(locale, 'decisions', sentence)).toEqual({ automatedDecisionMaking: { answer: 'none', evidence: [{ line: 2, text: sentence }] } });
  });

  it.each([
    ['en', 'Applications are screened solely on automated criteria before a recruiter sees them.'],
    ['fi', 'Luottopäätös tehdään pelkästään automaattisen käsittelyn perusteella.'],
    ['sv', 'Ansökningar avgörs enbart på automatiserad väg.'],
  ])('%s: “%s” → yes', (locale, sentence) => {
    expect(proposed(locale, 'decisions', sentence)).toEqual({ automatedDecisionMaking: { answer: 'yes', evidence: [{ line: 2, text: sentence }] } });
  });

  it('reads “processed by automated means” as no statement on decisions', () => {
    expect(proposed('en', 'decisions', 'Personal data is processed by automated means and manually.')).toEqual({});
  });
});
