/**
 * A notice version as JSON-LD in the W3C Data Privacy Vocabulary: the notice is a
 * dpv:PrivacyNotice and, by its kind, a GDPR Art 13 and/or Art 14 notice; it names the controller,
 * the purposes with their Art 6(1) legal basis, the personal data, the recipients and third
 * countries, the storage period and the data subject's rights. Plain data in, plain data out.
 */
import { isOutsideEea } from '../countries';
import { localizeSnapshot, servedLanguage } from '../localize';
import { fillTemplate, noticeTexts } from '../render/texts';
import type { NoticeSnapshot } from '../types';
import { jsonLdContext } from './context';
import { derivedRights } from '../rights';
import {
  ART9_GROUND_TERMS,
  COMPLAINT_RIGHT,
  DATA_SOURCE_TYPES,
  LEGAL_BASIS_TERMS,
  LEGITIMATE_INTEREST_TYPES,
  NOTICE_TYPES,
  PERSONAL_DATA_TYPES,
  RECIPIENT_TYPES,
  RIGHT_TERMS,
  transferBasisTerm,
} from './vocabulary';

export interface JsonLdInput {
  snapshot: NoticeSnapshot;
  /** Absolute IRI of this version; the nodes inside it get fragment IRIs under it. */
  id: string;
  version: number;
  /** Language asked for; a language the snapshot lacks is served in its default language. */
  locale: string;
  /** Laadittu and päivitetty, `YYYY-MM-DD`. */
  createdOn: string;
  updatedOn: string;
  effectiveFrom: string;
}

type Node = Record<string, unknown>;

/** Drops empty values so the document states only what the notice says. */
function node(fields: Node): Node {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}

const ref = (iri: string) => ({ '@id': iri });
/** Names of organisations and people are not text in a language. */
const untagged = (value: string | null | undefined) => (value ? { '@value': value } : null);
const described = (type: string, text: string | null) => (text ? { '@type': type, 'dct:description': text } : null);
const countryIri = (code: string) => `loc:${code.toUpperCase()}`;

export function noticeJsonLd(input: JsonLdInput): Node {
  const { snapshot, id } = input;
  const language = servedLanguage(snapshot, input.locale);
  const { notice } = localizeSnapshot(snapshot, language);
  const texts = noticeTexts(language);
  const { controller } = notice;

  const dpo = controller?.dpo
    ? node({
        '@type': 'dpv:DataProtectionOfficer',
        'dpv:hasName': untagged(controller.dpo.name),
        'dpv:hasContact': [controller.dpo.email, controller.dpo.phone].filter(Boolean),
      })
    : null;
  const controllerNode = controller
    ? node({
        '@id': `${id}#controller`,
        '@type': 'dpv:DataController',
        'dpv:hasName': untagged(controller.name),
        // Y-tunnus, the Finnish business id.
        'dct:identifier': controller.businessId,
        'dpv:hasAddress': untagged([controller.streetAddress, [controller.postalCode, controller.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
        'dpv:hasContact': [controller.email, controller.phone, controller.website].filter(Boolean),
        'dpv:hasCountry': controller.country ? ref(countryIri(controller.country)) : null,
        'dpv:hasDataProtectionOfficer': dpo,
        'dpv:hasRepresentative': described('dpv:Representative', controller.representative),
      })
    : null;

  const purposes = notice.purposes.map((purpose, i) =>
    node({
      '@id': `${id}#purpose-${i + 1}`,
      '@type': ['dpv:Purpose', ...(purpose.dpvPurpose ? [purpose.dpvPurpose] : [])],
      'dct:title': purpose.title,
      'dct:description': purpose.description,
      'dpv:hasLegalBasis': [
        ref(LEGAL_BASIS_TERMS[purpose.legalBasis]),
        ...(purpose.legalBasis === 'legitimate-interests' && purpose.legitimateInterest
          ? [described(LEGITIMATE_INTEREST_TYPES[purpose.legitimateInterestOf ?? 'controller'], purpose.legitimateInterest)]
          : []),
      ],
    }),
  );

  const personalData = notice.dataCategories.map((category, i) =>
    node({
      '@id': `${id}#personal-data-${i + 1}`,
      '@type': [...PERSONAL_DATA_TYPES[category.special], ...(category.dpvCategory ? [category.dpvCategory] : [])],
      'dct:title': category.name,
      'dct:description': category.description,
      'skos:example': category.examples,
      // The Art 9(2) condition, or the law that allows processing Art 10 data.
      'dpv:hasLegalBasis': category.art9Ground ? ref(ART9_GROUND_TERMS[category.art9Ground]) : null,
      'dpv:hasApplicableLaw': described('dpv:Law', category.art10Authority),
    }),
  );

  const recipients = notice.recipients.map((recipient, i) =>
    node({
      '@id': `${id}#recipient-${i + 1}`,
      '@type': RECIPIENT_TYPES[recipient.role],
      'dpv:hasName': recipient.name,
      'dct:description': recipient.description,
      'dpv:hasCountry': recipient.country ? ref(countryIri(recipient.country)) : null,
      'dpv:hasLegalBasis':
        recipient.outsideEea && recipient.transferSafeguard ? ref(transferBasisTerm(recipient.transferSafeguard, recipient.art49Derogation)) : null,
    }),
  );
  const thirdCountries = [...new Set(notice.recipients.filter((r) => r.country && isOutsideEea(r.country)).map((r) => r.country!.toUpperCase()))];

  const rights = [...new Set([...derivedRights(notice).map((right) => RIGHT_TERMS[right]), COMPLAINT_RIGHT])];

  return node({
    '@context': jsonLdContext(language),
    '@id': id,
    '@type': ['dpv:PrivacyNotice', ...NOTICE_TYPES[snapshot.noticeKind]],
    'dct:title': notice.title ? fillTemplate(texts.document.titleWithRegister, { register: notice.title }) : texts.document.title,
    'dct:identifier': snapshot.slug,
    'owl:versionInfo': String(input.version),
    'dct:created': input.createdOn,
    'dct:modified': input.updatedOn,
    'dct:valid': input.effectiveFrom,
    'dpv:hasDataController': controllerNode,
    'dpv:hasPurpose': purposes,
    'dpv:hasPersonalData': personalData,
    'dpv:hasDataSubject': described('dpv:DataSubject', notice.dataSubjects),
    'dpv:hasDataSource': [
      ...notice.sourceKinds.map((kind) => ({ '@type': DATA_SOURCE_TYPES[kind] })),
      ...(notice.sources ? [described('dpv:DataSource', notice.sources)] : []),
    ],
    'dpv:hasRecipient': recipients,
    'dpv:hasThirdCountry': thirdCountries.map((code) => ref(countryIri(code))),
    'dpv:hasStorageCondition': described('dpv:StorageDuration', notice.retention),
    'dpv:hasTechnicalOrganisationalMeasure': described('dpv:TechnicalOrganisationalMeasure', notice.security),
    'dpv:hasRight': rights.map(ref),
  });
}

export { NAMESPACES } from './context';
