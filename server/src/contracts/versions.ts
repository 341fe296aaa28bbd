/** Publishing and the version history in the admin API. Type-only, shared with the admin. */
import type { CompletenessGap } from '../domain/completeness/gaps';
import type { VersionSummary } from '../domain/types';
import type { Translatable } from './entries';

export interface AdminUserName {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string | null;
}

/** `GET /registers/:documentId/versions`: a version with who published it. */
export interface AdminNoticeVersion extends Omit<VersionSummary, 'changeSummary'> {
  changeSummary: Translatable | null;
  publishedBy: AdminUserName | null;
  /** The completeness gaps the publisher confirmed publishing with; null for a complete notice. */
  acceptedGaps: { gaps: CompletenessGap[]; acceptedBy: AdminUserName | null; acceptedAt: string } | null;
}

/** The body of `POST /registers/:documentId/publish`. */
export interface PublishInput {
  changeSummary?: Translatable | null;
  material?: boolean;
  /** Päivitetty, `YYYY-MM-DD`; default today. */
  updatedOn?: string;
  /** ISO datetime; default now. */
  effectiveFrom?: string;
  /** Publish although the completeness check finds gaps; without it such a publish is refused (400). */
  acceptGaps?: boolean;
}

/** The 201 of a publish: the new version, and what the completeness check found missing. */
export interface PublishedVersion extends Omit<VersionSummary, 'changeSummary'> {
  changeSummary: Translatable | null;
  registerDocumentId: string;
  warnings: string[];
}
