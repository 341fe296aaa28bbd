/**
 * The "Art 30" view of the completeness check: which items of the record of processing (GDPR Art
 * 30(1)(a)–(g)) a register does not yet give. A DPO is there only where one is designated, so it
 * is not asked for; joint controllers (recipients in that role) are asked for their contact
 * details; the representative (Art 27) is asked for only of a controller established outside the
 * EU/EEA.
 *
 * Transfers (e): the record names each transfer and its third country; the "documentation of
 * suitable safeguards" is required only of a transfer under the second subparagraph of Art 49(1)
 * (compelling legitimate interests), which no safeguard or derogation here stands for, so a
 * transfer without `safeguardDetails` is not reported.
 */
import { isOutsideEea } from '../countries';
import { hasText } from '../text';
import type { NoticeSnapshot, TranslatableText } from '../types';

export const RECORD_ITEMS = ['controller', 'representative', 'jointControllers', 'purposes', 'dataSubjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'security'] as const;
export type RecordItem = (typeof RECORD_ITEMS)[number];

const ARTICLE: Record<RecordItem, string> = {
  controller: '30(1)(a)',
  representative: '30(1)(a)',
  jointControllers: '30(1)(a)',
  purposes: '30(1)(b)',
  dataSubjects: '30(1)(c)',
  dataCategories: '30(1)(c)',
  recipients: '30(1)(d)',
  transfers: '30(1)(e)',
  retention: '30(1)(f)',
  security: '30(1)(g)',
};

export interface RecordItemStatus {
  id: RecordItem;
  article: string;
  status: 'present' | 'missing' | 'not-applicable';
}

export function recordGaps(snapshot: NoticeSnapshot): RecordItemStatus[] {
  const language = snapshot.defaultLanguage;
  const given = (value: TranslatableText | null | undefined) => hasText(value, language);
  const controller = snapshot.controller;
  const joint = snapshot.recipients.filter((r) => r.role === 'joint-controller');
  const abroad = snapshot.recipients.filter((r) => r.country && isOutsideEea(r.country));
  const status: Record<RecordItem, RecordItemStatus['status']> = {
    controller: controller && controller.name && (controller.email || controller.phone || controller.streetAddress) ? 'present' : 'missing',
    representative: !controller || !isOutsideEea(controller.country) ? 'not-applicable' : given(controller.representative) ? 'present' : 'missing',
    jointControllers: joint.length === 0 ? 'not-applicable' : joint.every((r) => r.contact?.trim()) ? 'present' : 'missing',
    purposes: snapshot.purposes.length > 0 ? 'present' : 'missing',
    dataSubjects: given(snapshot.dataSubjects) ? 'present' : 'missing',
    dataCategories: snapshot.dataCategories.length > 0 ? 'present' : 'missing',
    recipients: snapshot.recipients.length > 0 || given(snapshot.regularDisclosures) ? 'present' : 'missing',
    transfers: abroad.length === 0 ? 'not-applicable' : abroad.every((r) => r.transferSafeguard) ? 'present' : 'missing',
    retention: given(snapshot.retention) ? 'present' : 'missing',
    security: given(snapshot.security) ? 'present' : 'missing',
  };
  return RECORD_ITEMS.map((id) => ({ id, article: ARTICLE[id], status: status[id] }));
}
