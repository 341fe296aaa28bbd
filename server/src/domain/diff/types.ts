import { NOTICE_SECTIONS, type DiffSectionId } from '../sections';

/** The sections of a notice as the diff names them (a public name, see domain/sections.ts), in the order it is rendered. */
export const DIFF_SECTION_IDS: readonly DiffSectionId[] = NOTICE_SECTIONS.map((section) => section.diffId);
export type { DiffSectionId };

/** `added`: from nothing to something; `removed`: from something to nothing. */
export type DiffStatus = 'unchanged' | 'added' | 'removed' | 'changed';

/** A run of text: words kept, added or removed. For a list field, one entry of the list. */
export interface TextChange {
  type: 'equal' | 'added' | 'removed';
  text: string;
}

/** One changed field, named by its path in the snapshot (`controller.email`) or in its entry (`legitimateInterest`). */
export interface FieldDiff {
  field: string;
  status: Exclude<DiffStatus, 'unchanged'>;
  changes: TextChange[];
}

/** One entry of a list section (a purpose, data category, recipient or extra section). */
export interface ItemDiff {
  /** The entry's documentId; for extra sections, which have none, their position (`0`, `1`, …). */
  key: string;
  /** The entry's name or title in the asked language, from the newer version when it has the entry. */
  label: string;
  status: DiffStatus;
  /** Only the fields that changed; none for an unchanged entry. */
  fields: FieldDiff[];
}

export interface SectionDiff {
  id: DiffSectionId;
  status: DiffStatus;
  /** Word-level changes of a section that is one text (title, retention, security, …). */
  changes?: TextChange[];
  /** Changed fields of a section made of several (controller, contactPerson, texts beside a list). */
  fields?: FieldDiff[];
  /** Every entry of a list section, in the newer order, removed ones last. */
  items?: ItemDiff[];
  /** True when the entries both versions share are listed in another order. */
  reordered?: boolean;
}

export interface SnapshotDiff {
  sections: SectionDiff[];
}

export interface DiffOptions {
  /** Language to compare; text missing in it falls back to the default language. */
  locale: string;
  defaultLanguage: string;
}
