/**
 * The compose form's values and the register body sent on save, field by field as the register's
 * description says (server/src/domain/register-fields.ts). Relations are kept as documentIds,
 * exactly as the API takes them; their entries are shown from the entry cache.
 */
import { CONTACT_PARTS, REGISTER_FIELDS, type DescribedField } from '../../../../server/src/domain/register-fields';
import type { Register, Translatable } from '../../api/types';
import { cleanString, cleanTranslatable } from '../../utils/text';

/** The fields the form edits: all but the legacy dates, which only an import sets. */
export type FormField = Exclude<DescribedField, { kind: 'legacyHistory' }>;
export const FORM_FIELDS = REGISTER_FIELDS.filter((field): field is FormField => field.kind !== 'legacyHistory');

type Contact = Record<(typeof CONTACT_PARTS)[number], string>;

/** What the form holds for a field of each kind. */
type FormValue<F extends FormField> = F extends { kind: 'name' | 'text' }
  ? Translatable
  : F extends { kind: 'slug' }
    ? string
    : F extends { kind: 'choice' }
      ? string | null
      : F extends { kind: 'choices' }
        ? string[]
        : F extends { kind: 'flag' }
          ? boolean
          : F extends { kind: 'relation'; multiple: true }
            ? string[]
            : F extends { kind: 'relation' }
              ? string | null
              : F extends { kind: 'contact' }
                ? Contact
                : F extends { kind: 'extraSections' }
                  ? { title: Translatable; body: Translatable }[]
                  : never;

export type RegisterValues = { [F in FormField as F['name']]: FormValue<F> };

/** Every translatable path, for the language tabs' missing-translation counts. */
export const TRANSLATABLE_PATHS = FORM_FIELDS.flatMap((field) => {
  if (field.kind === 'name' || field.kind === 'text') return [field.name];
  return field.kind === 'extraSections' ? [`${field.name}.*.title`, `${field.name}.*.body`] : [];
});

type Entry = { documentId: string };

function valueOf(field: FormField, register: Register): unknown {
  const value = (register as unknown as Record<string, unknown>)[field.name];
  switch (field.kind) {
    case 'name':
    case 'text':
      return value ?? {};
    case 'slug':
      return value ?? '';
    case 'choice':
      return value ?? ('default' in field ? field.default : null);
    case 'choices':
      return value ?? [];
    case 'flag':
      return Boolean(value);
    case 'relation':
      return field.multiple ? ((value as Entry[] | null) ?? []).map((entry) => entry.documentId) : ((value as Entry | null)?.documentId ?? null);
    case 'contact':
      return Object.fromEntries(CONTACT_PARTS.map((part) => [part, (value as Record<string, string | null> | null)?.[part] ?? '']));
    case 'extraSections':
      return ((value as Register['extraSections']) ?? []).map((section) => ({ title: section.title ?? {}, body: section.body ?? {} }));
  }
}

function bodyOf(field: FormField, values: RegisterValues): unknown {
  const value = (values as Record<string, unknown>)[field.name];
  switch (field.kind) {
    case 'name':
    case 'text':
      return cleanTranslatable(value as Translatable);
    case 'slug':
      return (value as string).trim();
    case 'contact': {
      const contact = Object.fromEntries(CONTACT_PARTS.map((part) => [part, cleanString((value as Contact)[part])]));
      return Object.values(contact).some(Boolean) ? contact : null;
    }
    case 'extraSections':
      // A section left wholly empty is dropped rather than published as a blank heading.
      return (value as RegisterValues['extraSections'])
        .map((section) => ({ title: cleanTranslatable(section.title), body: cleanTranslatable(section.body) }))
        .filter((section) => section.title || section.body);
    default:
      return value;
  }
}

export function toValues(register: Register): RegisterValues {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field.name, valueOf(field, register)])) as RegisterValues;
}

export function toBody(values: RegisterValues): Record<string, unknown> {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field.name, bodyOf(field, values)]));
}
