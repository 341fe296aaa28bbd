/**
 * Each library kind's form: its values from a stored entry, the request body from the values, and
 * which of its fields are translatable (for the language tabs).
 */
import type { ComponentType } from 'react';
import type { Controller, DataCategory, EntryByKind, LibraryKind, Purpose, Recipient, Translatable, TranslatableList } from '../../api/types';
import { cleanString, cleanTranslatable } from '../../utils/text';
import { ControllerFields } from './ControllerFields';
import { DataCategoryFields } from './DataCategoryFields';
import { PurposeFields } from './PurposeFields';
import { RecipientFields } from './RecipientFields';

type Values = Record<string, unknown>;

export interface EntryForm<K extends LibraryKind> {
  Fields: ComponentType;
  translatable: string[];
  /** The fields place the language tabs themselves (beside their one translatable field). */
  ownTabs?: boolean;
  toValues: (entry?: EntryByKind[K]) => Values;
  toBody: (values: Values) => Record<string, unknown>;
}

const text = (values: Values, name: string) => cleanString(values[name] as string | null);
const translatable = (values: Values, name: string) => cleanTranslatable(values[name] as Translatable | null);

/** Examples are edited one per line and stored as a list per language. */
const linesToLists = (value: Translatable | null) => {
  const lists = Object.entries(value ?? {})
    .map(([language, lines]) => [language, (lines ?? '').split('\n').map((line) => line.trim()).filter(Boolean)] as const)
    .filter(([, list]) => list.length > 0);
  return lists.length ? Object.fromEntries(lists) : null;
};
const listsToLines = (value: TranslatableList | null | undefined): Translatable =>
  Object.fromEntries(Object.entries(value ?? {}).map(([language, list]) => [language, (list ?? []).join('\n')]));

const controllerForm: EntryForm<'controllers'> = {
  Fields: ControllerFields,
  translatable: ['representative'],
  ownTabs: true,
  toValues: (entry?: Controller) => ({
    name: entry?.name ?? '',
    businessId: entry?.businessId ?? '',
    streetAddress: entry?.streetAddress ?? '',
    postalCode: entry?.postalCode ?? '',
    city: entry?.city ?? '',
    country: entry?.country ?? null,
    email: entry?.email ?? '',
    phone: entry?.phone ?? '',
    website: entry?.website ?? '',
    representative: entry?.representative ?? {},
    dpo: { name: entry?.dpo?.name ?? '', email: entry?.dpo?.email ?? '', phone: entry?.dpo?.phone ?? '' },
  }),
  toBody: (values) => {
    const dpo = values.dpo as Values;
    const dpoBody = { name: text(dpo, 'name'), email: text(dpo, 'email'), phone: text(dpo, 'phone') };
    return {
      name: text(values, 'name') ?? '',
      businessId: text(values, 'businessId'),
      streetAddress: text(values, 'streetAddress'),
      postalCode: text(values, 'postalCode'),
      city: text(values, 'city'),
      country: values.country ?? null,
      email: text(values, 'email'),
      phone: text(values, 'phone'),
      website: text(values, 'website'),
      representative: translatable(values, 'representative'),
      dpo: Object.values(dpoBody).some(Boolean) ? dpoBody : null,
    };
  },
};

const purposeForm: EntryForm<'purposes'> = {
  Fields: PurposeFields,
  translatable: ['title', 'description', 'legitimateInterest'],
  toValues: (entry?: Purpose) => ({
    title: entry?.title ?? {},
    description: entry?.description ?? {},
    legalBasis: entry?.legalBasis ?? null,
    legitimateInterest: entry?.legitimateInterest ?? {},
    legitimateInterestOf: entry?.legitimateInterestOf ?? 'controller',
    directMarketing: entry?.directMarketing ?? false,
    dpvPurpose: entry?.dpvPurpose ?? '',
  }),
  toBody: (values) => ({
    title: translatable(values, 'title'),
    description: translatable(values, 'description'),
    legalBasis: values.legalBasis ?? null,
    // Only a purpose resting on legitimate interests names one (Art 13(1)(d)).
    legitimateInterest: values.legalBasis === 'legitimate-interests' ? translatable(values, 'legitimateInterest') : null,
    legitimateInterestOf: values.legalBasis === 'legitimate-interests' ? (values.legitimateInterestOf ?? null) : null,
    directMarketing: values.directMarketing === true,
    dpvPurpose: text(values, 'dpvPurpose'),
  }),
};

const dataCategoryForm: EntryForm<'data-categories'> = {
  Fields: DataCategoryFields,
  translatable: ['name', 'description', 'examples', 'art10Authority'],
  toValues: (entry?: DataCategory) => ({
    name: entry?.name ?? {},
    description: entry?.description ?? {},
    examples: listsToLines(entry?.examples),
    special: entry?.special ?? 'none',
    art9Ground: entry?.art9Ground ?? null,
    art10Authority: entry?.art10Authority ?? {},
    dpvCategory: entry?.dpvCategory ?? '',
  }),
  toBody: (values) => ({
    name: translatable(values, 'name'),
    description: translatable(values, 'description'),
    examples: linesToLists(values.examples as Translatable | null),
    special: values.special ?? 'none',
    // The condition belongs to the kind of data it allows.
    art9Ground: values.special === 'art9' ? (values.art9Ground ?? null) : null,
    art10Authority: values.special === 'art10' ? translatable(values, 'art10Authority') : null,
    dpvCategory: text(values, 'dpvCategory'),
  }),
};

const recipientForm: EntryForm<'recipients'> = {
  Fields: RecipientFields,
  translatable: ['name', 'description', 'safeguardDetails'],
  toValues: (entry?: Recipient) => ({
    name: entry?.name ?? {},
    description: entry?.description ?? {},
    role: entry?.role ?? null,
    country: entry?.country ?? null,
    transferSafeguard: entry?.transferSafeguard ?? null,
    safeguardDetails: entry?.safeguardDetails ?? {},
    art49Derogation: entry?.art49Derogation ?? null,
    contact: entry?.contact ?? null,
  }),
  toBody: (values) => ({
    name: translatable(values, 'name'),
    description: translatable(values, 'description'),
    role: values.role ?? null,
    country: values.country ?? null,
    transferSafeguard: values.transferSafeguard ?? null,
    safeguardDetails: translatable(values, 'safeguardDetails'),
    art49Derogation: values.transferSafeguard === 'derogation-art49' ? (values.art49Derogation ?? null) : null,
    contact: values.role === 'joint-controller' ? text(values, 'contact') : null,
  }),
};

export const ENTRY_FORMS: { [K in LibraryKind]: EntryForm<K> } = {
  controllers: controllerForm,
  purposes: purposeForm,
  'data-categories': dataCategoryForm,
  recipients: recipientForm,
};
