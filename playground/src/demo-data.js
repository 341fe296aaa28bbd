// Demo content: a fictional Finnish company with two registers, one of them with three
// published versions whose päivitetty dates differ, the other with an announced upcoming version.
// Everything goes through the plugin's own services, the same path as the admin API.

const t = (fi, sv, en) => ({ fi, sv, en });

async function seedDemoData(strapi) {
  const plugin = strapi.plugin('privacy-notices');
  const library = plugin.service('library');
  const publishing = plugin.service('publishing');
  const existing = await library.list('registers', { page: 1, pageSize: 1 });
  if (existing.pagination.total > 0) return;

  const controller = await library.create('controllers', {
    name: 'Kuusikko Design Oy',
    businessId: '1234567-1',
    streetAddress: 'Esimerkkikatu 1 A',
    postalCode: '00100',
    city: 'Helsinki',
    country: 'FI',
    email: 'tietosuoja@kuusikko.example',
    phone: '+358 9 123 4567',
    website: 'https://kuusikko.example',
    dpo: { name: 'Tietosuojavastaava Aino Esimerkki', email: 'dpo@kuusikko.example' },
  });

  const customerService = await library.create('purposes', {
    title: t('Asiakassuhteen hoitaminen', 'Skötsel av kundrelationen', 'Managing the customer relationship'),
    description: t(
      'Tilausten käsittely, toimitukset, laskutus ja asiakaspalvelu.',
      'Behandling av beställningar, leveranser, fakturering och kundtjänst.',
      'Processing orders, deliveries, invoicing and customer service.',
    ),
    legalBasis: 'contract',
    dpvPurpose: 'https://w3id.org/dpv#CustomerManagement',
  });
  const newsletter = await library.create('purposes', {
    title: t('Uutiskirje', 'Nyhetsbrev', 'Newsletter'),
    description: t('Uutiskirjeen lähettäminen sen tilanneille.', 'Utskick av nyhetsbrev till dem som beställt det.', 'Sending the newsletter to those who subscribed to it.'),
    legalBasis: 'consent',
    // Direct marketing: readers are told they may object to it at any time (Art 21(2)).
    directMarketing: true,
  });
  const analytics = await library.create('purposes', {
    title: t('Palvelun kehittäminen', 'Utveckling av tjänsten', 'Improving the service'),
    legalBasis: 'legitimate-interests',
    legitimateInterest: t(
      'Verkkopalvelun toimivuuden ja käytettävyyden parantaminen.',
      'Att förbättra webbtjänstens funktion och användbarhet.',
      'Improving how well the online service works and how easy it is to use.',
    ),
  });
  const recruitment = await library.create('purposes', {
    title: t('Rekrytointi', 'Rekrytering', 'Recruitment'),
    description: t('Työnhakijoiden valinta avoimiin tehtäviin.', 'Urval av arbetssökande till lediga tjänster.', 'Selecting applicants for open positions.'),
    legalBasis: 'legitimate-interests',
    legitimateInterest: t('Sopivan henkilön löytäminen avoimeen tehtävään.', 'Att hitta en lämplig person för en ledig tjänst.', 'Finding a suitable person for an open position.'),
  });

  const contact = await library.create('data-categories', {
    name: t('Yhteystiedot', 'Kontaktuppgifter', 'Contact details'),
    examples: { fi: ['nimi', 'sähköpostiosoite', 'puhelinnumero', 'postiosoite'], sv: ['namn', 'e-postadress', 'telefonnummer', 'postadress'], en: ['name', 'email address', 'phone number', 'postal address'] },
  });
  const orders = await library.create('data-categories', {
    name: t('Tilaus- ja laskutustiedot', 'Beställnings- och faktureringsuppgifter', 'Order and invoicing details'),
  });
  const application = await library.create('data-categories', {
    name: t('Hakemustiedot', 'Ansökningsuppgifter', 'Application details'),
    examples: { fi: ['CV', 'työhistoria', 'koulutus'], sv: ['CV', 'arbetshistorik', 'utbildning'], en: ['CV', 'work history', 'education'] },
  });

  const accounting = await library.create('recipients', {
    name: t('Tilitoimisto', 'Bokföringsbyrå', 'Accounting firm'),
    role: 'processor',
    country: 'FI',
  });
  const mailService = await library.create('recipients', {
    name: t('Sähköpostipalvelun tarjoaja', 'Leverantör av e-posttjänst', 'Email service provider'),
    role: 'processor',
    country: 'US',
    transferSafeguard: 'standard-contractual-clauses',
    safeguardDetails: t('EU-komission vakiosopimuslausekkeet.', 'EU-kommissionens standardavtalsklausuler.', "The European Commission's standard contractual clauses."),
  });

  const customers = await library.create('registers', {
    slug: 'asiakasrekisteri',
    title: t('Asiakasrekisteri', 'Kundregister', 'Customer register'),
    noticeKind: 'art13',
    controller: controller.documentId,
    contactPerson: { name: 'Matti Esimerkki', email: 'matti@kuusikko.example', phone: '+358 40 123 4567' },
    purposes: [customerService.documentId, newsletter.documentId],
    dataCategories: [contact.documentId, orders.documentId],
    recipients: [accounting.documentId],
    dataSubjects: t('Yrityksen asiakkaat ja heidän yhteyshenkilönsä.', 'Företagets kunder och deras kontaktpersoner.', "The company's customers and their contact persons."),
    sources: t('Tiedot saadaan asiakkaalta itseltään.', 'Uppgifterna fås av kunden själv.', 'The data is obtained from the customer.'),
    sourceKinds: ['data-subject'],
    retention: t('Tietoja säilytetään asiakkuuden ajan.', 'Uppgifterna sparas under kundrelationen.', 'The data is kept for the duration of the customer relationship.'),
    security: t('Tiedot säilytetään suojatuissa järjestelmissä, joihin on pääsy vain sitä tarvitsevilla.', 'Uppgifterna förvaras i skyddade system som endast behöriga har tillgång till.', 'The data is kept in protected systems that only those who need it can access.'),
    statutoryRequirement: t('Tietojen antaminen on sopimuksen tekemisen edellytys.', 'Uppgifterna krävs för att ingå avtalet.', 'Providing the data is necessary for entering into the contract.'),
    // The organisation's own answers: the notice states nothing it has not said.
    transfersOutsideEea: 'no',
    automatedDecisionMaking: 'none',
  });
  await publishing.publish(customers.documentId, {
    changeSummary: t('Ensimmäinen versio.', 'Första versionen.', 'First version.'),
    material: true,
    updatedOn: '2018-05-24',
    effectiveFrom: '2018-05-25T00:00:00Z',
  }, null);

  await library.update('registers', customers.documentId, {
    recipients: [accounting.documentId, mailService.documentId],
    transfersOutsideEea: 'yes',
  });
  await publishing.publish(customers.documentId, {
    changeSummary: t('Lisätty uutiskirjeen lähettämiseen käytetty sähköpostipalvelu.', 'Lagt till e-posttjänsten för nyhetsbrevet.', 'Added the email service used for the newsletter.'),
    material: true,
    updatedOn: '2018-06-06',
    effectiveFrom: '2018-06-06T00:00:00Z',
  }, null);

  await library.update('registers', customers.documentId, {
    purposes: [customerService.documentId, newsletter.documentId, analytics.documentId],
    retention: t(
      'Tietoja säilytetään asiakkuuden ajan ja kaksi vuotta sen päättymisen jälkeen. Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti kuusi vuotta.',
      'Uppgifterna sparas under kundrelationen och två år efter att den upphört. Bokföringsmaterial sparas i sex år enligt bokföringslagen.',
      'The data is kept for the duration of the customer relationship and two years after it ends. Accounting records are kept for six years as the Accounting Act requires.',
    ),
  });
  await publishing.publish(customers.documentId, {
    changeSummary: t('Täsmennetty säilytysaika ja lisätty palvelun kehittäminen.', 'Förtydligat lagringstiden och lagt till utveckling av tjänsten.', 'Clarified the retention period and added improving the service.'),
    material: false,
    updatedOn: '2024-09-15',
    effectiveFrom: '2024-09-15T00:00:00Z',
  }, null);

  const applicants = await library.create('registers', {
    slug: 'rekrytointirekisteri',
    title: t('Rekrytointirekisteri', 'Rekryteringsregister', 'Recruitment register'),
    noticeKind: 'both',
    controller: controller.documentId,
    contactPerson: { name: 'Liisa Esimerkki', email: 'rekry@kuusikko.example' },
    purposes: [recruitment.documentId],
    dataCategories: [contact.documentId, application.documentId],
    dataSubjects: t('Työnhakijat.', 'Arbetssökande.', 'Job applicants.'),
    sources: t('Hakijalta itseltään ja hänen antamiltaan suosittelijoilta.', 'Av den sökande själv och av referenser som hen uppgett.', 'From the applicant and from referees the applicant names.'),
    sourceKinds: ['data-subject', 'third-party'],
    retention: t('Hakemukset poistetaan kahden vuoden kuluttua haun päättymisestä.', 'Ansökningarna raderas två år efter att ansökningstiden gått ut.', 'Applications are deleted two years after the application period ends.'),
    security: t(
      'Hakemukset säilytetään rekrytointijärjestelmässä, johon on pääsy vain rekrytointiin osallistuvilla.',
      'Ansökningarna förvaras i rekryteringssystemet, som endast de som deltar i rekryteringen har tillgång till.',
      'Applications are kept in the recruitment system, which only those taking part in the recruitment can access.',
    ),
    regularDisclosures: t(
      'Tietoja ei luovuteta säännönmukaisesti rekisterinpitäjän ulkopuolelle.',
      'Uppgifterna lämnas inte regelmässigt ut till andra än den personuppgiftsansvarige.',
      'The data is not regularly disclosed outside the controller.',
    ),
    statutoryRequirement: t(
      'Hakemuksen tietojen antaminen on vapaaehtoista, mutta ilman niitä hakemusta ei voida käsitellä.',
      'Det är frivilligt att lämna uppgifterna i ansökan, men utan dem kan ansökan inte behandlas.',
      'Providing the application details is voluntary, but without them the application cannot be considered.',
    ),
    transfersOutsideEea: 'no',
    automatedDecisionMaking: 'none',
  });
  await publishing.publish(applicants.documentId, {
    changeSummary: t('Ensimmäinen versio.', 'Första versionen.', 'First version.'),
    material: true,
    updatedOn: '2025-01-10',
    effectiveFrom: '2025-01-10T00:00:00Z',
  }, null);

  // An announced change: published now, in effect a month from now.
  await library.update('registers', applicants.documentId, {
    retention: t('Hakemukset poistetaan vuoden kuluttua haun päättymisestä.', 'Ansökningarna raderas ett år efter att ansökningstiden gått ut.', 'Applications are deleted one year after the application period ends.'),
  });
  const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  await publishing.publish(applicants.documentId, {
    changeSummary: t('Hakemusten säilytysaika lyhenee vuoteen.', 'Lagringstiden för ansökningar förkortas till ett år.', 'Applications will be kept for one year.'),
    material: true,
    effectiveFrom: inAMonth.toISOString(),
  }, null);

  strapi.log.info('Privacy notices playground: demo registers "asiakasrekisteri" and "rekrytointirekisteri" created.');
}

module.exports = { seedDemoData };
