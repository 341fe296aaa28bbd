/**
 * The snapshot a version stores, built from a register as the repository loads it, and the
 * notice readers get from it. Published snapshots are hashed: the same register must keep
 * giving the same snapshot and hash, or every register would show unpublished changes and an
 * unchanged one could be published again.
 */
import { buildSnapshot, snapshotHash, type RegisterRecord } from '../../server/src/domain/snapshot';
import { localizeSnapshot } from '../../server/src/domain/localize';

const LANGUAGES = { languages: ['fi', 'sv', 'en'], defaultLanguage: 'fi' };

/** A register with every field given, as strapi.documents() returns it (with fields the snapshot ignores). */
const register = (overrides: Record<string, unknown> = {}): RegisterRecord => ({
  id: 7,
  documentId: 'reg-1',
  createdAt: '2024-01-01T10:00:00.000Z',
  searchText: 'asiakasrekisteri',
  archived: false,
  slug: 'asiakasrekisteri',
  title: { fi: ' Asiakasrekisteri ', sv: 'Kundregister', en: '', de: 'Kundenregister' },
  noticeKind: 'both',
  controller: {
    id: 3,
    documentId: 'ctrl-1',
    name: 'Esimerkki Oy',
    businessId: '0737546-2',
    streetAddress: 'Mannerheimintie 1',
    postalCode: '00100',
    city: 'Helsinki',
    country: 'FI',
    email: 'tietosuoja@esimerkki.example',
    phone: '',
    website: null,
    representative: null,
    dpo: { name: 'Tiina Tietosuoja', email: 'dpo@esimerkki.example', phone: '   ' },
  },
  contactPerson: { name: 'Matti Esimerkki', email: 'matti@esimerkki.example', phone: null, address: '' },
  purposes: [
    {
      documentId: 'p-1',
      title: { fi: 'Asiakassuhteen hoitaminen', en: 'Customer relationship' },
      description: null,
      legalBasis: 'legitimate-interests',
      legitimateInterest: { fi: 'Palvelun parantaminen.' },
      dpvPurpose: 'https://w3id.org/dpv#CustomerManagement',
    },
  ],
  dataCategories: [{ documentId: 'd-1', name: { fi: 'Yhteystiedot' }, description: null, examples: { fi: ['nimi', ' '] }, special: null, dpvCategory: null }],
  recipients: [
    { documentId: 'r-1', name: { fi: 'Postipalvelu' }, description: null, role: 'processor', country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: null },
  ],
  dataSubjects: { fi: 'Asiakkaat.', sv: 'Kunder.' },
  sources: { fi: 'Asiakkaalta itseltään.' },
  sourceKinds: ['third-party', 'data-subject'],
  regularDisclosures: null,
  transfersText: { fi: 'Vakiolausekkeet.' },
  retention: { fi: 'Asiakkuuden ajan.', en: 'During the customer relationship.' },
  security: { fi: 'Salattu.' },
  automatedDecisions: { fi: '' },
  rights: null,
  statutoryRequirement: { fi: 'Sopimuksen edellytys.' },
  cookies: { sv: 'Kakor.' },
  extraSections: [{ title: { fi: 'Lisätietoja' }, body: { fi: 'Teksti.' } }, { title: {}, body: { fi: ' ' } }],
  legacyHistory: { createdOn: '2018-05-24', updates: ['2019-02-01', '2018-06-06'] },
  ...overrides,
});

const expectedSnapshot = {
  schemaVersion: 1,
  slug: 'asiakasrekisteri',
  languages: ['fi', 'sv'],
  defaultLanguage: 'fi',
  noticeKind: 'both',
  title: { fi: 'Asiakasrekisteri', sv: 'Kundregister' },
  controller: {
    documentId: 'ctrl-1',
    name: 'Esimerkki Oy',
    businessId: '0737546-2',
    streetAddress: 'Mannerheimintie 1',
    postalCode: '00100',
    city: 'Helsinki',
    country: 'FI',
    email: 'tietosuoja@esimerkki.example',
    phone: null,
    website: null,
    representative: null,
    dpo: { name: 'Tiina Tietosuoja', email: 'dpo@esimerkki.example', phone: null },
  },
  contactPerson: { name: 'Matti Esimerkki', email: 'matti@esimerkki.example', phone: null, address: null },
  purposes: [
    {
      documentId: 'p-1',
      title: { fi: 'Asiakassuhteen hoitaminen', en: 'Customer relationship' },
      description: null,
      legalBasis: 'legitimate-interests',
      legitimateInterest: { fi: 'Palvelun parantaminen.' },
      dpvPurpose: 'https://w3id.org/dpv#CustomerManagement',
    },
  ],
  dataCategories: [{ documentId: 'd-1', name: { fi: 'Yhteystiedot' }, description: null, examples: { fi: ['nimi'] }, special: 'none', dpvCategory: null }],
  recipients: [
    { documentId: 'r-1', name: { fi: 'Postipalvelu' }, description: null, role: 'processor', country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: null },
  ],
  dataSubjects: { fi: 'Asiakkaat.', sv: 'Kunder.' },
  sources: { fi: 'Asiakkaalta itseltään.' },
  sourceKinds: ['data-subject', 'third-party'],
  regularDisclosures: null,
  transfersText: { fi: 'Vakiolausekkeet.' },
  retention: { fi: 'Asiakkuuden ajan.', en: 'During the customer relationship.' },
  security: { fi: 'Salattu.' },
  automatedDecisions: null,
  rights: null,
  statutoryRequirement: { fi: 'Sopimuksen edellytys.' },
  cookies: { sv: 'Kakor.' },
  extraSections: [{ title: { fi: 'Lisätietoja' }, body: { fi: 'Teksti.' } }],
  legacyHistory: { createdOn: '2018-05-24', updates: ['2018-06-06', '2019-02-01'] },
};

describe('buildSnapshot', () => {
  it('resolves every field: blanks removed, only configured languages, relations inlined, fixed lists in their order', () => {
    expect(buildSnapshot(register(), LANGUAGES)).toStrictEqual(expectedSnapshot);
  });

  it('gives a register the same hash as before, whatever order its fields come in', () => {
    // The hash published versions carry: a change here would mark every register as changed.
    const hash = 'e5e09409fcc1edd42dd71a6f4d9a642ecbb1abb131d7bdfd180e1cda0be4e5bb';
    expect(snapshotHash(buildSnapshot(register(), LANGUAGES))).toBe(hash);
    const reversed = Object.fromEntries(Object.entries(register()).reverse()) as RegisterRecord;
    expect(snapshotHash(buildSnapshot(reversed, LANGUAGES))).toBe(hash);
  });

  it('gives an empty register nulls and empty lists, and the default notice kind', () => {
    const snapshot = buildSnapshot({ slug: 'tyhja', title: { fi: 'Tyhjä' } }, LANGUAGES);
    expect(snapshot).toStrictEqual({
      schemaVersion: 1,
      slug: 'tyhja',
      languages: ['fi'],
      defaultLanguage: 'fi',
      noticeKind: 'art13',
      title: { fi: 'Tyhjä' },
      controller: null,
      contactPerson: null,
      purposes: [],
      dataCategories: [],
      recipients: [],
      dataSubjects: null,
      sources: null,
      sourceKinds: [],
      regularDisclosures: null,
      transfersText: null,
      retention: null,
      security: null,
      automatedDecisions: null,
      rights: null,
      statutoryRequirement: null,
      cookies: null,
      extraSections: [],
      legacyHistory: null,
    });
  });

  it('keeps the answers and the conditions of special data only when given, so that registers without them keep their hash', () => {
    const plain = buildSnapshot(register(), LANGUAGES);
    // As a register stored before these fields existed (the columns read null) or after (null: unanswered).
    const unanswered = register({
      transfersOutsideEea: null,
      automatedDecisionMaking: null,
      automatedDecisionsConsequences: null,
      // As the admin saves a purpose now: the controller's interest and no direct marketing say nothing new.
      purposes: [{ ...(register().purposes as object[])[0], legitimateInterestOf: 'controller', directMarketing: false }],
    });
    expect(snapshotHash(buildSnapshot(unanswered, LANGUAGES))).toBe(snapshotHash(plain));
    expect(plain).not.toHaveProperty('transfersOutsideEea');
    expect(plain.purposes[0]).not.toHaveProperty('directMarketing');

    const answered = buildSnapshot(
      register({
        transfersOutsideEea: 'yes',
        automatedDecisionMaking: 'none',
        purposes: [{ ...(register().purposes as object[])[0], legitimateInterestOf: 'third-party', directMarketing: true }],
        dataCategories: [
          { documentId: 'd-9', name: { fi: 'Terveys' }, special: 'art9', art9Ground: 'h', art10Authority: { fi: 'Ei kuulu tähän.' } },
          { documentId: 'd-10', name: { fi: 'Rikostausta' }, special: 'art10', art9Ground: 'a', art10Authority: { fi: 'Laki 504/2002.' } },
        ],
        recipients: [{ documentId: 'r-1', name: { fi: 'Hotelli' }, role: 'controller', country: 'JP', transferSafeguard: 'derogation-art49', art49Derogation: 'b' }],
      }),
      LANGUAGES,
    );
    expect(answered).toMatchObject({ transfersOutsideEea: 'yes', automatedDecisionMaking: 'none' });
    expect(answered.purposes[0]).toMatchObject({ legitimateInterestOf: 'third-party', directMarketing: true });
    // A condition belongs to its kind of data: one left from another kind is not kept.
    expect(answered.dataCategories[0]).toMatchObject({ special: 'art9', art9Ground: 'h' });
    expect(answered.dataCategories[0]).not.toHaveProperty('art10Authority');
    expect(answered.dataCategories[1]).toMatchObject({ special: 'art10', art10Authority: { fi: 'Laki 504/2002.' } });
    expect(answered.dataCategories[1]).not.toHaveProperty('art9Ground');
    expect(answered.recipients[0]).toMatchObject({ art49Derogation: 'b' });
    expect(snapshotHash(answered)).not.toBe(snapshotHash(plain));
  });
});

describe("a joint controller's contact details", () => {
  const joint = { documentId: 'r-2', name: { fi: 'Kumppani Oy' }, description: null, role: 'joint-controller', country: 'FI', transferSafeguard: null, safeguardDetails: null };
  const withRecipient = (recipient: object) => buildSnapshot(register({ recipients: [recipient] }), LANGUAGES);

  it('are left out while empty, and for another role, so that recipients without them keep their hash', () => {
    const before = withRecipient(joint);
    expect(before.recipients[0]).not.toHaveProperty('contact');
    expect(snapshotHash(withRecipient({ ...joint, contact: null }))).toBe(snapshotHash(before));
    expect(snapshotHash(withRecipient({ ...joint, contact: '  ' }))).toBe(snapshotHash(before));
    // The pinned register's processor, with a contact left from when it was a joint controller.
    const processor = (register().recipients as object[])[0];
    expect(snapshotHash(withRecipient({ ...processor, contact: 'tietosuoja@posti.example' }))).toBe('e5e09409fcc1edd42dd71a6f4d9a642ecbb1abb131d7bdfd180e1cda0be4e5bb');
  });

  it('are kept, trimmed, when given', () => {
    const given = withRecipient({ ...joint, contact: ' Kumppanintie 1, 00100 Helsinki, tietosuoja@kumppani.example ' });
    expect(given.recipients[0].contact).toBe('Kumppanintie 1, 00100 Helsinki, tietosuoja@kumppani.example');
    expect(snapshotHash(given)).not.toBe(snapshotHash(withRecipient(joint)));
    expect(localizeSnapshot(given, 'fi').notice.recipients[0]).toMatchObject({ role: 'joint-controller', contact: 'Kumppanintie 1, 00100 Helsinki, tietosuoja@kumppani.example' });
  });
});

describe('localizeSnapshot', () => {
  const snapshot = buildSnapshot(register(), LANGUAGES);

  it('gives the notice in one language, in the order of the public JSON, falling back to the default language', () => {
    const { notice, untranslated } = localizeSnapshot(snapshot, 'sv');
    // A field added later may come in between; these keep their order.
    const published = [
      'title',
      'noticeKind',
      'controller',
      'contactPerson',
      'purposes',
      'dataCategories',
      'dataSubjects',
      'sources',
      'sourceKinds',
      'recipients',
      'regularDisclosures',
      'transfersText',
      'retention',
      'security',
      'automatedDecisions',
      'rights',
      'statutoryRequirement',
      'cookies',
      'extraSections',
    ];
    expect(Object.keys(notice).filter((key) => published.includes(key))).toEqual(published);
    expect(notice).toMatchObject({
      title: 'Kundregister',
      dataSubjects: 'Kunder.',
      sources: 'Asiakkaalta itseltään.',
      sourceKinds: ['data-subject', 'third-party'],
      cookies: 'Kakor.',
      regularDisclosures: null,
      purposes: [{ title: 'Asiakassuhteen hoitaminen', legalBasis: 'legitimate-interests', legitimateInterest: 'Palvelun parantaminen.' }],
      recipients: [{ name: 'Postipalvelu', outsideEea: true, transferSafeguard: 'standard-contractual-clauses' }],
      extraSections: [{ title: 'Lisätietoja', body: 'Teksti.' }],
    });
    expect(untranslated).toEqual([
      'purposes.0.title',
      'purposes.0.legitimateInterest',
      'dataCategories.0.name',
      'dataCategories.0.examples',
      'sources',
      'recipients.0.name',
      'transfersText',
      'retention',
      'security',
      'statutoryRequirement',
      'extraSections.0.title',
      'extraSections.0.body',
    ]);
  });

  it('names no field untranslated in the default language; a text written only in another language is not shown', () => {
    const { notice, untranslated } = localizeSnapshot(snapshot, 'fi');
    expect(untranslated).toEqual([]);
    expect(notice.cookies).toBeNull();
    expect(notice.rights).toBeNull();
  });
});
