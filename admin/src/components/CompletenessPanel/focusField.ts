/**
 * Takes the editor from a completeness item to the field that gives it on the compose page: the
 * field scrolled into view and focused. Register fields are found by their name (`data-field` on the
 * compose form); a library entry's field by the entry's place in its list, whose edit button is
 * focused; otherwise the first control of the item's section.
 */
import type { NoticeSectionId } from '../../../../server/src/domain/sections';
import type { CompletenessReport } from '../../api/types';

type FieldRef = CompletenessReport['items'][number]['fields'][number];

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [role="combobox"], [tabindex="0"]';

/** The register field that holds a library entry of this scope. */
const LIST_OF_SCOPE: Partial<Record<FieldRef['scope'], string>> = { purpose: 'purposes', dataCategory: 'dataCategories', recipient: 'recipients' };

function targetOf(section: NoticeSectionId, field: FieldRef | undefined): { box: HTMLElement; control: HTMLElement | null } | null {
  const sectionBox = document.getElementById(`compose-${section}`);
  const list = field ? LIST_OF_SCOPE[field.scope] : undefined;
  if (field && list) {
    const listBox = document.querySelector<HTMLElement>(`[data-field="${list}"]`);
    const entry = field.position ? listBox?.querySelectorAll<HTMLElement>('li')[field.position - 1] : undefined;
    if (entry) return { box: entry, control: entry.querySelector<HTMLElement>('[data-edit-entry]') ?? entry.querySelector<HTMLElement>(FOCUSABLE) };
    if (listBox) return { box: listBox, control: listBox.querySelector<HTMLElement>(FOCUSABLE) };
  }
  const fieldName = field?.scope === 'register' ? field.name.split('.')[0] : field?.scope === 'controller' ? 'controller' : undefined;
  const fieldBox = fieldName ? document.querySelector<HTMLElement>(`[data-field="${fieldName}"]`) : null;
  const box = fieldBox ?? sectionBox;
  if (!box) return null;
  return { box, control: box.querySelector<HTMLElement>(FOCUSABLE) };
}

export function focusField(section: NoticeSectionId, field: FieldRef | undefined): void {
  const target = targetOf(section, field);
  if (!target) return;
  target.box.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.control?.focus({ preventScroll: true });
}
