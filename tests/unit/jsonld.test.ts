/**
 * The JSON-LD of a notice, expanded by a real JSON-LD processor with no network: the context is
 * inline and any attempt to fetch a remote document fails the test.
 */
import jsonld from 'jsonld';
import { noticeJsonLd, NAMESPACES } from '../../server/src/domain/jsonld';
import type { NoticeSnapshot } from '../../server/src/domain/types';
import { customerRegister as snapshot } from './fixtures/snapshot';

const DPV = NAMESPACES.dpv;
const GDPR = NAMESPACES['eu-gdpr'];
const DCT = NAMESPACES.dct;
const ID = 'https://cms.example/api/privacy-notices/notices/asiakasrekisteri/versions/3';

const refuseRemote = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: refused to load ${url}`);
};

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
    expect(purposes.map((p) => values(p[`${DCT}title`])[0])).toEqual(['Managing the customer relationship', 'Newsletter', 'Direct marketing']);
    expect(purposes.map((p) => ids(p[`${DPV}hasLegalBasis`])[0])).toEqual([`${GDPR}A6-1-b`, `${GDPR}A6-1-a`, `${GDPR}A6-1-f`]);
    expect(purposes[0]['@type']).toEqual([`${DPV}Purpose`, `${DPV}CustomerManagement`]);
    // The legitimate interest itself is stated beside Art 6(1)(f).
    const interest = (purposes[2][`${DPV}hasLegalBasis`] as Expanded[])[1];
    expect(interest['@type']).toEqual([`${DPV}LegitimateInterestOfController`]);
    expect(values(interest[`${DCT}description`])).toEqual(['Sending offers to existing customers.']);
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
    expect(data.map((d) => values(d[`${DCT}title`])[0])).toEqual(['Contact details', 'Dietary requirements']);

    const recipients = notice[`${DPV}hasRecipient`] as Expanded[];
    expect(recipients.map((r) => r['@type'])).toEqual([[`${DPV}DataProcessor`], [`${DPV}DataProcessor`]]);
    expect(recipients.map((r) => ids(r[`${DPV}hasCountry`])[0])).toEqual(['https://w3id.org/dpv/loc#US', 'https://w3id.org/dpv/loc#FI']);
    expect(ids(recipients[0][`${DPV}hasLegalBasis`])).toEqual([`${GDPR}A46-2-c`]);
    expect(recipients[1][`${DPV}hasLegalBasis`]).toBeUndefined();
    expect(ids(notice[`${DPV}hasThirdCountry`])).toEqual(['https://w3id.org/dpv/loc#US']);

    const [storage] = notice[`${DPV}hasStorageCondition`] as Expanded[];
    expect(storage['@type']).toEqual([`${DPV}StorageDuration`]);
    expect(values(storage[`${DCT}description`])).toEqual(['The data is kept for six years after the customer relationship ends.']);

    // Consent is one of the bases, so the right to withdraw it (Art 7(3)) is listed with the complaint (Art 77).
    expect(ids(notice[`${DPV}hasRight`])).toEqual(expect.arrayContaining([`${GDPR}A15`, `${GDPR}A17`, `${GDPR}A77`, `${GDPR}A7-3`]));
  });

  it('leaves out the right to withdraw consent when nothing rests on consent, and lists the rights the bases give', async () => {
    const purposes = snapshot().purposes.filter((p) => p.legalBasis !== 'consent');
    const [notice] = await expand(noticeJsonLd(input({ purposes, dataCategories: [] })));
    expect(ids(notice[`${DPV}hasRight`])).not.toContain(`${GDPR}A7-3`);
    const legalObligation = purposes.map((p) => ({ ...p, legalBasis: 'legal-obligation' as const, directMarketing: undefined }));
    const [only] = await expand(noticeJsonLd(input({ purposes: legalObligation, dataCategories: [] })));
    expect(ids(only[`${DPV}hasRight`]).sort()).toEqual(['A15', 'A16', 'A17', 'A18', 'A77'].map((a) => `${GDPR}${a}`).sort());
  });

  it('types Art 10 data as sensitive criminal data, not a special category, with the law that allows it', async () => {
    const criminal = {
      documentId: 'd-crime', name: { fi: 'Rikostaustaote', en: 'Criminal record extract' }, description: null, examples: null,
      special: 'art10' as const, dpvCategory: null, art10Authority: { fi: 'Laki 504/2002.', en: 'Act 504/2002.' },
    };
    const [notice] = await expand(noticeJsonLd(input({ dataCategories: [criminal] })));
    const [data] = notice[`${DPV}hasPersonalData`] as Expanded[];
    expect(data['@type']).toEqual([`${DPV}SensitivePersonalData`, 'https://w3id.org/dpv/pd#Criminal']);
    const [law] = data[`${DPV}hasApplicableLaw`] as Expanded[];
    expect(law['@type']).toEqual([`${DPV}Law`]);
    expect(values(law[`${DCT}description`])).toEqual(['Act 504/2002.']);
  });

  it('gives an Art 9 category its Art 9(2) condition', async () => {
    const [notice] = await expand(noticeJsonLd(input()));
    const data = notice[`${DPV}hasPersonalData`] as Expanded[];
    expect(ids(data[1][`${DPV}hasLegalBasis`])).toEqual([`${GDPR}A9-2-a`]);
    expect(data[0][`${DPV}hasLegalBasis`]).toBeUndefined();
  });

  it.each(['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const)('maps the Art 49(1)(%s) derogation to its own term', async (derogation) => {
    const [us] = snapshot().recipients;
    const recipients = [{ ...us, transferSafeguard: 'derogation-art49' as const, art49Derogation: derogation }];
    const [notice] = await expand(noticeJsonLd(input({ recipients })));
    const [recipient] = notice[`${DPV}hasRecipient`] as Expanded[];
    expect(ids(recipient[`${DPV}hasLegalBasis`])).toEqual([`${GDPR}A49-1-${derogation}`]);
  });

  it("types a third party's legitimate interest as such", async () => {
    const purposes = snapshot().purposes.map((p) => (p.legalBasis === 'legitimate-interests' ? { ...p, legitimateInterestOf: 'third-party' as const } : p));
    const [notice] = await expand(noticeJsonLd(input({ purposes })));
    const interest = ((notice[`${DPV}hasPurpose`] as Expanded[])[2][`${DPV}hasLegalBasis`] as Expanded[])[1];
    expect(interest['@type']).toEqual([`${DPV}LegitimateInterestOfThirdParty`]);
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
