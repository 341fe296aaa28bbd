/**
 * The editor's choices in the import preview that pick library entries, and what the dry run says
 * about each planned entry. Type-only: shared by the import service and the admin's import page.
 */

/** A library entry named for the editor: its documentId and its name (or title) in the notice's language. */
export interface LibraryMatch {
  documentId: string;
  name: string;
}

/**
 * One planned purpose's (or data category's) pick: by its identity, so a section moved in the
 * preview cannot carry it onto another entry. A plain documentId (or null) picks by list position.
 */
export type KeyedPick<K extends 'title' | 'name'> = { [key in K]: string } & { documentId: string | null };

/** Per register, the library entries the editor picked instead of creating new ones (null: as planned). */
export interface ImportReuseChoice {
  controller?: string | null;
  purposes?: Array<KeyedPick<'title'> | string | null> | null;
  dataCategories?: Array<KeyedPick<'name'> | string | null> | null;
}

/** A purpose's legal basis chosen in the preview; with `title`, it follows that purpose wherever it moves. */
export interface ImportBasisChoice {
  legalBasis: string;
  legitimateInterest?: string | null;
  title?: string | null;
}

/**
 * What the dry run says of a planned controller, purpose or data category: the library entry the
 * create will use instead of a new one (`existing`), whether the editor picked it or it is equal to
 * the planned one, its name, and the library's likely matches (same or similar name), best first.
 */
export interface PlannedReuse {
  existing: string | null;
  /** The library entry equal to the planned one, used when the editor picks none. */
  equal: string | null;
  existingFrom: 'editor' | 'equal' | null;
  existingName: string | null;
  matches: LibraryMatch[];
}
