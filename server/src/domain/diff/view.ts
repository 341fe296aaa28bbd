/** A field's comparable value: a text, or a list of short texts (examples, source kinds). */
export type FieldValue = string | string[];

/** Fields in rendering order, keyed by their name in the diff. */
export type FieldValues = Record<string, FieldValue>;

/** One entry of a list section as read in one language. */
export interface ItemView {
  key: string;
  label: string;
  fields: FieldValues;
}

/**
 * A section of one snapshot reduced to what a reader sees in one language: either one `text`, or named
 * `fields` with, for list sections, their `items`.
 */
export interface SectionView {
  text?: string;
  fields?: FieldValues;
  items?: ItemView[];
}

export const isEmptyValue = (value: FieldValue): boolean => value.length === 0;

export function isEmptyView(view: SectionView): boolean {
  return !view.text && Object.values(view.fields ?? {}).every(isEmptyValue) && !view.items?.length;
}
