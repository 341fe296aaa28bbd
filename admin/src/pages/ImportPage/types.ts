/** The answers of POST /privacy-notices/import: the dry run's preview and the created drafts. */
import type { ConfirmedAnswers, ImportWarning, ProposedAnswers, SectionChoice, SectionSuggestion } from '../../../../server/src/domain/import';
import type { PlannedDataCategory, PlannedLine, PlannedPurpose } from '../../../../server/src/domain/import-plan';
import type { LegalBasis, LegacyHistory, NoticeKind } from '../../../../server/src/domain/types';
import type { LibraryMatch, PlannedReuse } from '../../../../server/src/contracts';

export type { ConfirmedAnswers, ImportWarning, ProposedAnswers, SectionChoice, SectionSuggestion };
import type { Translatable } from '../../api/types';

/** One input line and where it went: `register` is the index of the draft it belongs to. */
export interface ImportLine extends PlannedLine {
  register: number;
  text: string;
}

export interface DraftPreview {
  title: Translatable;
  slug: string;
  /** `existing`: the documentId of a library controller that will be used instead of a new one. */
  controller: (Record<string, string> & { existing: string | null }) | null;
  /** The library controller used (picked by the editor or equal), with the library's likely matches. */
  controllerReuse: PlannedReuse;
  /** `existing`: the documentId of the library entry used instead of a new one (picked, or equal). */
  purposes: Array<PlannedPurpose & PlannedReuse>;
  dataCategories: Array<PlannedDataCategory & PlannedReuse>;
  noticeKindFrom: 'text' | 'editor';
  proposedAnswers: ProposedAnswers;
  suggestedSections: SectionSuggestion[];
  register: {
    noticeKind: NoticeKind;
    contactPerson?: { name?: string; email?: string; phone?: string; address?: string };
    extraSections?: Array<{ title: Translatable; body: Translatable }>;
    legacyHistory?: LegacyHistory;
    [field: string]: unknown;
  };
}

export interface ImportPreview {
  dryRun: true;
  /** The text that was read: for a .docx, its text, which "Create drafts" sends back. */
  text: string;
  locale: string;
  registers: DraftPreview[];
  warnings: ImportWarning[];
  lines: ImportLine[];
}

export interface ImportResult {
  registers: Array<{
    documentId: string;
    slug: string;
    title: Translatable;
    completeness: { present: number; required: number };
    noticeKind: NoticeKind;
    proposedAnswers: ProposedAnswers;
  }>;
  warnings: ImportWarning[];
  lines: ImportLine[];
}

/** The editor's legal basis for a purpose split from the text; '' leaves it to be decided later. */
export interface BasisChoice {
  legalBasis: LegalBasis | '';
  legitimateInterest: string;
}

/** A library entry the editor picked for a planned one: `planned` is the planned entry's title or name. */
export interface LibraryPick extends LibraryMatch {
  planned: string;
}

/**
 * Per register, the library entries picked instead of the planned ones. Purposes and data
 * categories are keyed by the planned entry's identity (its title or name, see `identity`), so a
 * section move that adds or removes one cannot shift a pick onto another.
 */
export interface RegisterReuse {
  controller: LibraryPick | null;
  purposes: Record<string, LibraryPick>;
  dataCategories: Record<string, LibraryPick>;
}

/** The identity of a planned purpose or data category: its title (name) as written, in any case. */
export const identity = (title: string | null | undefined) => (title ?? '').trim().toLowerCase();

export type ImportSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };

/** What the editor decided in the preview, sent with the next preview and with "Create drafts". */
export interface EditorChoices {
  /** Per register, by the purpose's identity (its title), the basis chosen: it follows the purpose when sections move. */
  legalBases: Array<Record<string, BasisChoice & { title: string }>>;
  /** Per register, the library entries picked instead of new ones. */
  reuse: RegisterReuse[];
  /** Per register, the notice kind; '' keeps the one read from the text. */
  noticeKinds: Array<NoticeKind | ''>;
  sections: SectionChoice[];
  /** Per register, the proposed answers the editor confirmed; the others stay unanswered. */
  answers: ConfirmedAnswers[];
}
