/** The record as a printable HTML page: a section per register with items (a)–(g), every text escaped. */
import { escapeHtml } from '../render/html';
import { transferBasis, type RecordEntry } from './entry';
import type { RecordTexts } from './texts';

const STYLE = `
  body { font: 11pt/1.45 system-ui, sans-serif; margin: 2rem; color: #111; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; break-after: avoid; }
  section { break-inside: avoid-page; border-top: 1px solid #999; }
  dl { display: grid; grid-template-columns: 16rem 1fr; gap: .3rem 1rem; }
  dt { font-weight: 600; } dd { margin: 0; white-space: pre-line; }
  code { font-size: .85em; overflow-wrap: anywhere; }
  ul { margin: 0; padding-left: 1.1rem; }
  @media print { body { margin: 0; } a { color: inherit; } }`;

const list = (items: string[]) => (items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
const text = (value: string | null) => (value ? escapeHtml(value) : '');

function entryHtml(entry: RecordEntry, texts: RecordTexts): string {
  const { t } = texts;
  const rows: [string, string][] = [
    [t('column.version'), `${entry.version} · ${escapeHtml(entry.effectiveFrom)}`],
    [t('column.recordHash'), `<code>${text(entry.recordHash)}</code>`],
    [t('column.controller'), text(entry.controller)],
    [t('column.jointControllers'), list(entry.jointControllers) || t('none')],
    [t('column.representative'), text(entry.representative) || t('none')],
    [t('column.dpo'), text(entry.dpo) || t('none')],
    [t('column.purposes'), list(entry.purposes.map((p) => [`${p.title} — ${p.legalBasis}`, p.legitimateInterest, p.description].filter(Boolean).join(': ')))],
    [t('column.dataSubjects'), text(entry.dataSubjects)],
    [t('column.dataCategories'), list(entry.dataCategories.map((c) => (c.examples.length ? `${c.name} (${c.examples.join(', ')})` : c.name)))],
    [t('column.recipients'), list(entry.recipients.map((r) => [r.name, r.role, r.country].filter(Boolean).join(', ')))],
    [
      t('column.transfers'),
      (list(entry.transfers.map((x) => `${x.recipient} (${x.country}): ${transferBasis(x, texts)}${x.safeguardDetails ? ` — ${x.safeguardDetails}` : ''}`)) +
        text(entry.transfersText)) || t('none'),
    ],
    [t('column.retention'), text(entry.retention)],
    [t('column.security'), text(entry.security)],
  ];
  return `<section id="${escapeHtml(entry.slug)}"><h2>${escapeHtml(entry.title)}</h2><dl>${rows
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`)
    .join('')}</dl></section>`;
}

export function toHtml(entries: RecordEntry[], texts: RecordTexts, date: string): string {
  const { t } = texts;
  const title = t('title');
  return `<!doctype html>
<html lang="${escapeHtml(texts.language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t('generated', { date }))}</p>
${entries.length === 0 ? `<p>${escapeHtml(t('empty'))}</p>` : entries.map((entry) => entryHtml(entry, texts)).join('\n')}
</body></html>
`;
}
