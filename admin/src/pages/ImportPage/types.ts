/** The answers of POST /privacy-notices/import: the dry run's preview and the created drafts. */
import type { PlannedDataCategory, PlannedLine, PlannedPurpose } from '../../../../server/src/domain/import-plan';
import type { LegalBasis, LegacyHistory } from '../../../../server/src/domain/types';
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
  purposes: PlannedPurpose[];
  dataCategories: PlannedDataCategory[];
  register: {
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
  warnings: string[];
  lines: ImportLine[];
}

export interface ImportResult {
  registers: Array<{ documentId: string; slug: string; title: Translatable; completeness: { present: number; required: number } }>;
  warnings: string[];
  lines: ImportLine[];
}

/** The editor's legal basis for a purpose split from the text; '' leaves it to be decided later. */
export interface BasisChoice {
  legalBasis: LegalBasis | '';
  legitimateInterest: string;
}

export type ImportSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };
