/**
 * The compose form's values and the register body sent on save. Relations are kept as documentIds,
 * exactly as the API takes them; their entries are shown from the entry cache.
 */
import type { ExtraSection, Register, Translatable } from '../../api/types';
import { cleanString, cleanTranslatable } from '../../utils/text';

/** The register's translatable text fields, in compose order. */
export const TEXT_FIELDS = [
  'title',
  'dataSubjects',
  'sources',
  'regularDisclosures',
  'transfersText',
  'retention',
  'security',
  'automatedDecisions',
  'statutoryRequirement',
  'rights',
  'cookies',
] as const;

/** Every translatable path, for the language tabs' missing-translation counts. */
export const TRANSLATABLE_PATHS = [...TEXT_FIELDS, 'extraSections.*.title', 'extraSections.*.body'];

export interface RegisterValues {
  title: Translatable;
  slug: string;
  noticeKind: string;
  archived: boolean;
  controller: string | null;
  contactPerson: { name: string; email: string; phone: string; address: string };
  purposes: string[];
  dataCategories: string[];
  recipients: string[];
  sourceKinds: string[];
  extraSections: { title: Translatable; body: Translatable }[];
  dataSubjects: Translatable;
  sources: Translatable;
  regularDisclosures: Translatable;
  transfersText: Translatable;
  retention: Translatable;
  security: Translatable;
  automatedDecisions: Translatable;
  statutoryRequirement: Translatable;
  rights: Translatable;
  cookies: Translatable;
}

export function toValues(register: Register): RegisterValues {
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, register[field] ?? {}])) as Pick<RegisterValues, (typeof TEXT_FIELDS)[number]>;
  const contact = register.contactPerson;
  return {
    ...texts,
    slug: register.slug,
    noticeKind: register.noticeKind ?? 'art13',
    archived: Boolean(register.archived),
    controller: register.controller?.documentId ?? null,
    contactPerson: { name: contact?.name ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '', address: contact?.address ?? '' },
    purposes: register.purposes.map((entry) => entry.documentId),
    dataCategories: register.dataCategories.map((entry) => entry.documentId),
    recipients: register.recipients.map((entry) => entry.documentId),
    sourceKinds: register.sourceKinds ?? [],
    extraSections: (register.extraSections ?? []).map((section: ExtraSection) => ({ title: section.title ?? {}, body: section.body ?? {} })),
  };
}

export function toBody(values: RegisterValues): Record<string, unknown> {
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, cleanTranslatable(values[field])]));
  const contact = {
    name: cleanString(values.contactPerson.name),
    email: cleanString(values.contactPerson.email),
    phone: cleanString(values.contactPerson.phone),
    address: cleanString(values.contactPerson.address),
  };
  return {
    ...texts,
    slug: values.slug.trim(),
    noticeKind: values.noticeKind,
    archived: values.archived,
    controller: values.controller,
    contactPerson: Object.values(contact).some(Boolean) ? contact : null,
    purposes: values.purposes,
    dataCategories: values.dataCategories,
    recipients: values.recipients,
    sourceKinds: values.sourceKinds,
    // A section left wholly empty is dropped rather than published as a blank heading.
    extraSections: values.extraSections
      .map((section) => ({ title: cleanTranslatable(section.title), body: cleanTranslatable(section.body) }))
      .filter((section) => section.title || section.body),
  };
}
