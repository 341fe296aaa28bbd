import { hasText } from '../text';
import { coversArt13, findingFrom, notApplicable, type CompletenessRule } from './rule';

/** 13(2)(a): how long the data is kept. */
export const retentionRule: CompletenessRule = {
  id: 'retention',
  section: 'retention',
  articles: { art13: '13(2)(a)', art14: '14(2)(a)' },
  check(snapshot, { defaultLanguage }) {
    return hasText(snapshot.retention, defaultLanguage)
      ? findingFrom(['retention'], [])
      : { status: 'missing', fields: ['retention'] };
  },
};

/** 13(2)(b): always given: the notice lists the rights its purposes' legal bases give; the register's own text only adds. */
export const rightsRule: CompletenessRule = {
  id: 'rights',
  section: 'rights',
  articles: { art13: '13(2)(b)', art14: '14(2)(c)' },
  check(snapshot, { defaultLanguage }) {
    return findingFrom(['notice.derivedRights', ...(hasText(snapshot.rights, defaultLanguage) ? ['rights'] : [])], []);
  },
};

/** 13(2)(d): always given; the renderer names the supervisory authority from plugin config. */
export const complaintRule: CompletenessRule = {
  id: 'complaint',
  section: 'rights',
  articles: { art13: '13(2)(d)', art14: '14(2)(e)' },
  check() {
    return findingFrom(['notice.supervisoryAuthority'], []);
  },
};

/** 13(2)(e): only Art 13 asks it; data obtained elsewhere is not the data subject's to provide. */
export const statutoryRequirementRule: CompletenessRule = {
  id: 'statutoryRequirement',
  section: 'statutoryRequirement',
  articles: { art13: '13(2)(e)' },
  check(snapshot, { defaultLanguage }) {
    if (!coversArt13(snapshot)) return notApplicable(['statutoryRequirement']);
    return hasText(snapshot.statutoryRequirement, defaultLanguage)
      ? findingFrom(['statutoryRequirement'], [])
      : { status: 'missing', fields: ['statutoryRequirement'] };
  },
};

/**
 * 13(2)(f): the organisation's own answer, never assumed from an empty text. "yes" needs the logic
 * involved and the significance and envisaged consequences.
 */
export const automatedDecisionsRule: CompletenessRule = {
  id: 'automatedDecisions',
  section: 'automatedDecisions',
  articles: { art13: '13(2)(f)', art14: '14(2)(g)' },
  check(snapshot, { defaultLanguage }) {
    const answer = snapshot.automatedDecisionMaking ?? null;
    if (answer === 'none') return findingFrom(['automatedDecisionMaking'], []);
    if (answer === null) {
      return findingFrom(['automatedDecisionMaking'], [{ field: 'automatedDecisionMaking', code: 'automatedDecisionsUnanswered' }]);
    }
    const fields = ['automatedDecisionMaking', 'automatedDecisions', 'automatedDecisionsConsequences'];
    return findingFrom(fields, [
      ...(hasText(snapshot.automatedDecisions, defaultLanguage) ? [] : [{ field: 'automatedDecisions', code: 'automatedDecisionsLogic' as const }]),
      ...(hasText(snapshot.automatedDecisionsConsequences, defaultLanguage)
        ? []
        : [{ field: 'automatedDecisionsConsequences', code: 'automatedDecisionsConsequences' as const }]),
    ]);
  },
};
