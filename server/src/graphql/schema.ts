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

  type PrivacyNoticeListConnection {
    nodes: [PrivacyNoticeListEntry!]!
    pageInfo: PrivacyNoticePagination!
  }

  "A page as Strapi pages its lists: page from 1, pageSize up to 100."
  type PrivacyNoticePagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
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
    "controller or third-party, for a purpose on legitimate interests."
    legitimateInterestOf: String
    directMarketing: Boolean!
    dpvPurpose: String
  }

  type PrivacyNoticeDataCategory {
    name: String
    description: String
    examples: [String!]!
    special: String!
    "The Art 9(2) condition (a–j) of a special category."
    art9Ground: String
    "The law or official authority that allows processing Art 10 data."
    art10Authority: String
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
    "The Art 49(1) derogation (a–g) of a derogation-art49 transfer."
    art49Derogation: String
    "A joint controller's contact details."
    contact: String
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
    "The newest entries of the päivitetty history (plugin option historyLimit)."
    history: [PrivacyNoticeHistoryEntry!]!
    "How many entries the whole history has."
    historyTotal: Int!
    "Where the whole history is listed: the paged versions."
    historyUrl: String!
    upcoming: PrivacyNoticeVersion
  }

  type PrivacyNoticeVersionConnection {
    nodes: [PrivacyNoticeVersion!]!
    pageInfo: PrivacyNoticePagination!
  }

  type Query {
    "One published notice (default: the version in effect now; with at: YYYY-MM-DD, the version in force then, with its history up to then); null when there is none."
    privacyNotice(slug: String!, locale: String, version: Int, at: String): PrivacyNotice
    "A page of the notices with a version in effect, not archived, oldest first (page from 1, pageSize 1–100, default 25)."
    privacyNotices(locale: String, page: Int, pageSize: Int): [PrivacyNoticeListEntry!]!
    "The same page with Strapi's pagination: page, pageSize, pageCount, total."
    privacyNotices_connection(locale: String, page: Int, pageSize: Int): PrivacyNoticeListConnection!
    "One page of a notice's published versions, newest first (page from 1, pageSize 1–100, default 25); null for an unknown notice."
    privacyNoticeVersions(slug: String!, locale: String, page: Int, pageSize: Int): [PrivacyNoticeVersion!]
    "The same page with its pagination (page, pageSize, pageCount, total), as Strapi's _connection queries."
    privacyNoticeVersions_connection(slug: String!, locale: String, page: Int, pageSize: Int): PrivacyNoticeVersionConnection
  }
`;
