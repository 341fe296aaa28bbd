/**
 * Content-type attributes that come from the domain, so that nothing is written twice: the
 * register's described fields (server/src/domain/register-fields.ts) and the values of every
 * enumeration (CHOICE_LISTS). Strapi receives them like any schema.json.
 */
import { REGISTER_FIELDS, type DescribedField } from '../server/src/domain/register-fields';
import { CHOICE_LISTS, type ChoiceListName } from '../server/src/domain/types';
import { LIBRARY_PART_UIDS } from '../server/src/uids';

type Attribute = Record<string, unknown>;

/** How the register stores a field of each kind; translatable text and structured values are JSON. */
function attributeOf(field: DescribedField): Attribute {
  switch (field.kind) {
    case 'name':
      return { type: 'json', required: true };
    case 'slug':
      return { type: 'string', required: true, unique: true };
    case 'choice':
      return { type: 'enumeration', enum: [...CHOICE_LISTS[field.choices]], ...('default' in field ? { default: field.default } : {}) };
    case 'flag':
      return { type: 'boolean', default: false };
    case 'relation':
      return { type: 'relation', relation: field.multiple ? 'manyToMany' : 'manyToOne', target: LIBRARY_PART_UIDS[field.target] };
    default:
      return { type: 'json' };
  }
}

/** The register's attributes for its described fields. */
export const registerFieldAttributes = (): Record<string, Attribute> =>
  Object.fromEntries(REGISTER_FIELDS.map((field) => [field.name, attributeOf(field)]));

interface Schema {
  attributes: Record<string, Attribute>;
}

/** The schema with the values of its enumeration attributes taken from the domain's lists. */
export function withChoices<S extends Schema>(schema: S, lists: Record<string, ChoiceListName>): S {
  const filled = Object.entries(lists).map(([name, list]) => [name, { ...schema.attributes[name], enum: [...CHOICE_LISTS[list]] }]);
  return { ...schema, attributes: { ...schema.attributes, ...Object.fromEntries(filled) } };
}
