import { isOutsideEea } from '../../countries';
import type { NoticeSnapshot, RecipientSnapshot } from '../../types';
import { hasText, nameOf } from '../text';
import { findingFrom, type CompletenessRule, type RuleProblem } from './rule';

const countryOf = (recipient: RecipientSnapshot): string => (recipient.country ?? '').trim().toUpperCase();

/** Indexes of the recipients in a country outside the EU/EEA; a recipient without a country is not one. */
const recipientsOutsideEea = (snapshot: NoticeSnapshot): number[] =>
  snapshot.recipients.flatMap((recipient, index) => {
    const country = countryOf(recipient);
    return country !== '' && isOutsideEea(country) ? [index] : [];
  });

/** 13(1)(e): recipients, or the regular disclosures text (which may say there are none). */
export const recipientsRule: CompletenessRule = {
  id: 'recipients',
  section: 'recipients',
  articles: { art13: '13(1)(e)', art14: '14(1)(e)' },
  check(snapshot, { defaultLanguage }) {
    const disclosures = hasText(snapshot.regularDisclosures, defaultLanguage);
    if (snapshot.recipients.length === 0 && !disclosures) {
      return findingFrom(['recipients', 'regularDisclosures'], [{ field: 'recipients', code: 'noRecipients' }]);
    }
    const problems: RuleProblem[] = snapshot.recipients.flatMap((recipient, index) =>
      hasText(recipient.name, defaultLanguage)
        ? []
        : [
            {
              field: `recipients[${index}].name`,
              code: 'recipientName' as const,
              params: { position: `${index + 1}` },
            },
          ],
    );
    const fields = [
      ...(snapshot.recipients.length ? ['recipients'] : []),
      ...(disclosures ? ['regularDisclosures'] : []),
    ];
    return findingFrom(fields, problems);
  },
};

/**
 * 13(1)(f): the organisation's own answer, never assumed. Unanswered is missing (unless recipients
 * outside the EU/EEA already say it); "no" contradicted by such a recipient is missing; "yes" needs
 * the transfers described, by those recipients or in the text, each recipient with its safeguard
 * (and an Art 49 transfer with its derogation). How to obtain a copy is said by the standard text.
 */
export const transfersRule: CompletenessRule = {
  id: 'transfers',
  section: 'transfers',
  articles: { art13: '13(1)(f)', art14: '14(1)(f)' },
  check(snapshot, { locale, defaultLanguage }) {
    const indexes = recipientsOutsideEea(snapshot);
    const answer = snapshot.transfersOutsideEea ?? null;
    const text = hasText(snapshot.transfersText, defaultLanguage);
    if (indexes.length === 0) {
      if (answer === 'no') return findingFrom(['transfersOutsideEea'], []);
      if (answer === 'yes') {
        return text
          ? findingFrom(['transfersOutsideEea', 'transfersText'], [])
          : findingFrom(['transfersOutsideEea', 'transfersText'], [{ field: 'transfersText', code: 'transfersNotDescribed' }]);
      }
      return findingFrom(['transfersOutsideEea'], [{ field: 'transfersOutsideEea', code: 'transfersUnanswered' }]);
    }

    const fields: string[] = ['transfersOutsideEea'];
    const problems: RuleProblem[] = [];
    for (const index of indexes) {
      const recipient = snapshot.recipients[index];
      const params = {
        recipient: nameOf(recipient.name, locale, defaultLanguage) || `#${index + 1}`,
        country: countryOf(recipient),
      };
      fields.push(`recipients[${index}].transferSafeguard`);
      if (answer === 'no') problems.push({ field: 'transfersOutsideEea', code: 'transfersContradicted', params });
      if (!recipient.transferSafeguard) {
        problems.push({ field: `recipients[${index}].transferSafeguard`, code: 'transferSafeguard', params });
      } else if (recipient.transferSafeguard === 'derogation-art49' && !recipient.art49Derogation) {
        problems.push({ field: `recipients[${index}].art49Derogation`, code: 'art49Derogation', params });
      }
    }
    return findingFrom([...new Set(fields)], problems);
  },
};
