/**
 * The plugin's terms mapped to the W3C Data Privacy Vocabulary (DPV 2): https://w3id.org/dpv#
 * and its GDPR extension https://w3id.org/dpv/legal/eu/gdpr# (prefix `eu-gdpr`).
 */
import type { LegalBasis, NoticeKind, RecipientRole, SourceKind, SpecialCategory, TransferSafeguard } from '../types';

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

/** The legal basis of a transfer outside the EU/EEA (Art 45(3), 46(2)(b), 46(2)(c)); Art 49 has no single term. */
export const TRANSFER_BASIS_TERMS: Record<TransferSafeguard, string> = {
  'adequacy-decision': 'eu-gdpr:A45-3',
  'binding-corporate-rules': 'eu-gdpr:A46-2-b',
  'standard-contractual-clauses': 'eu-gdpr:A46-2-c',
  'derogation-art49': 'dpv:DataTransferLegalBasis',
};

export const RECIPIENT_TYPES: Record<RecipientRole, string> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
  category: 'dpv:Recipient',
};

export const PERSONAL_DATA_TYPES: Record<SpecialCategory, string> = {
  none: 'dpv:PersonalData',
  art9: 'dpv:SpecialCategoryPersonalData',
  art10: 'dpv:SpecialCategoryPersonalData',
};

export const DATA_SOURCE_TYPES: Record<SourceKind, string> = {
  'data-subject': 'dpv:DataSubjectDataSource',
  'third-party': 'dpv:ThirdPartyDataSource',
  public: 'dpv:PublicDataSource',
};

/** The data subject's rights every notice states (Art 15–18, 20, 21, 77); withdrawal of consent (Art 7(3)) where a purpose rests on consent. */
export const STANDARD_RIGHTS = ['eu-gdpr:A15', 'eu-gdpr:A16', 'eu-gdpr:A17', 'eu-gdpr:A18', 'eu-gdpr:A20', 'eu-gdpr:A21', 'eu-gdpr:A77'];
export const WITHDRAW_CONSENT_RIGHT = 'eu-gdpr:A7-3';
