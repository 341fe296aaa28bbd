import { isOutsideEea } from '../countries';
import type { NoticeSectionId } from '../sections';
import type { DataCategorySnapshot, NoticeSnapshot, PurposeSnapshot, RecipientSnapshot } from '../types';
import { plain, type TextReader } from './text';
import type { ItemView, SectionView } from './view';

type SectionReader = (snapshot: NoticeSnapshot, read: TextReader) => SectionView;

const purposeView = (purpose: PurposeSnapshot, read: TextReader): ItemView => ({
  key: purpose.documentId,
  label: read.text(purpose.title),
  fields: {
    title: read.text(purpose.title),
    description: read.text(purpose.description),
    legalBasis: plain(purpose.legalBasis),
    legitimateInterest: read.text(purpose.legitimateInterest),
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
    safeguardDetails: read.text(recipient.safeguardDetails),
  },
});

/** What the transfers section shows of a recipient outside the EU/EEA. */
const transferView = (recipient: RecipientSnapshot, read: TextReader): ItemView => {
  const { key, label, fields } = recipientView(recipient, read);
  const { name, country, transferSafeguard, safeguardDetails } = fields;
  return { key, label, fields: { name, country, transferSafeguard, safeguardDetails } };
};

const isTransfer = (recipient: RecipientSnapshot): boolean => {
  const country = plain(recipient.country).toUpperCase();
  return country !== '' && isOutsideEea(country);
};

/** How each section of a snapshot reads. */
export const SECTION_READERS: Record<NoticeSectionId, SectionReader> = {
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
  register: (s, read) => ({ text: read.text(s.title) }),
  purposes: (s, read) => ({ items: s.purposes.map((purpose) => purposeView(purpose, read)) }),
  dataContent: (s, read) => ({
    fields: { dataSubjects: read.text(s.dataSubjects) },
    items: s.dataCategories.map((category) => dataCategoryView(category, read)),
  }),
  sources: (s, read) => ({ fields: { sources: read.text(s.sources), sourceKinds: [...s.sourceKinds] } }),
  recipients: (s, read) => ({
    fields: { regularDisclosures: read.text(s.regularDisclosures) },
    items: s.recipients.map((recipient) => recipientView(recipient, read)),
  }),
  transfers: (s, read) => ({
    fields: { transfersText: read.text(s.transfersText) },
    items: s.recipients.filter(isTransfer).map((recipient) => transferView(recipient, read)),
  }),
  retention: (s, read) => ({ text: read.text(s.retention) }),
  security: (s, read) => ({ text: read.text(s.security) }),
  automatedDecisions: (s, read) => ({ text: read.text(s.automatedDecisions) }),
  rights: (s, read) => ({ text: read.text(s.rights) }),
  statutoryRequirement: (s, read) => ({ text: read.text(s.statutoryRequirement) }),
  cookies: (s, read) => ({ text: read.text(s.cookies) }),
  // Extra sections have no documentId: they are matched by position.
  extra: (s, read) => ({
    items: s.extraSections.map((section, index) => ({
      key: `${index}`,
      label: read.text(section.title),
      fields: { title: read.text(section.title), body: read.text(section.body) },
    })),
  }),
};
