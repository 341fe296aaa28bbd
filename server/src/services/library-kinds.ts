/**
 * The kinds of entries editors manage through the admin API: the reusable library parts and
 * the registers composed from them. One description each; the library service does the rest.
 */
import { fieldsOfKind } from '../domain/register-fields';
import type { LibraryPart } from '../domain/types';
import { UID } from '../uids';
import {
  controllerSchema,
  dataCategorySchema,
  purposeSchema,
  recipientSchema,
  registerSchema,
  type LanguageConfig,
} from '../validation/schemas';

export interface RelationField {
  kind: LibraryKindKey;
  multiple: boolean;
}

export interface LibraryKind {
  key: LibraryKindKey;
  uid: (typeof UID)[keyof typeof UID];
  /** What an editor calls one entry, for messages. */
  label: string;
  schema: (config: LanguageConfig) => ReturnType<typeof controllerSchema>;
  relations: Record<string, RelationField>;
  /** The register field that refers to entries of this kind (for "in use" checks). */
  usedByRegisterField?: string;
  /** A readable name of an entry, for messages. */
  display: (entry: Record<string, unknown>, defaultLanguage: string) => string;
}

export type LibraryKindKey = LibraryPart | 'registers';

const textOf = (field: string) => (entry: Record<string, unknown>, language: string) => {
  const value = entry[field] as Record<string, string> | string | null | undefined;
  if (typeof value === 'string') return value;
  return value?.[language] ?? Object.values(value ?? {})[0] ?? String(entry.documentId);
};

export const LIBRARY_KINDS: Record<LibraryKindKey, LibraryKind> = {
  controllers: {
    key: 'controllers',
    uid: UID.controller,
    label: 'controller',
    schema: controllerSchema,
    relations: {},
    usedByRegisterField: 'controller',
    display: textOf('name'),
  },
  purposes: {
    key: 'purposes',
    uid: UID.purpose,
    label: 'processing purpose',
    schema: purposeSchema as LibraryKind['schema'],
    relations: {},
    usedByRegisterField: 'purposes',
    display: textOf('title'),
  },
  'data-categories': {
    key: 'data-categories',
    uid: UID.dataCategory,
    label: 'data category',
    schema: dataCategorySchema as LibraryKind['schema'],
    relations: {},
    usedByRegisterField: 'dataCategories',
    display: textOf('name'),
  },
  recipients: {
    key: 'recipients',
    uid: UID.recipient,
    label: 'recipient',
    schema: recipientSchema as LibraryKind['schema'],
    relations: {},
    usedByRegisterField: 'recipients',
    display: textOf('name'),
  },
  registers: {
    key: 'registers',
    uid: UID.register,
    label: 'register',
    schema: registerSchema as LibraryKind['schema'],
    relations: Object.fromEntries(fieldsOfKind('relation').map(({ name, target, multiple }) => [name, { kind: target, multiple }])),
    display: textOf('title'),
  },
};

export const LIBRARY_KIND_KEYS = Object.keys(LIBRARY_KINDS) as LibraryKindKey[];
