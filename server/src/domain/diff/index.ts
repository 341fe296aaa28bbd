import { NOTICE_SECTIONS } from '../sections';
import type { NoticeSnapshot } from '../types';
import { diffSection } from './compare';
import { SECTION_READERS } from './sections';
import { textReader } from './text';
import type { DiffOptions, SnapshotDiff } from './types';

/**
 * Compares two versions of a notice section by section, as a reader of `options.locale` sees them
 * (text missing in that language falls back to the default language of the options, then of the snapshot).
 */
export function diffSnapshots(from: NoticeSnapshot, to: NoticeSnapshot, options: DiffOptions): SnapshotDiff {
  const readFrom = textReader([options.locale, options.defaultLanguage, from.defaultLanguage]);
  const readTo = textReader([options.locale, options.defaultLanguage, to.defaultLanguage]);
  return {
    sections: NOTICE_SECTIONS.map(({ id, diffId }) =>
      diffSection(diffId, SECTION_READERS[id](from, readFrom), SECTION_READERS[id](to, readTo)),
    ),
  };
}

export { DIFF_SECTION_IDS } from './types';
export type {
  DiffOptions,
  DiffSectionId,
  DiffStatus,
  FieldDiff,
  ItemDiff,
  SectionDiff,
  SnapshotDiff,
  TextChange,
} from './types';
