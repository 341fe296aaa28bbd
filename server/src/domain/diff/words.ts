import { diffArrays, diffWordsWithSpace } from 'diff';
import type { TextChange } from './types';

const changeType = (change: { added: boolean; removed: boolean }): TextChange['type'] =>
  change.added ? 'added' : change.removed ? 'removed' : 'equal';

/** Word-level changes; every whitespace run is a token too, so a new paragraph shows as a change. */
export function textChanges(from: string, to: string): TextChange[] {
  return diffWordsWithSpace(from, to).map((change) => ({ type: changeType(change), text: change.value }));
}

/** Entry-level changes of a list, one change per entry. */
export function listChanges(from: string[], to: string[]): TextChange[] {
  return diffArrays(from, to).flatMap((change) => change.value.map((text) => ({ type: changeType(change), text })));
}
