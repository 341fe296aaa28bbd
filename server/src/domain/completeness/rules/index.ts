import { dataCategoriesRule, sourcesRule } from './art14';
import { controllerRule, dpoRule } from './controller';
import { consentWithdrawalRule, legitimateInterestsRule, purposesRule } from './purposes';
import { recipientsRule, transfersRule } from './recipients';
import type { CompletenessRule } from './rule';
import { specialCategoriesRule } from './special-categories';
import {
  automatedDecisionsRule,
  complaintRule,
  retentionRule,
  rightsRule,
  statutoryRequirementRule,
} from './statements';

/** Every Art 13/14 item, in the order of Art 13 followed by what only Art 14 asks. */
export const COMPLETENESS_RULES: CompletenessRule[] = [
  controllerRule,
  dpoRule,
  purposesRule,
  legitimateInterestsRule,
  recipientsRule,
  transfersRule,
  retentionRule,
  rightsRule,
  consentWithdrawalRule,
  complaintRule,
  statutoryRequirementRule,
  automatedDecisionsRule,
  specialCategoriesRule,
  dataCategoriesRule,
  sourcesRule,
];

export type { CompletenessRule, RuleFinding, RuleProblem } from './rule';
