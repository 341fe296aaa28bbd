/**
 * Which field a completeness item or problem is about, as the admin names it: never an internal
 * path. `scope` and `name` make the admin's label key `field.<scope>.<name>` (locales/admin); a
 * library entry's field has the entry's position in the register (from 1).
 */
export type FieldScope = 'register' | 'controller' | 'purpose' | 'dataCategory' | 'recipient' | 'notice';

export interface FieldRef {
  scope: FieldScope;
  name: string;
  /** The entry's position among the register's purposes, data categories or recipients, from 1. */
  position?: number;
}

const LIST_SCOPES: Record<string, FieldScope> = { purposes: 'purpose', dataCategories: 'dataCategory', recipients: 'recipient' };

/**
 * A rule's field, written as the snapshot path it reads (`retention`, `controller.dpo.email`,
 * `purposes[1].legitimateInterest`, `recipients[].country`, `notice.standardRights`), as a FieldRef.
 */
export function fieldRef(path: string): FieldRef {
  const entry = /^(purposes|dataCategories|recipients)\[(\d*)\]\.(.+)$/.exec(path);
  if (entry) {
    const [, list, index, name] = entry;
    return index === '' ? { scope: LIST_SCOPES[list], name } : { scope: LIST_SCOPES[list], name, position: Number(index) + 1 };
  }
  const [head, ...rest] = path.split('.');
  if (head === 'controller' && rest.length) return { scope: 'controller', name: rest.join('.') };
  if (head === 'notice' && rest.length) return { scope: 'notice', name: rest.join('.') };
  return { scope: 'register', name: path };
}
