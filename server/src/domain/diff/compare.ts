import type { DiffSectionId, DiffStatus, FieldDiff, ItemDiff, SectionDiff } from './types';
import { listChanges, textChanges } from './words';
import { isEmptyValue, isEmptyView, type FieldValue, type FieldValues, type ItemView, type SectionView } from './view';

function statusOf(fromEmpty: boolean, toEmpty: boolean): Exclude<DiffStatus, 'unchanged'> {
  if (fromEmpty) return 'added';
  return toEmpty ? 'removed' : 'changed';
}

const sameValue = (from: FieldValue, to: FieldValue): boolean =>
  typeof from === 'string' || typeof to === 'string' ? from === to : from.join('\u0000') === to.join('\u0000');

function diffValue(field: string, from: FieldValue, to: FieldValue): FieldDiff | null {
  if (sameValue(from, to)) return null;
  const changes =
    typeof from === 'string' && typeof to === 'string'
      ? textChanges(from, to)
      : listChanges([from].flat(), [to].flat());
  return { field, status: statusOf(isEmptyValue(from), isEmptyValue(to)), changes };
}

const emptyLike = (value: FieldValue | undefined): FieldValue => (Array.isArray(value) ? [] : '');

/** The changed fields, over the union of both sides' field names (one side has none for a new entry). */
function diffFields(from: FieldValues, to: FieldValues): FieldDiff[] {
  const names = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  return names.flatMap(
    (name) => diffValue(name, from[name] ?? emptyLike(to[name]), to[name] ?? emptyLike(from[name])) ?? [],
  );
}

/** An entry's changes; `from` or `to` is missing when the entry was added or removed. */
function diffItem(key: string, from: ItemView | undefined, to: ItemView | undefined): ItemDiff {
  const fields = diffFields(from?.fields ?? {}, to?.fields ?? {});
  const status: DiffStatus = !from ? 'added' : !to ? 'removed' : fields.length ? 'changed' : 'unchanged';
  return { key, label: to?.label || from?.label || '', status, fields };
}

/** Entries matched by key: the newer order first, then the removed ones. */
function diffItems(from: ItemView[], to: ItemView[]): { items: ItemDiff[]; reordered: boolean } {
  const fromByKey = new Map(from.map((item) => [item.key, item]));
  const toKeys = new Set(to.map((item) => item.key));
  const items = [
    ...to.map((item) => diffItem(item.key, fromByKey.get(item.key), item)),
    ...from.filter((item) => !toKeys.has(item.key)).map((item) => diffItem(item.key, item, undefined)),
  ];
  const sharedFrom = from.filter((item) => toKeys.has(item.key)).map((item) => item.key);
  const sharedTo = to.filter((item) => fromByKey.has(item.key)).map((item) => item.key);
  return { items, reordered: sharedFrom.join('\u0000') !== sharedTo.join('\u0000') };
}

/** One section's status and, unless unchanged, what changed in it. */
export function diffSection(id: DiffSectionId, from: SectionView, to: SectionView): SectionDiff {
  const status = statusOf(isEmptyView(from), isEmptyView(to));
  if (from.text !== undefined || to.text !== undefined) {
    const [fromText, toText] = [from.text ?? '', to.text ?? ''];
    return fromText === toText ? { id, status: 'unchanged' } : { id, status, changes: textChanges(fromText, toText) };
  }
  const fields = diffFields(from.fields ?? {}, to.fields ?? {});
  const { items, reordered } = diffItems(from.items ?? [], to.items ?? []);
  const itemsChanged = items.some((item) => item.status !== 'unchanged');
  if (!fields.length && !itemsChanged && !reordered) return { id, status: 'unchanged' };

  const section: SectionDiff = { id, status };
  if (fields.length) section.fields = fields;
  if (from.items || to.items) section.items = items;
  if (reordered) section.reordered = true;
  return section;
}
