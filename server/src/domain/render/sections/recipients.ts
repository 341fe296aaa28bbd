import { countryName } from '../country-names';
import { blocks, bulletList, editorMarkdown, escapeInline, hasValue, labelled } from '../markdown-text';
import { labelWithReference, withArticle } from '../texts';
import type { SectionContext } from './context';

/** 7 Vastaanottajat ja säännönmukaiset luovutukset: each recipient with its role and country (Art 13(1)(e)). */
export function recipientsSection({ notice, texts, language }: SectionContext): string {
  const recipients = bulletList(
    notice.recipients.map((recipient) => {
      const facts = [texts.roles[recipient.role] ?? escapeInline(recipient.role)];
      if (recipient.country) facts.push(escapeInline(countryName(recipient.country, language)));
      const name = hasValue(recipient.name) ? `**${escapeInline(recipient.name)}** ` : '';
      const contact = recipient.role === 'joint-controller' && hasValue(recipient.contact) && labelled(texts.fields.contact, escapeInline(recipient.contact));
      return blocks(`${name}(${facts.join(', ')})`, contact, hasValue(recipient.description) && editorMarkdown(recipient.description));
    }),
  );
  return blocks(
    recipients && `### ${texts.fields.recipients}\n\n${recipients}`,
    hasValue(notice.regularDisclosures) && `### ${texts.fields.regularDisclosures}\n\n${editorMarkdown(notice.regularDisclosures)}`,
  );
}

/** Transfers on Art 46 or 47 safeguards, of which 13(1)(f) asks the notice to say how to obtain a copy. */
const SAFEGUARDS_WITH_COPY = new Set(['standard-contractual-clauses', 'binding-corporate-rules']);

/**
 * 8 Siirto EU:n tai ETA:n ulkopuolelle (Art 13(1)(f)): only what the organisation said. The
 * recipients in third countries, each with its safeguard, and the editor's text; the standard
 * sentence that nothing is transferred only when it answered "no", and that data is transferred
 * when it answered "yes". Without an answer and without such recipients the section says nothing.
 */
export function transfersSection({ notice, texts, language }: SectionContext): string {
  const outside = notice.recipients.filter((recipient) => recipient.outsideEea);
  const transfers = outside.map((recipient) => {
    const name = hasValue(recipient.name) ? `**${escapeInline(recipient.name)}**, ` : '';
    const country = escapeInline(countryName(recipient.country ?? '', language));
    const safeguard = recipient.transferSafeguard
      ? `: ${withArticle(texts.safeguards[recipient.transferSafeguard], escapeInline(recipient.transferSafeguard))}`
      : '';
    const derogation =
      recipient.art49Derogation &&
      labelled(texts.fields.transferDerogation, labelWithReference(texts.art49Derogations[recipient.art49Derogation], `49(1)(${recipient.art49Derogation})`, language, recipient.art49Derogation));
    return blocks(`${name}${country}${safeguard}`, derogation, hasValue(recipient.safeguardDetails) && editorMarkdown(recipient.safeguardDetails));
  });
  const text = hasValue(notice.transfersText) ? editorMarkdown(notice.transfersText) : '';
  const answer = notice.transfersOutsideEea;
  if (transfers.length === 0) {
    if (answer === 'no') return blocks(texts.standard.noTransfers, text);
    if (answer === 'yes') return blocks(texts.standard.transfersYes, text, texts.standard.safeguardsCopy);
    // Unanswered: an older version's own text is still what it said; otherwise nothing.
    return text;
  }
  const copy = outside.some((recipient) => recipient.transferSafeguard && SAFEGUARDS_WITH_COPY.has(recipient.transferSafeguard));
  return blocks(texts.standard.transfersIntro, bulletList(transfers), text, copy && texts.standard.safeguardsCopy);
}
