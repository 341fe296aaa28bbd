/**
 * One entry of the record of processing activities (GDPR Art 30(1)), drawn from a published
 * version's snapshot in one language: (a) controller, joint controllers, representative and DPO
 * with contact details; (b) purposes; (c) data subjects and personal data; (d) recipients, those in
 * third countries included; (e) transfers with their country and safeguard documentation; (f)
 * erasure time limits; (g) security measures.
 */
import { isOutsideEea } from '../countries';
import { countryName } from '../render/country-names';
import { textIn } from '../text';
import type { ControllerSnapshot, NoticeSnapshot, VersionSummary } from '../types';
import type { RecordTexts } from './texts';

export interface RecordPurpose {
  title: string;
  legalBasis: string;
  legitimateInterest: string | null;
  description: string | null;
}

export interface RecordDataCategory {
  name: string;
  special: string;
  examples: string[];
}

export interface RecordRecipient {
  name: string;
  role: string;
  country: string | null;
  outsideEea: boolean;
}

export interface RecordTransfer {
  recipient: string;
  country: string;
  /** Null when the register does not state it (the Art 30 view reports it missing). */
  safeguard: string | null;
  /** The Art 49(1) derogation a `derogation-art49` transfer rests on, labelled; null for other safeguards or when not stated. */
  art49Derogation: string | null;
  safeguardDetails: string | null;
}

/** How a transfer's basis reads in the record: by its derogation when it rests on one, else by its safeguard. */
export const transferBasis = (transfer: RecordTransfer, texts: RecordTexts) => transfer.art49Derogation ?? transfer.safeguard ?? texts.t('missingSafeguard');

export interface RecordEntry {
  slug: string;
  title: string;
  version: number;
  effectiveFrom: string;
  recordHash: string | null;
  controller: string | null;
  jointControllers: string[];
  representative: string | null;
  dpo: string | null;
  purposes: RecordPurpose[];
  dataSubjects: string | null;
  dataCategories: RecordDataCategory[];
  recipients: RecordRecipient[];
  transfers: RecordTransfer[];
  /** The register's own text on transfers, beside the recipients' countries. */
  transfersText: string | null;
  retention: string | null;
  security: string | null;
}

const joined = (parts: (string | null | undefined)[], separator = ', ') => parts.filter((p): p is string => !!p && p.trim() !== '').join(separator) || null;

function controllerLine(controller: ControllerSnapshot, language: string): string {
  const address = joined([controller.streetAddress, joined([controller.postalCode, controller.city], ' '), controller.country && countryName(controller.country, language)]);
  return joined([controller.name, controller.businessId, address, controller.email, controller.phone, controller.website]) as string;
}

export function recordEntry(
  slug: string,
  version: VersionSummary,
  snapshot: NoticeSnapshot,
  texts: RecordTexts,
): RecordEntry {
  const language = texts.language;
  const fallback = snapshot.defaultLanguage;
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, language, fallback);
  const controller = snapshot.controller;
  const recipients = snapshot.recipients.map((recipient) => ({
    name: text(recipient.name) ?? '',
    role: texts.choice('recipientRole', recipient.role),
    country: recipient.country ? countryName(recipient.country, language) : null,
    outsideEea: recipient.country ? isOutsideEea(recipient.country) : false,
    source: recipient,
  }));
  return {
    slug,
    title: text(snapshot.title) ?? slug,
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    recordHash: version.recordHash ?? null,
    controller: controller ? controllerLine(controller, language) : null,
    jointControllers: recipients.filter((r) => r.source.role === 'joint-controller').map((r) => joined([r.name, r.country, r.source.contact]) as string),
    representative: controller ? text(controller.representative) : null,
    dpo: controller?.dpo ? joined([controller.dpo.name, controller.dpo.email, controller.dpo.phone]) : null,
    purposes: snapshot.purposes.map((purpose) => ({
      title: text(purpose.title) ?? '',
      legalBasis: texts.choice('legalBasis', purpose.legalBasis),
      legitimateInterest: text(purpose.legitimateInterest),
      description: text(purpose.description),
    })),
    dataSubjects: text(snapshot.dataSubjects),
    dataCategories: snapshot.dataCategories.map((category) => ({
      name: text(category.name) ?? '',
      special: texts.choice('special', category.special),
      examples: category.examples?.[language] ?? category.examples?.[fallback] ?? [],
    })),
    recipients: recipients.map(({ source: _source, ...recipient }) => recipient),
    transfers: recipients
      .filter((r) => r.outsideEea)
      .map((r) => ({
        recipient: r.name,
        country: r.country as string,
        safeguard: r.source.transferSafeguard ? texts.choice('transferSafeguard', r.source.transferSafeguard) : null,
        art49Derogation:
          r.source.transferSafeguard === 'derogation-art49' && r.source.art49Derogation ? texts.choice('art49Derogation', r.source.art49Derogation) : null,
        safeguardDetails: text(r.source.safeguardDetails),
      })),
    transfersText: text(snapshot.transfersText),
    retention: text(snapshot.retention),
    security: text(snapshot.security),
  };
}
