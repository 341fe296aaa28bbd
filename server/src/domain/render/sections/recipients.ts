import { countryName } from '../country-names';
import { blocks, bulletList, editorMarkdown, escapeInline, hasValue } from '../markdown-text';
import { withArticle } from '../texts';
import type { SectionContext } from './context';

/** 7 Vastaanottajat ja säännönmukaiset luovutukset: each recipient with its role and country (Art 13(1)(e)). */
export function recipientsSection({ notice, texts, language }: SectionContext): string {
  const recipients = bulletList(
    notice.recipients.map((recipient) => {
      const facts = [texts.roles[recipient.role] ?? escapeInline(recipient.role)];
      if (recipient.country) facts.push(escapeInline(countryName(recipient.country, language)));
      const name = hasValue(recipient.name) ? `**${escapeInline(recipient.name)}** ` : '';
      return blocks(`${name}(${facts.join(', ')})`, hasValue(recipient.description) && editorMarkdown(recipient.description));
    }),
  );
  return blocks(
    recipients && `### ${texts.fields.recipients}\n\n${recipients}`,
    hasValue(notice.regularDisclosures) && `### ${texts.fields.regularDisclosures}\n\n${editorMarkdown(notice.regularDisclosures)}`,
  );
}

/**
 * 8 Siirto EU:n tai ETA:n ulkopuolelle (Art 13(1)(f)): derived from the recipients in third
 * countries, each with its safeguard, plus the editor's own text. With neither, the standard
 * sentence that nothing is transferred.
 */
export function transfersSection({ notice, texts, language }: SectionContext): string {
  const transfers = notice.recipients
    .filter((recipient) => recipient.outsideEea)
    .map((recipient) => {
      const name = hasValue(recipient.name) ? `**${escapeInline(recipient.name)}**, ` : '';
      const country = escapeInline(countryName(recipient.country ?? '', language));
      const safeguard = recipient.transferSafeguard
        ? `: ${withArticle(texts.safeguards[recipient.transferSafeguard], escapeInline(recipient.transferSafeguard))}`
        : '';
      return blocks(`${name}${country}${safeguard}`, hasValue(recipient.safeguardDetails) && editorMarkdown(recipient.safeguardDetails));
    });
  const text = hasValue(notice.transfersText) ? editorMarkdown(notice.transfersText) : '';
  if (transfers.length === 0) return text || texts.standard.noTransfers;
  return blocks(texts.standard.transfersIntro, bulletList(transfers), text);
}
