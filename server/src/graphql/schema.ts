/**
 * The public notices in GraphQL: the same fields as the REST JSON. Dates are
 * strings exactly as REST gives them (`YYYY-MM-DD`, ISO datetimes).
 */
import { NOTICE_FIELDS, type NoticeField } from '../domain/register-fields';
import type { LibraryPart } from '../domain/types';

const LIBRARY_TYPES: Record<LibraryPart, string> = {
  controllers: 'PrivacyNoticeController',
  purposes: 'PrivacyNoticePurpose',
  'data-categories': 'PrivacyNoticeDataCategory',
  recipients: 'PrivacyNoticeRecipient',
};

/** A notice field's GraphQL type, from its description (domain/register-fields.ts). */
function graphqlType(field: NoticeField): string {
  switch (field.kind) {
    case 'name':
    case 'text':
      return 'String';
    case 'choice':
      return 'default' in field ? 'String!' : 'String';
    case 'choices':
      return '[String!]!';
    case 'relation':
      return field.multiple ? `[${LIBRARY_TYPES[field.target]}!]!` : LIBRARY_TYPES[field.target];
    case 'contact':
      return 'PrivacyNoticeContactPerson';
    case 'extraSections':
      return '[PrivacyNoticeExtraSection!]!';
  }
}

export const typeDefs = /* GraphQL */ `
  type PrivacyNoticeListEntry {
    slug: String!
    title: String
    locale: String!
    version: Int!
    createdOn: String
    updatedOn: String!
    effectiveFrom: String!
    recordHash: String
    chainHead: PrivacyNoticeChainHead!
  }

  "The newest version of a notice's hash chain: keep it to notice a rewrite of the published record later."
  type PrivacyNoticeChainHead {
    version: Int!
    recordHash: String!
  }

  type PrivacyNoticeVersion {
    version: Int!
    updatedOn: String!
    effectiveFrom: String!
    changeSummary: String
    material: Boolean!
    contentHash: String!
    recordHash: String
  }

  "A version in the päivitetty history; an imported legacy date has no number (legacy: true)."
  type PrivacyNoticeHistoryEntry {
    version: Int
    updatedOn: String!
    effectiveFrom: String
    changeSummary: String
    material: Boolean
    contentHash: String
    recordHash: String
    legacy: Boolean!
  }

  type PrivacyNoticePerson {
    name: String
    email: String
    phone: String
  }

  type PrivacyNoticeContactPerson {
    name: String
    email: String
    phone: String
    address: String
  }

  "Rekisterinpitäjä; businessId is the Finnish Y-tunnus."
  type PrivacyNoticeController {
    name: String!
    businessId: String
    streetAddress: String
    postalCode: String
    city: String
    country: String
    email: String
    phone: String
    website: String
    representative: String
    dpo: PrivacyNoticePerson
  }

  type PrivacyNoticePurpose {
    title: String
    description: String
    legalBasis: String!
    legitimateInterest: String
    dpvPurpose: String
  }

  type PrivacyNoticeDataCategory {
    name: String
    description: String
    examples: [String!]!
    special: String!
    dpvCategory: String
  }

  type PrivacyNoticeRecipient {
    name: String
    description: String
    role: String!
    country: String
    outsideEea: Boolean!
    transferSafeguard: String
    safeguardDetails: String
  }

  type PrivacyNoticeExtraSection {
    title: String
    body: String
  }

  "The notice's content in the served language."
  type PrivacyNoticeContent {
${NOTICE_FIELDS.map((field) => `    ${field.name}: ${graphqlType(field)}`).join('\n')}
  }

  type PrivacyNotice {
    slug: String!
    version: Int!
    locale: String!
    availableLocales: [String!]!
    createdOn: String
    updatedOn: String!
    effectiveFrom: String!
    changeSummary: String
    material: Boolean!
    contentHash: String!
    recordHash: String
    chainHead: PrivacyNoticeChainHead!
    notice: PrivacyNoticeContent!
    untranslated: [String!]!
    history: [PrivacyNoticeHistoryEntry!]!
    upcoming: PrivacyNoticeVersion
  }

  type Query {
    "One published notice (default: the version in effect now); null when there is none."
    privacyNotice(slug: String!, locale: String, version: Int): PrivacyNotice
    "Every notice with a version in effect, not archived."
    privacyNotices(locale: String): [PrivacyNoticeListEntry!]!
    "Every published version of a notice, newest first; null for an unknown notice."
    privacyNoticeVersions(slug: String!, locale: String): [PrivacyNoticeVersion!]
  }
`;
