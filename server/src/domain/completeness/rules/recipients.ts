import { isOutsideEea } from '../../countries';
import type { NoticeSnapshot, RecipientSnapshot, TransferSafeguard } from '../../types';
import { hasText, nameOf } from '../text';
import { findingFrom, notApplicable, type CompletenessRule, type RuleProblem } from './rule';

/** Safeguards under Art 46 and 47, whose copy or place of publication 13(1)(f) asks the notice to give. */
const SAFEGUARDS_WITH_COPY: TransferSafeguard[] = ['standard-contractual-clauses', 'binding-corporate-rules'];

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

/** 13(1)(f): applies exactly when some recipient is outside the EU/EEA; each such one needs a safeguard. */
export const transfersRule: CompletenessRule = {
  id: 'transfers',
  section: 'transfers',
  articles: { art13: '13(1)(f)', art14: '14(1)(f)' },
  check(snapshot, { locale, defaultLanguage }) {
    const indexes = recipientsOutsideEea(snapshot);
    if (indexes.length === 0) return notApplicable(['recipients[].country', 'recipients[].transferSafeguard']);

    const fields: string[] = [];
    const problems: RuleProblem[] = [];
    for (const index of indexes) {
      const recipient = snapshot.recipients[index];
      const params = {
        recipient: nameOf(recipient.name, locale, defaultLanguage) || `#${index + 1}`,
        country: countryOf(recipient),
      };
      fields.push(`recipients[${index}].transferSafeguard`);
      if (!recipient.transferSafeguard) {
        problems.push({ field: `recipients[${index}].transferSafeguard`, code: 'transferSafeguard', params });
        continue;
      }
      if (!SAFEGUARDS_WITH_COPY.includes(recipient.transferSafeguard)) continue;
      // Where to get a copy may be said per recipient or once for all in the transfers text.
      if (hasText(recipient.safeguardDetails, defaultLanguage)) fields.push(`recipients[${index}].safeguardDetails`);
      else if (hasText(snapshot.transfersText, defaultLanguage)) fields.push('transfersText');
      else problems.push({ field: `recipients[${index}].safeguardDetails`, code: 'safeguardCopy', params });
    }
    return findingFrom([...new Set(fields)], problems);
  },
};
