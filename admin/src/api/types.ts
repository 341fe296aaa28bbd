/**
 * The admin API's shapes: those the server produces come from its contracts (type-only, so the
 * admin bundle takes no server code); the rest are the admin's own.
 */
import type { AdminNoticeVersion, EntryByKind } from '../../../server/src/contracts';

export type {
  AdminUserName,
  CompletenessReport,
  Controller,
  DataCategory,
  EntryByKind,
  ExtraSection,
  FieldDiff,
  ItemDiff,
  ListResponse,
  Pagination,
  PreviewInfo,
  PublishedVersion,
  PublishInput,
  Purpose,
  Recipient,
  Register,
  RegisterStatus,
  SectionDiff,
  Settings,
  TextChange,
  Translatable,
  TranslatableList,
  UsedBy,
  VersionComparison,
} from '../../../server/src/contracts';

export type EntryKind = keyof EntryByKind;
export type LibraryKind = Exclude<EntryKind, 'registers'>;
export type LibraryEntry = EntryByKind[LibraryKind];

/** A version in the history, with who published it. */
export type NoticeVersion = AdminNoticeVersion;

export interface ListQuery {
  /** Already URL-encoded, as Strapi's SearchInput keeps it in the address. */
  q?: string;
  page?: number | string;
  pageSize?: number | string;
}
