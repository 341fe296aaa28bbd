/**
 * The record as tables: one row per register, then a table per item list (purposes, data
 * categories, recipients, transfers) whose rows name their register and version. The CSV is the
 * first table, the spreadsheet has them all as sheets.
 */
import { transferBasis, type RecordEntry } from './entry';
import type { RecordTexts } from './texts';

export interface RecordTable {
  id: 'registers' | 'purposes' | 'dataCategories' | 'recipients' | 'transfers';
  name: string;
  header: string[];
  rows: (string | number)[][];
}

const lines = (items: (string | null)[]) => items.filter((item): item is string => !!item).join('\n');

export function recordTables(entries: RecordEntry[], texts: RecordTexts): RecordTable[] {
  const { t } = texts;
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no');
  const owner = (entry: RecordEntry) => [entry.title, entry.version];
  const ownerHeader = [t('column.register'), t('column.version')];
  const transferLine = (transfer: RecordEntry['transfers'][number]) =>
    `${transfer.recipient} (${transfer.country}): ${transferBasis(transfer, texts)}${transfer.safeguardDetails ? ` — ${transfer.safeguardDetails}` : ''}`;

  return [
    {
      id: 'registers',
      name: t('sheet.registers'),
      header: [
        t('column.register'), t('column.slug'), t('column.version'), t('column.effectiveFrom'), t('column.recordHash'),
        t('column.controller'), t('column.jointControllers'), t('column.representative'), t('column.dpo'),
        t('column.purposes'), t('column.dataSubjects'), t('column.dataCategories'), t('column.recipients'),
        t('column.transfers'), t('column.retention'), t('column.security'),
      ],
      rows: entries.map((entry) => [
        entry.title,
        entry.slug,
        entry.version,
        entry.effectiveFrom,
        entry.recordHash ?? '',
        entry.controller ?? '',
        lines(entry.jointControllers),
        entry.representative ?? '',
        entry.dpo ?? '',
        lines(entry.purposes.map((p) => `${p.title} — ${p.legalBasis}`)),
        entry.dataSubjects ?? '',
        lines(entry.dataCategories.map((c) => c.name)),
        lines(entry.recipients.map((r) => (r.country ? `${r.name} (${r.role}, ${r.country})` : `${r.name} (${r.role})`))),
        lines([...entry.transfers.map(transferLine), entry.transfersText]),
        entry.retention ?? '',
        entry.security ?? '',
      ]),
    },
    {
      id: 'purposes',
      name: t('sheet.purposes'),
      header: [...ownerHeader, t('column.purpose'), t('column.legalBasis'), t('column.legitimateInterest'), t('column.description')],
      rows: entries.flatMap((entry) => entry.purposes.map((p) => [...owner(entry), p.title, p.legalBasis, p.legitimateInterest ?? '', p.description ?? ''])),
    },
    {
      id: 'dataCategories',
      name: t('sheet.dataCategories'),
      header: [...ownerHeader, t('column.category'), t('column.special'), t('column.examples')],
      rows: entries.flatMap((entry) => entry.dataCategories.map((c) => [...owner(entry), c.name, c.special, c.examples.join(', ')])),
    },
    {
      id: 'recipients',
      name: t('sheet.recipients'),
      header: [...ownerHeader, t('column.recipient'), t('column.role'), t('column.country'), t('column.outsideEea')],
      rows: entries.flatMap((entry) => entry.recipients.map((r) => [...owner(entry), r.name, r.role, r.country ?? '', yesNo(r.outsideEea)])),
    },
    {
      id: 'transfers',
      name: t('sheet.transfers'),
      header: [...ownerHeader, t('column.recipient'), t('column.country'), t('column.safeguard'), t('column.safeguardDetails')],
      rows: entries.flatMap((entry) => entry.transfers.map((x) => [...owner(entry), x.recipient, x.country, transferBasis(x, texts), x.safeguardDetails ?? ''])),
    },
  ];
}
