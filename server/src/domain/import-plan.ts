/**
 * From an imported draft (domain/import) to what the import service creates: the register's
 * fields, the controller, the purposes and data categories, and where each input line ends up.
 *
 * Nothing the draft holds is dropped. Text without a register field of its own (the purpose and
 * data-content sections as written, contact lines that were not read as a detail) is kept in
 * extra sections under its original heading, for the editor to move or delete. A purpose is
 * created only with a legal basis the text names or the editor chose: none is guessed.
 */
import { isEmpty, uniq } from 'lodash';
import type { ImportedContactPerson, ImportedController, ImportedLine, ImportedRegisterDraft } from './import';
import { bulletText, cleanLine } from './import/lines';
import { headingAsWritten } from './import/patterns';
import { noticeTexts } from './render/texts';
import type { ExtraSection, LegalBasis, TranslatableList, TranslatableText } from './types';

/** The editor's answer for one split purpose: its legal basis, and the interest for Art 6(1)(f). */
export interface PurposeChoice {
  legalBasis: LegalBasis;
  legitimateInterest?: string | null;
}

export interface PlannedPurpose {
  title: TranslatableText;
  description: TranslatableText | null;
  legalBasis: LegalBasis | null;
  legitimateInterest: TranslatableText | null;
  /** Whether the basis was named by the text or chosen by the editor; null when there is none. */
  legalBasisFrom: 'text' | 'editor' | null;
  /** False when the purpose cannot be created yet (no basis, no interest, or a title too long). */
  create: boolean;
}

export interface PlannedDataCategory {
  name: TranslatableText;
  examples: TranslatableList | null;
  create: boolean;
}

/** Where an input line ends up in the register: a field, or an extra section by its index. */
export interface PlannedLine extends ImportedLine {
  field: string;
  extraSection?: number;
}

export interface RegisterPlan {
  title: TranslatableText;
  /** The controller's fields as the controllers API takes them; null when there is none to create. */
  controller: Record<string, string> | null;
  purposes: PlannedPurpose[];
  dataCategories: PlannedDataCategory[];
  /** The register's own fields (no slug, no relations). */
  register: Record<string, unknown>;
  lines: PlannedLine[];
  warnings: string[];
}

export interface PlanOptions {
  locale: string;
  defaultLanguage: string;
  /** The input text, to keep contact lines the importer did not read. */
  input: string;
  /** Per split purpose, the editor's choice (null or missing: none). */
  choices?: Array<PurposeChoice | null | undefined>;
  /** The longest name or title the content model takes. */
  maxName: number;
}

type ContactTarget = 'controller' | 'contactPerson';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** What is left of an input line once its markers (headings, labels, dates) and bullet are taken out. */
function lineText(raw: string, markers: string[] = []): string {
  let text = cleanLine(raw);
  for (const marker of markers) text = text.replace(marker, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  return bulletText(text) ?? text;
}

/** A contact line is read when every word of its value ("Osoite: …" without the label) is in a detail. */
function isRead(text: string, details: Array<string | null | undefined>): boolean {
  const known = new Set(details.flatMap((detail) => words(detail ?? '')));
  const value = text.replace(/^[^:]{1,40}:\s*(?=\S)/, '');
  return words(value).every((word) => known.has(word));
}

/** The heading of a draft section as written, from the markers of its first line. */
function writtenHeading(lines: ImportedLine[], target: string): string | null {
  const first = lines.find((line) => line.target === target);
  const marker = first?.markers?.[0];
  return marker ? headingAsWritten(marker) || null : null;
}

const inLanguages = (text: string, languages: string[]): TranslatableText =>
  Object.fromEntries(uniq(languages).map((language) => [language, text]));

const definedFields = (record: object): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

export function planRegister(draft: ImportedRegisterDraft, options: PlanOptions): RegisterPlan {
  const { locale, defaultLanguage, maxName } = options;
  const texts = noticeTexts(locale);
  const required = [locale, defaultLanguage];
  const warnings: string[] = [];
  const inputLines = options.input.split(/\r\n|\r|\n/);
  const extraSections: ExtraSection[] = [...draft.extraSections];
  const keptIn = new Map<string, number>();
  const keep = (key: string, title: string, body: string) => {
    keptIn.set(key, extraSections.length);
    extraSections.push({ title: { [locale]: title }, body: { [locale]: body } });
    return `"${title}"`;
  };

  // Rekisterin nimi: required in the default language; a notice without one gets the generic title.
  let title = draft.title[locale]?.trim() ?? '';
  if (title.length > maxName) {
    keep('title', writtenHeading(draft.lines, 'title') ?? texts.sections.register, title);
    warnings.push(`The register name is longer than ${maxName} characters: it is kept as an extra section; give a shorter title.`);
    title = '';
  }
  if (!title) {
    title = texts.document.title;
    warnings.push(`No register name: the draft is titled "${title}"; rename it.`);
  }
  if (locale !== defaultLanguage) {
    warnings.push(`The notice is in "${locale}": its title, purposes and data categories were also put in "${defaultLanguage}"; translate them.`);
  }

  // Contact lines the importer did not read as a detail are kept under their own heading.
  const contactLines = (target: ContactTarget, details: Array<string | null | undefined> | null) => {
    const lines = draft.lines.filter((line) => line.target === target);
    const unread = lines.filter((line) => {
      const text = lineText(inputLines[line.line - 1] ?? '', line.markers);
      return text !== '' && (details === null || !isRead(text, details));
    });
    if (unread.length) {
      const heading = writtenHeading(draft.lines, target) ?? texts.sections[target === 'controller' ? 'controller' : 'contact'];
      const body = unread
        .map((line) => cleanLine(inputLines[line.line - 1]))
        .map((text) => (bulletText(text) === null ? text : `- ${bulletText(text)}`))
        .join('\n\n');
      keep(target, heading, body);
    }
    return new Set(unread.map((line) => line.line));
  };

  const controllerDetails = draft.controller && draft.controller.name ? draft.controller : null;
  if (draft.controller && !controllerDetails) warnings.push('The controller section names no controller: its text is kept as an extra section.');
  const unreadController = contactLines('controller', controllerDetails && controllerValues(controllerDetails));
  const person = draft.contactPerson && !isEmpty(definedFields(draft.contactPerson)) ? draft.contactPerson : null;
  const unreadPerson = contactLines('contactPerson', person && personValues(person));

  // Purposes and data categories: library entries where the text lists them, the section as written kept too.
  const purposes = draft.purposes.map((purpose, index): PlannedPurpose => {
    const name = purpose.title[locale]?.trim() ?? '';
    const choice = options.choices?.[index] ?? null;
    const legalBasis = choice?.legalBasis ?? purpose.legalBasis;
    const interest = choice?.legitimateInterest?.trim();
    const legitimateInterest = legalBasis === 'legitimate-interests' && interest ? { [locale]: interest, [defaultLanguage]: interest } : null;
    const create = legalBasis !== null && name !== '' && name.length <= maxName && (legalBasis !== 'legitimate-interests' || legitimateInterest !== null);
    if (!create) {
      const why =
        legalBasis === null
          ? 'the notice names no legal basis for it'
          : legalBasis === 'legitimate-interests' && !legitimateInterest
            ? 'it rests on legitimate interests but no interest is named'
            : `its title is empty or longer than ${maxName} characters`;
      warnings.push(`Purpose "${name}" was not created: ${why}. Choose it in the import preview or add it in the register.`);
    } else if (!choice) {
      warnings.push(`Purpose "${name}": legal basis "${legalBasis}" as the notice names it; check it.`);
    }
    return {
      title: inLanguages(name, required),
      description: purpose.description,
      legalBasis,
      legitimateInterest,
      legalBasisFrom: choice ? 'editor' : legalBasis ? 'text' : null,
      create,
    };
  });
  const dataCategories = draft.dataCategories.map((category): PlannedDataCategory => {
    const name = category.name[locale]?.trim() ?? '';
    const create = name !== '' && name.length <= maxName;
    if (!create) warnings.push(`Data category "${name.slice(0, 80)}…" was not created: its name is empty or longer than ${maxName} characters.`);
    // An example too long for the list stays in the section as written (kept below).
    const examples = (category.examples?.[locale] ?? []).filter((example) => example.length <= maxName);
    if (create && examples.length < (category.examples?.[locale]?.length ?? 0)) {
      warnings.push(`Data category "${name}": an example longer than ${maxName} characters was left out of its list.`);
    }
    return { name: inLanguages(name, required), examples: examples.length ? { [locale]: examples } : null, create };
  });
  for (const [target, sectionKey] of [['purposesText', 'purposes'], ['dataCategoriesText', 'dataContent']] as const) {
    const text = draft[target]?.[locale];
    if (!text) continue;
    // Text gathered from several sections already carries their headings in bold.
    const heading = (!text.startsWith('**') && writtenHeading(draft.lines, target)) || texts.sections[sectionKey];
    const kept = keep(target, heading, text);
    warnings.push(`The ${sectionKey === 'purposes' ? 'purpose' : 'data content'} section as written is kept as the extra section ${kept}: move what it says into the register and delete it.`);
  }

  const fieldOf = (line: ImportedLine): Pick<PlannedLine, 'field' | 'extraSection'> => {
    const { target } = line;
    const extra = (index: number | undefined) => ({ field: 'extraSections', extraSection: index });
    if (target.startsWith('extraSections.')) return extra(Number(target.slice('extraSections.'.length)));
    if (target.startsWith('fields.')) return { field: target.slice('fields.'.length) };
    if (target === 'legacyDates') return { field: 'legacyHistory' };
    if (target === 'purposesText') return { field: 'purposes', extraSection: keptIn.get(target) };
    if (target === 'dataCategoriesText') return { field: 'dataCategories', extraSection: keptIn.get(target) };
    if (target === 'controller' && unreadController.has(line.line)) return extra(keptIn.get(target));
    if (target === 'contactPerson' && unreadPerson.has(line.line)) return extra(keptIn.get(target));
    if (target === 'title' && keptIn.has('title')) return extra(keptIn.get('title'));
    return { field: target };
  };

  const legacy = draft.legacyDates;
  const register: Record<string, unknown> = {
    title: inLanguages(title, required),
    // A seloste describes all data in the register, from the data subject and from elsewhere.
    noticeKind: 'both',
    ...(person ? { contactPerson: definedFields(person) } : {}),
    ...draft.fields,
    extraSections,
    ...(legacy.createdOn || legacy.updates.length ? { legacyHistory: legacy } : {}),
  };

  return {
    title: register.title as TranslatableText,
    controller: controllerDetails && definedFields(controllerDetails),
    purposes,
    dataCategories,
    register,
    lines: draft.lines.map((line) => ({ ...line, ...fieldOf(line) })),
    warnings,
  };
}

function controllerValues(controller: ImportedController) {
  const { name, businessId, streetAddress, postalCode, city, email, phone, website } = controller;
  return [name, businessId, streetAddress, postalCode, city, email, phone, website];
}

function personValues(person: ImportedContactPerson) {
  return [person.name, person.email, person.phone, person.address];
}
