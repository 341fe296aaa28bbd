/**
 * The plugin's terms mapped to the W3C Data Privacy Vocabulary (DPV 2): https://w3id.org/dpv#
 * and its GDPR extension https://w3id.org/dpv/legal/eu/gdpr# (prefix `eu-gdpr`).
 */
import type { DerivedRight } from '../rights';
import type { Art49Derogation, Art9Ground, LegalBasis, NoticeKind, RecipientRole, SourceKind, SpecialCategory, TransferSafeguard } from '../types';

/** Art 13 notices are "direct" data collection notices, Art 14 ones "indirect". */
export const NOTICE_TYPES: Record<NoticeKind, string[]> = {
  art13: ['eu-gdpr:DirectDataCollectionNotice'],
  art14: ['eu-gdpr:IndirectDataCollectionNotice'],
  both: ['eu-gdpr:DirectDataCollectionNotice', 'eu-gdpr:IndirectDataCollectionNotice'],
};

/** GDPR Art 6(1)(a)–(f). */
export const LEGAL_BASIS_TERMS: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
};

/**
 * The legal basis of a transfer outside the EU/EEA (Art 45(3), 46(2)(b), 46(2)(c)). An Art 49 transfer
 * is typed by its derogation (transferBasisTerm); only one whose derogation is not given stays generic.
 */
export const TRANSFER_BASIS_TERMS: Record<TransferSafeguard, string> = {
  'adequacy-decision': 'eu-gdpr:A45-3',
  'binding-corporate-rules': 'eu-gdpr:A46-2-b',
  'standard-contractual-clauses': 'eu-gdpr:A46-2-c',
  'derogation-art49': 'dpv:DataTransferLegalBasis',
};

/** Art 49(1)(a)–(g), each its own term in the DPV GDPR extension. */
export const ART49_DEROGATION_TERMS: Record<Art49Derogation, string> = {
  a: 'eu-gdpr:A49-1-a',
  b: 'eu-gdpr:A49-1-b',
  c: 'eu-gdpr:A49-1-c',
  d: 'eu-gdpr:A49-1-d',
  e: 'eu-gdpr:A49-1-e',
  f: 'eu-gdpr:A49-1-f',
  g: 'eu-gdpr:A49-1-g',
};

export function transferBasisTerm(safeguard: TransferSafeguard, derogation: Art49Derogation | null): string {
  return safeguard === 'derogation-art49' && derogation ? ART49_DEROGATION_TERMS[derogation] : TRANSFER_BASIS_TERMS[safeguard];
}

/** Art 9(2)(a)–(j): the condition for processing a special category. */
export const ART9_GROUND_TERMS: Record<Art9Ground, string> = {
  a: 'eu-gdpr:A9-2-a',
  b: 'eu-gdpr:A9-2-b',
  c: 'eu-gdpr:A9-2-c',
  d: 'eu-gdpr:A9-2-d',
  e: 'eu-gdpr:A9-2-e',
  f: 'eu-gdpr:A9-2-f',
  g: 'eu-gdpr:A9-2-g',
  h: 'eu-gdpr:A9-2-h',
  i: 'eu-gdpr:A9-2-i',
  j: 'eu-gdpr:A9-2-j',
};

/** Whose legitimate interest an Art 6(1)(f) purpose pursues. */
export const LEGITIMATE_INTEREST_TYPES = {
  controller: 'dpv:LegitimateInterestOfController',
  'third-party': 'dpv:LegitimateInterestOfThirdParty',
} as const;

export const RECIPIENT_TYPES: Record<RecipientRole, string> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
  category: 'dpv:Recipient',
};

/**
 * Art 10 data (criminal convictions and offences) is sensitive but not an Art 9 special category:
 * DPV's SensitivePersonalData with the personal-data extension's Criminal category.
 */
export const PERSONAL_DATA_TYPES: Record<SpecialCategory, string[]> = {
  none: ['dpv:PersonalData'],
  art9: ['dpv:SpecialCategoryPersonalData'],
  art10: ['dpv:SensitivePersonalData', 'pd:Criminal'],
};

export const DATA_SOURCE_TYPES: Record<SourceKind, string> = {
  'data-subject': 'dpv:DataSubjectDataSource',
  'third-party': 'dpv:ThirdPartyDataSource',
  public: 'dpv:PublicDataSource',
};

/** Each right the notice derives from its legal bases (domain/rights.ts); both objections are Art 21. */
export const RIGHT_TERMS: Record<DerivedRight, string> = {
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  objection: 'eu-gdpr:A21',
  directMarketingObjection: 'eu-gdpr:A21',
  portability: 'eu-gdpr:A20',
  withdrawConsent: 'eu-gdpr:A7-3',
};
/** The complaint to a supervisory authority, stated in every notice. */
export const COMPLAINT_RIGHT = 'eu-gdpr:A77';
