import { hasText } from '../text';
import { coversArt14, findingFrom, notApplicable, type CompletenessRule, type RuleProblem } from './rule';

/** 14(1)(d): the categories of data, which a data subject who did not provide them cannot know. */
export const dataCategoriesRule: CompletenessRule = {
  id: 'dataCategories',
  section: 'dataContent',
  articles: { art14: '14(1)(d)' },
  check(snapshot, { defaultLanguage }) {
    if (!coversArt14(snapshot)) return notApplicable(['dataCategories']);
    if (snapshot.dataCategories.length === 0) {
      return findingFrom(['dataCategories'], [{ field: 'dataCategories', code: 'noDataCategories' }]);
    }
    const problems: RuleProblem[] = snapshot.dataCategories.flatMap((category, index) =>
      hasText(category.name, defaultLanguage)
        ? []
        : [
            {
              field: `dataCategories[${index}].name`,
              code: 'dataCategoryName' as const,
              params: { position: `${index + 1}` },
            },
          ],
    );
    return findingFrom(['dataCategories'], problems);
  },
};

/** 14(2)(f): where the data comes from, as text or as kinds of source other than the data subject. */
export const sourcesRule: CompletenessRule = {
  id: 'sources',
  section: 'sources',
  articles: { art14: '14(2)(f)' },
  check(snapshot, { defaultLanguage }) {
    if (!coversArt14(snapshot)) return notApplicable(['sources', 'sourceKinds']);
    const fields = [
      ...(hasText(snapshot.sources, defaultLanguage) ? ['sources'] : []),
      ...(snapshot.sourceKinds.some((kind) => kind !== 'data-subject') ? ['sourceKinds'] : []),
    ];
    if (fields.length) return findingFrom(fields, []);
    // Art 14 is about data not obtained from the data subject: naming only them says nothing.
    const code = snapshot.sourceKinds.length ? 'sourcesOnlyDataSubject' : 'noSources';
    return findingFrom(['sources', 'sourceKinds'], [{ field: 'sources', code }]);
  },
};
