import type { RecordEntry } from '../../../../server/src/domain/record/entry';
import type { RecordItemStatus } from '../../../../server/src/domain/record/gaps';

/** What the record-of-processing routes answer: the domain's own entry. */
export type { RecordEntry };

export interface RecordGaps {
  documentId: string;
  slug: string;
  title: string;
  items: RecordItemStatus[];
}

export type RecordFileFormat = 'csv' | 'xlsx' | 'html';
