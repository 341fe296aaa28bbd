import { isOutsideEea } from './countries';
import { textIn } from './text';
import type { LanguageCode, NoticeSnapshot, TranslatableList, TranslatableText } from './types';

/** The language a reader gets: the one asked for when the version has it, else the default. */
export function servedLanguage(snapshot: NoticeSnapshot, requested: LanguageCode | undefined): LanguageCode {
  return requested && snapshot.languages.includes(requested) ? requested : snapshot.defaultLanguage;
}

/**
 * The snapshot with every translatable text resolved to one language. A field without text in
 * that language falls back to the default language and is listed in `untranslated`.
 */
export function localizeSnapshot(snapshot: NoticeSnapshot, language: LanguageCode) {
  const fallback = snapshot.defaultLanguage;
  const untranslated: string[] = [];
  const text = (value: TranslatableText | null | undefined, path: string): string | null => {
    const resolved = textIn(value, language, fallback);
    if (resolved !== null && !value?.[language]) untranslated.push(path);
    return resolved;
  };
  const list = (value: TranslatableList | null, path: string): string[] => {
    if (value?.[language]?.length) return value[language]!;
    if (value?.[fallback]?.length) {
      untranslated.push(path);
      return value[fallback]!;
    }
    return [];
  };

  const { controller } = snapshot;
  const notice = {
    title: text(snapshot.title, 'title'),
    noticeKind: snapshot.noticeKind,
    controller: controller && {
      name: controller.name,
      businessId: controller.businessId,
      streetAddress: controller.streetAddress,
      postalCode: controller.postalCode,
      city: controller.city,
      country: controller.country,
      email: controller.email,
      phone: controller.phone,
      website: controller.website,
      representative: text(controller.representative, 'controller.representative'),
      dpo: controller.dpo,
    },
    contactPerson: snapshot.contactPerson,
    purposes: snapshot.purposes.map((p, i) => ({
      title: text(p.title, `purposes.${i}.title`),
      description: text(p.description, `purposes.${i}.description`),
      legalBasis: p.legalBasis,
      legitimateInterest: text(p.legitimateInterest, `purposes.${i}.legitimateInterest`),
      dpvPurpose: p.dpvPurpose,
    })),
    dataCategories: snapshot.dataCategories.map((c, i) => ({
      name: text(c.name, `dataCategories.${i}.name`),
      description: text(c.description, `dataCategories.${i}.description`),
      examples: list(c.examples, `dataCategories.${i}.examples`),
      special: c.special,
      dpvCategory: c.dpvCategory,
    })),
    dataSubjects: text(snapshot.dataSubjects, 'dataSubjects'),
    sources: text(snapshot.sources, 'sources'),
    sourceKinds: snapshot.sourceKinds,
    recipients: snapshot.recipients.map((r, i) => ({
      name: text(r.name, `recipients.${i}.name`),
      description: text(r.description, `recipients.${i}.description`),
      role: r.role,
      country: r.country,
      outsideEea: r.country !== null && isOutsideEea(r.country),
      transferSafeguard: r.transferSafeguard,
      safeguardDetails: text(r.safeguardDetails, `recipients.${i}.safeguardDetails`),
    })),
    regularDisclosures: text(snapshot.regularDisclosures, 'regularDisclosures'),
    transfersText: text(snapshot.transfersText, 'transfersText'),
    retention: text(snapshot.retention, 'retention'),
    security: text(snapshot.security, 'security'),
    automatedDecisions: text(snapshot.automatedDecisions, 'automatedDecisions'),
    rights: text(snapshot.rights, 'rights'),
    statutoryRequirement: text(snapshot.statutoryRequirement, 'statutoryRequirement'),
    cookies: text(snapshot.cookies, 'cookies'),
    extraSections: snapshot.extraSections.map((s, i) => ({
      title: text(s.title, `extraSections.${i}.title`),
      body: text(s.body, `extraSections.${i}.body`),
    })),
  };
  return { notice, untranslated };
}

export type LocalizedNotice = ReturnType<typeof localizeSnapshot>['notice'];
