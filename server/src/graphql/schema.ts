/**
 * The public notices in GraphQL: the same fields as the REST JSON. Dates are
 * strings exactly as REST gives them (`YYYY-MM-DD`, ISO datetimes).
 */
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
    title: String
    noticeKind: String!
    controller: PrivacyNoticeController
    contactPerson: PrivacyNoticeContactPerson
    purposes: [PrivacyNoticePurpose!]!
    dataCategories: [PrivacyNoticeDataCategory!]!
    dataSubjects: String
    sources: String
    sourceKinds: [String!]!
    recipients: [PrivacyNoticeRecipient!]!
    regularDisclosures: String
    transfersText: String
    retention: String
    security: String
    automatedDecisions: String
    rights: String
    statutoryRequirement: String
    cookies: String
    extraSections: [PrivacyNoticeExtraSection!]!
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
