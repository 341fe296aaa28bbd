/** The admin API's shapes, as the plugin's server returns them. */
import type { LegalBasis, NoticeKind, RecipientRole, SourceKind, SpecialCategory, TransferSafeguard } from '../../../server/src/domain/types';

export type { CompletenessReport } from '../../../server/src/domain/completeness/types';
export type { FieldDiff, ItemDiff, SectionDiff, SnapshotDiff, TextChange } from '../../../server/src/domain/diff/types';

/** Text per language, e.g. `{ fi: 'Asiakasrekisteri', en: 'Customer register' }`. */
export type Translatable = Record<string, string>;
export type TranslatableList = Record<string, string[]>;

export interface Settings {
  languages: string[];
  defaultLanguage: string;
  publicApi: boolean;
}

interface Stored {
  documentId: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface PersonContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Rekisterinpitäjä. */
export interface Controller extends Stored {
  name: string;
  /** Y-tunnus, the Finnish business id `1234567-8`. */
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  representative: Translatable | null;
  /** Tietosuojavastaava. */
  dpo: PersonContact | null;
}

export interface Purpose extends Stored {
  title: Translatable;
  description: Translatable | null;
  legalBasis: LegalBasis;
  legitimateInterest: Translatable | null;
  dpvPurpose: string | null;
}

export interface DataCategory extends Stored {
  name: Translatable;
  description: Translatable | null;
  examples: TranslatableList | null;
  special: SpecialCategory | null;
  dpvCategory: string | null;
}

export interface Recipient extends Stored {
  name: Translatable;
  description: Translatable | null;
  role: RecipientRole;
  country: string | null;
  transferSafeguard: TransferSafeguard | null;
  safeguardDetails: Translatable | null;
}

export interface ExtraSection {
  title: Translatable | null;
  body: Translatable | null;
}

export interface RegisterStatus {
  versions: number;
  latestVersion: number | null;
  /** Päivitetty date of the latest version, `YYYY-MM-DD`. */
  latestUpdatedOn: string | null;
  hasUnpublishedChanges: boolean;
  /** Present once the server reports completeness in the list. */
  completeness?: { present: number; required: number };
}

export interface Register extends Stored {
  title: Translatable;
  slug: string;
  noticeKind: NoticeKind | null;
  controller: Controller | null;
  contactPerson: (PersonContact & { address?: string | null }) | null;
  purposes: Purpose[];
  dataCategories: DataCategory[];
  recipients: Recipient[];
  dataSubjects: Translatable | null;
  sources: Translatable | null;
  sourceKinds: SourceKind[] | null;
  regularDisclosures: Translatable | null;
  transfersText: Translatable | null;
  retention: Translatable | null;
  security: Translatable | null;
  automatedDecisions: Translatable | null;
  rights: Translatable | null;
  statutoryRequirement: Translatable | null;
  cookies: Translatable | null;
  extraSections: ExtraSection[] | null;
  archived: boolean | null;
  status?: RegisterStatus;
}

/** The library parts and registers, by their URL segment in the admin API. */
export interface EntryByKind {
  controllers: Controller;
  purposes: Purpose;
  'data-categories': DataCategory;
  recipients: Recipient;
  registers: Register;
}
export type EntryKind = keyof EntryByKind;
export type LibraryKind = Exclude<EntryKind, 'registers'>;
export type LibraryEntry = EntryByKind[LibraryKind];

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export interface ListQuery {
  /** Already URL-encoded, as Strapi's SearchInput keeps it in the address. */
  q?: string;
  page?: number | string;
  pageSize?: number | string;
}

export interface AdminUserName {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string | null;
}

export interface NoticeVersion {
  version: number;
  updatedOn: string;
  effectiveFrom: string;
  changeSummary: Translatable | null;
  material: boolean;
  contentHash: string;
  publishedBy: AdminUserName | null;
}

export interface PublishInput {
  changeSummary: Translatable | null;
  material: boolean;
  updatedOn: string;
  effectiveFrom: string;
}

/** Where a library entry is still used, from a refused delete (409). */
export interface UsedBy {
  documentId: string;
  slug: string;
  title: string;
}
