import { LEGAL_BASES, type LegalBasis, type NoticeSnapshot } from '../../types';
import { restsOnConsent } from '../../rights';
import { hasText, nameOf } from '../text';
import { findingFrom, notApplicable, type CompletenessRule, type RuleContext, type RuleProblem } from './rule';

/** Indexes of the purposes resting on a legal basis. */
const purposesOn = (snapshot: NoticeSnapshot, basis: LegalBasis): number[] =>
  snapshot.purposes.flatMap((purpose, index) => (purpose.legalBasis === basis ? [index] : []));

/** How a message names a purpose: its title, else its position. */
function purposeName(snapshot: NoticeSnapshot, index: number, { locale, defaultLanguage }: RuleContext): string {
  return nameOf(snapshot.purposes[index].title, locale, defaultLanguage) || `#${index + 1}`;
}

/** 13(1)(c): why the data is processed and on which Art 6(1) basis. */
export const purposesRule: CompletenessRule = {
  id: 'purposes',
  section: 'purposes',
  articles: { art13: '13(1)(c)', art14: '14(1)(c)' },
  check(snapshot, context) {
    if (snapshot.purposes.length === 0) {
      return findingFrom(['purposes'], [{ field: 'purposes', code: 'noPurposes' }]);
    }
    const problems: RuleProblem[] = [];
    snapshot.purposes.forEach((purpose, index) => {
      if (!hasText(purpose.title, context.defaultLanguage)) {
        problems.push({
          field: `purposes[${index}].title`,
          code: 'purposeTitle',
          params: { position: `${index + 1}` },
        });
      }
      if (!LEGAL_BASES.includes(purpose.legalBasis)) {
        const params = { purpose: purposeName(snapshot, index, context) };
        problems.push({ field: `purposes[${index}].legalBasis`, code: 'purposeLegalBasis', params });
      }
    });
    const fields = snapshot.purposes.flatMap((_, index) => [
      `purposes[${index}].title`,
      `purposes[${index}].legalBasis`,
    ]);
    return findingFrom(fields, problems);
  },
};

/** 13(1)(d): applies exactly when some purpose rests on legitimate interests, and then each must name it. */
export const legitimateInterestsRule: CompletenessRule = {
  id: 'legitimateInterests',
  section: 'purposes',
  articles: { art13: '13(1)(d)', art14: '14(2)(b)' },
  check(snapshot, context) {
    const indexes = purposesOn(snapshot, 'legitimate-interests');
    if (indexes.length === 0) return notApplicable(['purposes[].legitimateInterest']);
    const problems: RuleProblem[] = indexes
      .filter((index) => !hasText(snapshot.purposes[index].legitimateInterest, context.defaultLanguage))
      .map((index) => ({
        field: `purposes[${index}].legitimateInterest`,
        code: 'legitimateInterest',
        params: { purpose: purposeName(snapshot, index, context) },
      }));
    return findingFrom(
      indexes.map((index) => `purposes[${index}].legitimateInterest`),
      problems,
    );
  },
};

/**
 * 13(2)(c): applies when processing rests on consent, Art 6(1)(a) or 9(2)(a) (a special category on
 * explicit consent). The renderer then lists the right to withdraw it itself.
 */
export const consentWithdrawalRule: CompletenessRule = {
  id: 'consentWithdrawal',
  section: 'rights',
  articles: { art13: '13(2)(c)', art14: '14(2)(d)' },
  check(snapshot) {
    if (!restsOnConsent(snapshot)) return notApplicable(['purposes[].legalBasis']);
    const explicit = snapshot.dataCategories.flatMap((category, index) =>
      category.special === 'art9' && category.art9Ground === 'a' ? [`dataCategories[${index}].art9Ground`] : [],
    );
    return findingFrom([...purposesOn(snapshot, 'consent').map((index) => `purposes[${index}].legalBasis`), ...explicit, 'notice.derivedRights'], []);
  },
};
