/**
 * Each section of a snapshot as a reader of one language sees it, reduced to what can be compared.
 * A section shows its described fields (domain/register-fields.ts): texts and choices as `fields`,
 * or as one `text` when the section is that text alone, and the entries of its lists as `items`.
 * The controller, the contact person, the register's name, the transfers and the further sections
 * are read by hand below.
 */
import { isOutsideEea } from '../countries';
import { fieldsOfSection, type DescribedField } from '../register-fields';
import { NOTICE_SECTION_IDS, type NoticeSectionId } from '../sections';
import type { DataCategorySnapshot, LibraryPart, LibrarySnapshot, NoticeSnapshot, PurposeSnapshot, RecipientSnapshot, TranslatableText } from '../types';
import { plain, type TextReader } from './text';
import type { FieldValues, FieldValue, ItemView, SectionView } from './view';

type SectionReader = (snapshot: NoticeSnapshot, read: TextReader) => SectionView;

const purposeView = (purpose: PurposeSnapshot, read: TextReader): ItemView => ({
  key: purpose.documentId,
  label: read.text(purpose.title),
  fields: {
    title: read.text(purpose.title),
    description: read.text(purpose.description),
    legalBasis: plain(purpose.legalBasis),
    legitimateInterest: read.text(purpose.legitimateInterest),
    legitimateInterestOf: plain(purpose.legitimateInterestOf),
    // A flag: "yes" when set, empty (nothing to compare) when not.
    directMarketing: purpose.directMarketing ? 'yes' : '',
    dpvPurpose: plain(purpose.dpvPurpose),
  },
});

const dataCategoryView = (category: DataCategorySnapshot, read: TextReader): ItemView => ({
  key: category.documentId,
  label: read.text(category.name),
  fields: {
    name: read.text(category.name),
    description: read.text(category.description),
    examples: read.list(category.examples),
    special: plain(category.special),
    art9Ground: plain(category.art9Ground),
    art10Authority: read.text(category.art10Authority),
    dpvCategory: plain(category.dpvCategory),
  },
});

const recipientView = (recipient: RecipientSnapshot, read: TextReader): ItemView => ({
  key: recipient.documentId,
  label: read.text(recipient.name),
  fields: {
    name: read.text(recipient.name),
    description: read.text(recipient.description),
    role: plain(recipient.role),
    country: plain(recipient.country).toUpperCase(),
    transferSafeguard: plain(recipient.transferSafeguard),
    art49Derogation: plain(recipient.art49Derogation),
    safeguardDetails: read.text(recipient.safeguardDetails),
    contact: plain(recipient.contact),
  },
});

/** What the transfers section shows of a recipient outside the EU/EEA. */
const transferView = (recipient: RecipientSnapshot, read: TextReader): ItemView => {
  const { key, label, fields } = recipientView(recipient, read);
  const { name, country, transferSafeguard, art49Derogation, safeguardDetails } = fields;
  return { key, label, fields: { name, country, transferSafeguard, art49Derogation, safeguardDetails } };
};

const isTransfer = (recipient: RecipientSnapshot): boolean => {
  const country = plain(recipient.country).toUpperCase();
  return country !== '' && isOutsideEea(country);
};

/** Entries of a library list as the diff reads them. */
const ENTRY_VIEWS: { [P in LibraryPart]?: (entry: LibrarySnapshot[P], read: TextReader) => ItemView } = {
  purposes: purposeView,
  'data-categories': dataCategoryView,
  recipients: recipientView,
};

/** A described field's comparable value, for the fields a section shows as texts or choices. */
function fieldValue(field: DescribedField, snapshot: NoticeSnapshot, read: TextReader): FieldValue | undefined {
  const value = (snapshot as Record<string, unknown>)[field.name];
  switch (field.kind) {
    case 'name':
    case 'text':
      return read.text(value as TranslatableText | null | undefined);
    case 'choice':
      return plain(value as string | null | undefined);
    case 'choices':
      return [...((value as string[] | undefined) ?? [])];
    default:
      return undefined;
  }
}

/** A section's texts and choices, in the order they are described. */
function describedFields(section: NoticeSectionId, snapshot: NoticeSnapshot, read: TextReader): FieldValues {
  return Object.fromEntries(
    fieldsOfSection(section).flatMap((field) => {
      const value = fieldValue(field, snapshot, read);
      return value === undefined ? [] : [[field.name, value]];
    }),
  );
}

/** A section read from its described fields: its texts and choices, and the entries of its lists. */
function describedView(section: NoticeSectionId, snapshot: NoticeSnapshot, read: TextReader): SectionView {
  const described = fieldsOfSection(section);
  const lists = described.flatMap((field) => (field.kind === 'relation' && field.multiple ? [field] : []));
  const fields = describedFields(section, snapshot, read);
  const names = Object.keys(fields);
  if (lists.length === 0 && names.length === 1 && described.some((f) => f.name === names[0] && f.kind === 'text')) {
    return { text: fields[names[0]] as string };
  }
  const items = lists.flatMap((field) => {
    const view = ENTRY_VIEWS[field.target] as (entry: LibrarySnapshot[LibraryPart], read: TextReader) => ItemView;
    const entries = ((snapshot as Record<string, unknown>)[field.name] ?? []) as LibrarySnapshot[LibraryPart][];
    return entries.map((entry) => view(entry, read));
  });
  return { ...(names.length ? { fields } : {}), ...(lists.length ? { items } : {}) };
}

/** Sections read by hand: what they show is more than their described fields. */
const READ_BY_HAND: Partial<Record<NoticeSectionId, SectionReader>> = {
  controller: ({ controller: c }, read) => ({
    fields: {
      'controller.name': plain(c?.name),
      'controller.businessId': plain(c?.businessId),
      'controller.streetAddress': plain(c?.streetAddress),
      'controller.postalCode': plain(c?.postalCode),
      'controller.city': plain(c?.city),
      'controller.country': plain(c?.country),
      'controller.email': plain(c?.email),
      'controller.phone': plain(c?.phone),
      'controller.website': plain(c?.website),
      'controller.representative': read.text(c?.representative),
    },
  }),
  // The data protection officer is rendered with the contact person.
  contact: ({ contactPerson: p, controller }) => ({
    fields: {
      'contactPerson.name': plain(p?.name),
      'contactPerson.email': plain(p?.email),
      'contactPerson.phone': plain(p?.phone),
      'contactPerson.address': plain(p?.address),
      'controller.dpo.name': plain(controller?.dpo?.name),
      'controller.dpo.email': plain(controller?.dpo?.email),
      'controller.dpo.phone': plain(controller?.dpo?.phone),
    },
  }),
  // The register's name only: its address cannot change once published, its kind is shown in the notice's introduction.
  register: (s, read) => ({ text: read.text(s.title) }),
  transfers: (s, read) => ({
    fields: describedFields('transfers', s, read),
    items: s.recipients.filter(isTransfer).map((recipient) => transferView(recipient, read)),
  }),
  // Extra sections have no documentId: they are matched by position.
  extra: (s, read) => ({
    items: s.extraSections.map((section, index) => ({
      key: `${index}`,
      label: read.text(section.title),
      fields: { title: read.text(section.title), body: read.text(section.body) },
    })),
  }),
};

/** How each section of a snapshot reads. */
export const SECTION_READERS = Object.fromEntries(
  NOTICE_SECTION_IDS.map((id) => [id, READ_BY_HAND[id] ?? ((snapshot, read) => describedView(id, snapshot, read))]),
) as Record<NoticeSectionId, SectionReader>;
