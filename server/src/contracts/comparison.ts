/** Two versions compared, as the public `/diff` and the admin's comparison return them. Type-only. */
import type { SectionDiff } from '../domain/diff/types';

/** A version's metadata as readers get it: the change summary in their language. */
export interface PublicVersionSummary {
  version: number;
  updatedOn: string;
  effectiveFrom: string;
  changeSummary: string | null;
  material: boolean;
  contentHash: string;
}

export interface VersionComparison {
  slug: string;
  locale: string;
  from: PublicVersionSummary;
  to: PublicVersionSummary;
  /** Every section, in the notice's order, with its heading in `locale`. */
  sections: Array<SectionDiff & { heading: string }>;
}

export type { SectionDiff, FieldDiff, ItemDiff, TextChange, DiffStatus } from '../domain/diff/types';
