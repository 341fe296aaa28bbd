/**
 * Special categories (Art 9) and criminal data (Art 10) mentioned in an imported notice make the
 * import ask the editor to check the data categories; the import itself marks nothing special.
 */
import { importLegacyNotice } from '../../server/src/domain/import';
import { planRegister } from '../../server/src/domain/import-plan';
import { specialDataDetector } from '../../server/src/domain/import/special-data';
import { QUOTE_MAX } from '../../server/src/domain/import/statements';

/** The kinds a sentence is flagged for, in the given language. */
const kindsIn = (locale: string, text: string) => specialDataDetector(locale)([{ line: 1, text }]).map((w) => w.params.kind);

describe('special categories mentioned in imported text', () => {
  it.each([
    // Finnish, inflected
    ['fi', 'Rekisteriin tallennetaan tieto jäsenen terveydentilasta.', 'health'],
    ['fi', 'Tapahtumaan ilmoittautuneiden ruoka-allergiat kerätään tarjoilua varten.', 'health'],
    ['fi', 'Keräämme osallistujien allergiat ja erityisruokavaliot.', 'health'],
    ['fi', 'Työntekijöiden sairauslomat ja lääkärintodistukset säilytetään.', 'health'],
    ['fi', 'Potilastiedot säilytetään potilasrekisterissä.', 'health'],
    ['fi', 'Asiakkaiden terveystietoja ei luovuteta.', 'health'],
    ['fi', 'Tieto henkilön kuulumisesta poliittiseen puolueeseen voi sisältyä tietoihin.', 'politicalOpinions'],
    ['fi', 'Ehdokkaan puoluekanta ja puolueen nimi julkaistaan.', 'politicalOpinions'],
    ['fi', 'Jäsenen poliittiset mielipiteet eivät kuulu rekisteriin.', 'politicalOpinions'],
    ['fi', 'Palkanlaskenta perii ammattiliiton jäsenmaksun työntekijän pyynnöstä.', 'tradeUnionMembership'],
    ['fi', 'Tieto ay-jäsenyydestä käsitellään palkanlaskennassa.', 'tradeUnionMembership'],
    ['fi', 'Seurakunta käsittelee uskonnollista vakaumusta koskevia tietoja.', 'religiousBeliefs'],
    ['fi', 'Tieto kirkkoon kuulumisesta saadaan väestötietojärjestelmästä.', 'religiousBeliefs'],
    ['fi', 'Rekisteri ei sisällä tietoja etnisestä alkuperästä.', 'racialOrEthnicOrigin'],
    ['fi', 'Kulunvalvonnassa käytetään sormenjälkiä.', 'biometricData'],
    ['fi', 'Henkilöt tunnistetaan biometrisesti kasvojentunnistuksella.', 'biometricData'],
    ['fi', 'Tutkimuksessa kerätään geneettisiä tietoja ja DNA-näytteitä.', 'geneticData'],
    ['fi', 'Tieto seksuaalisesta suuntautumisesta kysytään vapaaehtoisesti.', 'sexLife'],
    ['fi', 'Lasten kanssa työskenteleviltä pyydetään rikosrekisteriote.', 'criminalOffences'],
    ['fi', 'Tallenteita käytetään rikosten selvittämiseen.', 'criminalOffences'],
    // Health-related words of the same family
    ['fi', 'Lisäksi tallennetaan mahdolliset terveydelliset rajoitteet, jos jäsen on itse ilmoittanut ne.', 'health'],
    ['fi', 'Kurssilta voi jäädä pois terveydellisistä syistä.', 'health'],
    ['fi', 'Valmentaja kirjaa terveydellisiä tietoja harjoitusohjelmaa varten.', 'health'],
    ['fi', 'Jäsen voi ilmoittaa terveysongelmistaan ohjaajalle.', 'health'],
    ['fi', 'Peruutus terveyssyistä kirjataan.', 'health'],
    ['sv', 'Eventuella hälsomässiga begränsningar antecknas.', 'health'],
    ['sv', 'Medlemmen kan meddela hälsoproblem till tränaren.', 'health'],
    ['sv', 'Avbokning av hälsoskäl registreras.', 'health'],
    ['en', 'We record any health-related restrictions you tell us about.', 'health'],
    ['en', 'Trainers note health issues members report.', 'health'],
    ['en', 'Your healthcare provider may send us a statement.', 'health'],
    // Swedish
    ['sv', 'Uppgifter om medlemmens hälsotillstånd sparas.', 'health'],
    ['sv', 'Sjukfrånvaro registreras i personalsystemet.', 'health'],
    ['sv', 'Uppgift om partitillhörighet kan ingå.', 'politicalOpinions'],
    ['sv', 'Medlemskap i fackförening behandlas för löneavdrag.', 'tradeUnionMembership'],
    ['sv', 'Uppgifter om religiös övertygelse behandlas inte.', 'religiousBeliefs'],
    ['sv', 'Passerkontrollen använder fingeravtryck.', 'biometricData'],
    ['sv', 'Utdrag ur straffregistret begärs av den som arbetar med barn.', 'criminalOffences'],
    ['sv', 'Uppgifter om etniskt ursprung samlas inte in.', 'racialOrEthnicOrigin'],
    // English
    ['en', 'We record the health condition of participants.', 'health'],
    ['en', 'Dietary requirements and allergies are collected for catering.', 'health'],
    ['en', 'Your political party membership may appear in public profiles.', 'politicalOpinions'],
    ['en', 'Trade union membership is processed for payroll deductions.', 'tradeUnionMembership'],
    ['en', 'We do not collect data about your religion.', 'religiousBeliefs'],
    ['en', 'Employees working with children must present a criminal record extract.', 'criminalOffences'],
    ['en', 'Access control uses fingerprints.', 'biometricData'],
    ['en', 'Data on sexual orientation is never requested.', 'sexLife'],
  ])('%s: “%s” → %s', (locale, text, kind) => {
    expect(kindsIn(locale, text)).toEqual([kind]);
  });

  it.each([
    // Words that look alike or use the same word in another sense.
    ['fi', 'Terveellinen ruokavalio on kerhon teema; terveiset kaikille.'],
    ['fi', 'Käsittelemme tietoja puolueettomasti ja puolueettomuutta vaalien.'],
    ['fi', 'Oppilaan kurssivalinnat, kuten uskonto ja elämänkatsomustieto, kirjataan.'],
    ['fi', 'Uskonnon opetus järjestetään koulun opetussuunnitelman mukaan.'],
    ['fi', 'Sopimuksen osapuolen yhteystiedot säilytetään.'],
    ['fi', 'Koiran rotu ja rekisterinumero tallennetaan.'],
    ['fi', 'Perimme maksut laskulla.'],
    ['fi', 'Tietojen käsittelyssä noudatetaan sukupuolten tasa-arvoa, ja sukupuoli kysytään.'],
    ['sv', 'Vi hälsar nya medlemmar välkomna.'],
    ['sv', 'Föreningen serverar hälsosam mat på lägret.'],
    ['sv', 'Elevens kurser, till exempel religionskunskap, registreras.'],
    ['sv', 'Ett parti varor levereras varje vecka.'],
    ['en', 'Occupational health and safety training is recorded.'],
    ['en', 'Processing follows European Union member state law.'],
    ['en', 'We process your data in good faith and for race registrations.'],
    ['en', 'Our healthy-eating newsletter is sent monthly.'],
  ])('%s: “%s” is no mention', (locale, text) => {
    expect(kindsIn(locale, text)).toEqual([]);
  });

  it('names each kind once per register, quoting its first sentence (at most 80 characters) and counting the others', () => {
    const text = [
      'Rekisterin nimi',
      'Jäsenrekisteri',
      '',
      'Rekisterin tietosisältö',
      '',
      'Rekisteri ei sisällä henkilötietolain tarkoittamia arkaluontoisia henkilötietoja. Kuitenkin tieto rekisterissä olevien henkilöiden kuulumisesta poliittiseen puolueeseen voi sisältyä tallennettaviin tietoihin silloin, kun henkilö on itse tehnyt asiasta julkisen.',
      'Lisäksi puolueen jäsenmaksut kirjataan.',
      '',
      'Rekisterin tietolähteet',
      '',
      'Jäsenen terveydentilaa koskevat tiedot saadaan jäseneltä itseltään.',
    ].join('\n');
    const { warnings, registers } = importLegacyNotice(text, 'fi');
    const special = warnings.filter((w) => w.code === 'specialCategoryMentioned');
    expect(special).toEqual([
      {
        code: 'specialCategoryMentioned',
        params: { kind: 'politicalOpinions', line: 6, quote: '…kuulumisesta poliittiseen puolueeseen voi sisältyä tallennettaviin…', more: 1 },
      },
      { code: 'specialCategoryMentioned', params: { kind: 'health', line: 11, quote: 'Jäsenen terveydentilaa koskevat tiedot saadaan jäseneltä itseltään.', more: 0 } },
    ]);
    expect(String(special[0].params.quote).length).toBeLessThanOrEqual(QUOTE_MAX);

    // Never invented: the plan's data categories carry no kind of data; the editor decides.
    const plan = planRegister(registers[0], { locale: 'fi', defaultLanguage: 'fi', input: text, maxName: 300 });
    for (const category of plan.dataCategories) expect(category).not.toHaveProperty('special');
  });

  it('reads a language without its own words with all of them', () => {
    expect(kindsIn('de', 'Angaben zur health condition und zum hälsotillstånd sowie terveydentila.')).toEqual(['health']);
  });
});
