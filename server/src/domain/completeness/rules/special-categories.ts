import { hasText, nameOf } from '../text';
import { findingFrom, notApplicable, type CompletenessRule, type RuleProblem } from './rule';

/**
 * Art 9(2) and Art 10: processing a special category needs one of the conditions of Art 9(2)(a)–(j),
 * and data on criminal convictions and offences the law or official authority that allows it.
 * Applies when some data category is one of them.
 */
export const specialCategoriesRule: CompletenessRule = {
  id: 'specialCategories',
  section: 'dataContent',
  articles: { other: ['9(2)', '10'] },
  check(snapshot, { locale, defaultLanguage }) {
    const fields: string[] = [];
    const problems: RuleProblem[] = [];
    snapshot.dataCategories.forEach((category, index) => {
      const params = { category: nameOf(category.name, locale, defaultLanguage) || `#${index + 1}` };
      if (category.special === 'art9') {
        fields.push(`dataCategories[${index}].art9Ground`);
        if (!category.art9Ground) problems.push({ field: `dataCategories[${index}].art9Ground`, code: 'art9Ground', params });
      } else if (category.special === 'art10') {
        fields.push(`dataCategories[${index}].art10Authority`);
        if (!hasText(category.art10Authority, defaultLanguage)) {
          problems.push({ field: `dataCategories[${index}].art10Authority`, code: 'art10Authority', params });
        }
      }
    });
    if (fields.length === 0) return notApplicable(['dataCategories[].special']);
    return findingFrom(fields, problems);
  },
};
