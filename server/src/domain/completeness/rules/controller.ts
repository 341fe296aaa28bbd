import { isOutsideEea } from '../../countries';
import type { ControllerSnapshot } from '../../types';
import { hasText, hasValue } from '../text';
import { findingFrom, notApplicable, type CompletenessRule, type RuleProblem } from './rule';

const CONTROLLER_FIELDS = [
  'controller.name',
  'controller.email',
  'controller.phone',
  'controller.streetAddress',
  'controller.city',
];

function contactFieldsOf(controller: ControllerSnapshot): string[] {
  const fields: string[] = [];
  if (hasValue(controller.email)) fields.push('controller.email');
  if (hasValue(controller.phone)) fields.push('controller.phone');
  // A street without a city is no postal address a letter can reach.
  if (hasValue(controller.streetAddress) && hasValue(controller.city)) {
    fields.push('controller.streetAddress', 'controller.city');
  }
  return fields;
}

/** 13(1)(a): who the controller is and how to reach it. */
export const controllerRule: CompletenessRule = {
  id: 'controller',
  section: 'controller',
  articles: { art13: '13(1)(a)', art14: '14(1)(a)' },
  check(snapshot, { defaultLanguage }) {
    const controller = snapshot.controller;
    if (!controller) return findingFrom(CONTROLLER_FIELDS, [{ field: 'controller', code: 'controllerMissing' }]);

    const problems: RuleProblem[] = [];
    const contacts = contactFieldsOf(controller);
    if (!hasValue(controller.name)) problems.push({ field: 'controller.name', code: 'controllerName' });
    if (contacts.length === 0) problems.push({ field: 'controller.email', code: 'controllerContact' });

    // 13(1)(a) also asks for the Art 27 representative of a controller established outside the Union.
    const country = (controller.country ?? '').toUpperCase();
    const needsRepresentative = hasValue(country) && isOutsideEea(country);
    const representative = needsRepresentative ? ['controller.representative'] : [];
    if (needsRepresentative && !hasText(controller.representative, defaultLanguage)) {
      problems.push({ field: 'controller.representative', code: 'controllerRepresentative', params: { country } });
    }

    if (problems.length) return findingFrom([...CONTROLLER_FIELDS, ...representative], problems);
    return findingFrom(['controller.name', ...contacts, ...representative], []);
  },
};

/** 13(1)(b): the data protection officer's contact details, when one has been designated. */
export const dpoRule: CompletenessRule = {
  id: 'dpo',
  section: 'contact',
  articles: { art13: '13(1)(b)', art14: '14(1)(b)' },
  check(snapshot) {
    const dpo = snapshot.controller?.dpo;
    const contactFields = ['controller.dpo.email', 'controller.dpo.phone'];
    const given = [
      ...(hasValue(dpo?.email) ? ['controller.dpo.email'] : []),
      ...(hasValue(dpo?.phone) ? ['controller.dpo.phone'] : []),
    ];
    if (given.length) return findingFrom(given, []);
    // No DPO at all: most organisations need none (Art 37), so nothing is missing.
    if (!hasValue(dpo?.name)) return notApplicable(contactFields);
    return findingFrom(contactFields, [{ field: 'controller.dpo.email', code: 'dpoContact' }]);
  },
};
