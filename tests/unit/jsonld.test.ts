/**
 * The JSON-LD of a notice, expanded by a real JSON-LD processor with no network: the context is
 * inline and any attempt to fetch a remote document fails the test.
 */
import jsonld from 'jsonld';
import { noticeJsonLd, NAMESPACES } from '../../server/src/domain/jsonld';
import type { NoticeSnapshot } from '../../server/src/domain/types';

const DPV = NAMESPACES.dpv;
const GDPR = NAMESPACES['eu-gdpr'];
const DCT = NAMESPACES.dct;
const ID = 'https://cms.example/api/privacy-notices/notices/asiakasrekisteri/versions/3';

const refuseRemote = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: refused to load ${url}`);
};

function snapshot(overrides: Partial<NoticeSnapshot> = {}): NoticeSnapshot {
  return {
    schemaVersion: 1,
    slug: 'asiakasrekisteri',
    languages: ['fi', 'sv', 'en'],
    defaultLanguage: 'fi',
    noticeKind: 'art13',
    title: { fi: 'Asiakasrekisteri', sv: 'Kundregister', en: 'Customer register' },
    controller: {
      documentId: 'c1',
      name: 'Esimerkki Oy',
      businessId: '0737546-2',
      streetAddress: 'Esimerkkikatu 1',
      postalCode: '00100',
      city: 'Helsinki',
      country: 'FI',
      email: 'tietosuoja@esimerkki.fi',
      phone: '09 123 4567',
      website: null,
      representative: null,
      dpo: { name: 'Tiina Tietosuoja', email: 'dpo@esimerkki.fi', phone: null },
    },
    contactPerson: null,
    purposes: [
      { documentId: 'p1', title: { fi: 'Asiakassuhteen hoitaminen', en: 'Customer relationship' }, description: null, legalBasis: 'contract', legitimateInterest: null, dpvPurpose: 'https://w3id.org/dpv#CustomerManagement' },
      { documentId: 'p2', title: { fi: 'Uutiskirje', en: 'Newsletter' }, description: null, legalBasis: 'consent', legitimateInterest: null, dpvPurpose: null },
      { documentId: 'p3', title: { fi: 'Kehittäminen', en: 'Improvement' }, description: null, legalBasis: 'legitimate-interests', legitimateInterest: { fi: 'Palvelun parantaminen.', en: 'Improving the service.' }, dpvPurpose: null },
    ],
    dataCategories: [
      { documentId: 'd1', name: { fi: 'Yhteystiedot', en: 'Contact details' }, description: null, examples: { fi: ['nimi'], en: ['name'] }, special: 'none', dpvCategory: null },
      { documentId: 'd2', name: { fi: 'Terveystiedot', en: 'Health data' }, description: null, examples: null, special: 'art9', dpvCategory: null },
    ],
    recipients: [
      { documentId: 'r1', name: { fi: 'Tilitoimisto', en: 'Accounting firm' }, description: null, role: 'processor', country: 'FI', transferSafeguard: null, safeguardDetails: null },
      { documentId: 'r2', name: { fi: 'Sähköpostipalvelu', en: 'Email service' }, description: null, role: 'processor', country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: null },
    ],
    dataSubjects: { fi: 'Asiakkaat.', en: 'Customers.' },
    sources: null,
    sourceKinds: ['data-subject'],
    regularDisclosures: null,
    transfersText: null,
    retention: { fi: 'Asiakkuuden ajan.', en: 'For the duration of the customer relationship.' },
    security: null,
    automatedDecisions: null,
    rights: null,
    statutoryRequirement: null,
    cookies: null,
    extraSections: [],
    legacyHistory: null,
    ...overrides,
  };
}

const input = (overrides: Partial<NoticeSnapshot> = {}, locale = 'en') => ({
  snapshot: snapshot(overrides),
  id: ID,
  version: 3,
  locale,
  createdOn: '2018-05-24',
  updatedOn: '2024-09-15',
  effectiveFrom: '2024-09-15T00:00:00.000Z',
});

type Expanded = Record<string, unknown[]>;
const expand = async (doc: object) => (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: refuseRemote })) as unknown as Expanded[];
const ids = (values: unknown[] | undefined) => (values ?? []).map((value) => (value as { '@id': string })['@id']);
const values = (values: unknown[] | undefined) => (values ?? []).map((value) => (value as { '@value': unknown })['@value']);

describe('noticeJsonLd', () => {
  it('expands offline to a dpv:PrivacyNotice that is a GDPR Art 13 notice', async () => {
    const [notice] = await expand(noticeJsonLd(input()));
    expect(notice['@id']).toBe(ID);
    expect(notice['@type']).toEqual([`${DPV}PrivacyNotice`, `${GDPR}DirectDataCollectionNotice`]);
    expect(notice[`${DCT}title`]).toEqual([{ '@value': 'Privacy notice: Customer register', '@language': 'en' }]);
    expect(notice[`${DCT}modified`]).toEqual([{ '@value': '2024-09-15', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
    expect(notice[`${DCT}created`]).toEqual([{ '@value': '2018-05-24', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
  });

  it('types Art 14 notices as indirect and "both" as both', async () => {
    const [art14] = await expand(noticeJsonLd(input({ noticeKind: 'art14' })));
    expect(art14['@type']).toEqual([`${DPV}PrivacyNotice`, `${GDPR}IndirectDataCollectionNotice`]);
    const [both] = await expand(noticeJsonLd(input({ noticeKind: 'both' })));
    expect(both['@type']).toEqual(expect.arrayContaining([`${GDPR}DirectDataCollectionNotice`, `${GDPR}IndirectDataCollectionNotice`]));
  });

  it('names the controller with its Y-tunnus and data protection officer', async () => {
    const [notice] = await expand(noticeJsonLd(input()));
    const [controller] = notice[`${DPV}hasDataController`] as Expanded[];
    expect(controller['@type']).toEqual([`${DPV}DataController`]);
    expect(values(controller[`${DPV}hasName`])).toEqual(['Esimerkki Oy']);
    expect(values(controller[`${DCT}identifier`])).toEqual(['0737546-2']);
    expect(ids(controller[`${DPV}hasCountry`])).toEqual(['https://w3id.org/dpv/loc#FI']);
    const [dpo] = controller[`${DPV}hasDataProtectionOfficer`] as Expanded[];
    expect(values(dpo[`${DPV}hasContact`])).toEqual(['dpo@esimerkki.fi']);
  });

  it('maps each purpose to its Art 6(1) legal basis in the GDPR extension', async () => {
    const [notice] = await expand(noticeJsonLd(input()));
    const purposes = notice[`${DPV}hasPurpose`] as Expanded[];
    expect(purposes.map((p) => values(p[`${DCT}title`])[0])).toEqual(['Customer relationship', 'Newsletter', 'Improvement']);
    expect(purposes.map((p) => ids(p[`${DPV}hasLegalBasis`])[0])).toEqual([`${GDPR}A6-1-b`, `${GDPR}A6-1-a`, `${GDPR}A6-1-f`]);
    expect(purposes[0]['@type']).toEqual([`${DPV}Purpose`, `${DPV}CustomerManagement`]);
    // The legitimate interest itself is stated beside Art 6(1)(f).
    const interest = (purposes[2][`${DPV}hasLegalBasis`] as Expanded[])[1];
    expect(interest['@type']).toEqual([`${DPV}LegitimateInterestOfController`]);
    expect(values(interest[`${DCT}description`])).toEqual(['Improving the service.']);
  });

  it('covers every legal basis', async () => {
    const bases = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
    const purposes = bases.map((legalBasis, i) => ({ documentId: `p${i}`, title: { fi: legalBasis }, description: null, legalBasis, legitimateInterest: null, dpvPurpose: null }));
    const [notice] = await expand(noticeJsonLd(input({ purposes })));
    const mapped = (notice[`${DPV}hasPurpose`] as Expanded[]).map((p) => ids(p[`${DPV}hasLegalBasis`])[0]);
    expect(mapped).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((point) => `${GDPR}A6-1-${point}`));
  });

  it('lists personal data (special categories marked), recipients, third countries, storage and rights', async () => {
    const [notice] = await expand(noticeJsonLd(input()));
    const data = notice[`${DPV}hasPersonalData`] as Expanded[];
    expect(data.map((d) => d['@type'])).toEqual([[`${DPV}PersonalData`], [`${DPV}SpecialCategoryPersonalData`]]);
    expect(data.map((d) => values(d[`${DCT}title`])[0])).toEqual(['Contact details', 'Health data']);

    const recipients = notice[`${DPV}hasRecipient`] as Expanded[];
    expect(recipients.map((r) => r['@type'])).toEqual([[`${DPV}DataProcessor`], [`${DPV}DataProcessor`]]);
    expect(recipients.map((r) => ids(r[`${DPV}hasCountry`])[0])).toEqual(['https://w3id.org/dpv/loc#FI', 'https://w3id.org/dpv/loc#US']);
    expect(ids(recipients[1][`${DPV}hasLegalBasis`])).toEqual([`${GDPR}A46-2-c`]);
    expect(recipients[0][`${DPV}hasLegalBasis`]).toBeUndefined();
    expect(ids(notice[`${DPV}hasThirdCountry`])).toEqual(['https://w3id.org/dpv/loc#US']);

    const [storage] = notice[`${DPV}hasStorageCondition`] as Expanded[];
    expect(storage['@type']).toEqual([`${DPV}StorageDuration`]);
    expect(values(storage[`${DCT}description`])).toEqual(['For the duration of the customer relationship.']);

    // Consent is one of the bases, so the right to withdraw it (Art 7(3)) is listed with the complaint (Art 77).
    expect(ids(notice[`${DPV}hasRight`])).toEqual(expect.arrayContaining([`${GDPR}A15`, `${GDPR}A17`, `${GDPR}A77`, `${GDPR}A7-3`]));
  });

  it('leaves out the right to withdraw consent when no purpose rests on consent', async () => {
    const purposes = snapshot().purposes.filter((p) => p.legalBasis !== 'consent');
    const [notice] = await expand(noticeJsonLd(input({ purposes })));
    expect(ids(notice[`${DPV}hasRight`])).not.toContain(`${GDPR}A7-3`);
  });

  it('tags text with the served language and falls back to the default one', async () => {
    const [fi] = await expand(noticeJsonLd(input({}, 'fi')));
    expect(fi[`${DCT}title`]).toEqual([{ '@value': 'Rekisteri- ja tietosuojaseloste: Asiakasrekisteri', '@language': 'fi' }]);
    const [de] = await expand(noticeJsonLd(input({}, 'de')));
    expect((de[`${DCT}title`] as { '@language': string }[])[0]['@language']).toBe('fi');
  });

  it('converts to RDF triples naming the controller, a purpose\'s legal basis and a third country', async () => {
    const nquads = (await jsonld.toRDF(noticeJsonLd(input()) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: refuseRemote })) as unknown as string;
    const triples = nquads.split('\n');
    expect(triples).toContain(`<${ID}> <${DPV}hasDataController> <${ID}#controller> .`);
    expect(triples).toContain(`<${ID}#purpose-2> <${DPV}hasLegalBasis> <${GDPR}A6-1-a> .`);
    expect(triples).toContain(`<${ID}> <${DPV}hasThirdCountry> <https://w3id.org/dpv/loc#US> .`);
    expect(triples).toContain(`<${ID}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${GDPR}DirectDataCollectionNotice> .`);
  });
});
