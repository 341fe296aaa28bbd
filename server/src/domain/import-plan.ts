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
import { warning, type ConfirmedAnswers, type ImportedContactPerson, type ImportedController, type ImportedLine, type ImportedRegisterDraft, type ImportWarning, type ProposedAnswers, type SectionSuggestion } from './import';
import { importDictionary } from './import/dictionary';
import { bulletText, cleanLine } from './import/lines';
import { headingAsWritten } from './import/patterns';
import { noticeTexts } from './render/texts';
import type { ExtraSection, LegalBasis, NoticeKind, TranslatableList, TranslatableText } from './types';

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
  /** The sentence of the notice that names the basis, for the editor to confirm. */
  legalBasisEvidence: string | null;
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
  /** Answers the text states, proposed for the register's explicit answers (see ProposedAnswers). */
  proposedAnswers: ProposedAnswers;
  /** Paragraphs to move to a field the register lacks, as section choices (see SectionSuggestion). */
  suggestedSections: SectionSuggestion[];
  /** Where the notice kind came from: read from the text (sources described or not) or chosen by the editor. */
  noticeKindFrom: 'text' | 'editor';
  warnings: ImportWarning[];
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
  /** The editor's notice kind; without it, it is read from the text. */
  noticeKind?: NoticeKind | null;
  /** The explicit answers the editor confirmed; the text's proposals alone are never applied. */
  answers?: ConfirmedAnswers | null;
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

/**
 * A contact line is read when every word of its value is in a detail, apart from the labels
 * ("Osoite:", "Y-tunnus", "puh.") the dictionary knows.
 */
function isRead(text: string, details: Array<string | null | undefined>, labelWords: Set<string>): boolean {
  const known = new Set(details.flatMap((detail) => words(detail ?? '')));
  // "tietosuoja(at)testi.fi" is the e-mail address read from it.
  const value = text.replace(/^[^:]{1,40}:\s*(?=\S)/, '').replace(/\s?[([]at[)\]]\s?/gi, '@');
  return words(value).every((word) => known.has(word) || labelWords.has(word));
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
  const warnings: ImportWarning[] = [];
  const { contactLabels, homeCountryNames } = importDictionary(locale).dictionary;
  // Words a contact line may hold besides its details: labels, and the name of the controller's country (read as "FI").
  const labelWords = new Set([...Object.values(contactLabels).flat(), ...homeCountryNames].flatMap(words));
  const inputLines = options.input.split(/\r\n|\r|\n/);
  const extraSections: ExtraSection[] = [...draft.extraSections];
  const keptIn = new Map<string, number>();
  const keep = (key: string, title: string, body: string) => {
    keptIn.set(key, extraSections.length);
    extraSections.push({ title: { [locale]: title }, body: { [locale]: body } });
    return title;
  };

  // Rekisterin nimi: required in the default language; a notice without one gets the generic title.
  let title = draft.title[locale]?.trim() ?? '';
  if (title.length > maxName) {
    keep('title', writtenHeading(draft.lines, 'title') ?? texts.sections.register, title);
    warnings.push(warning('titleTooLong', { max: maxName }));
    title = '';
  }
  if (!title) {
    title = texts.document.title;
    warnings.push(warning('genericTitle', { title }));
  }
  if (locale !== defaultLanguage) {
    warnings.push(warning('otherLanguage', { locale, defaultLanguage }));
  }

  // Contact lines the importer did not read as a detail are kept under their own heading.
  const contactLines = (target: ContactTarget, details: Array<string | null | undefined> | null) => {
    const lines = draft.lines.filter((line) => line.target === target);
    const unread = lines.filter((line) => {
      const text = lineText(inputLines[line.line - 1] ?? '', line.markers);
      return text !== '' && (details === null || !isRead(text, details, labelWords));
    });
    if (unread.length) {
      const heading = writtenHeading(draft.lines, target) ?? texts.sections[target === 'controller' ? 'controller' : 'contact'];
      const body = unread
        .map((line) => cleanLine(inputLines[line.line - 1]))
        .map((text) => (bulletText(text) === null ? text : `- ${bulletText(text)}`))
        .join('\n\n');
      const kept = keep(target, heading, body);
      // A controller section without a name is named once, below.
      if (details !== null) warnings.push(warning('contactLineUnread', { field: target, lines: unread.map((line) => line.line).join(', '), title: kept }));
    }
    return new Set(unread.map((line) => line.line));
  };

  const controllerDetails = draft.controller && draft.controller.name ? draft.controller : null;
  if (draft.controller && !controllerDetails) warnings.push(warning('controllerWithoutName'));
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
      warnings.push(
        legalBasis === null
          ? warning('purposeNoBasis', { title: name })
          : legalBasis === 'legitimate-interests' && !legitimateInterest
            ? warning('purposeNoInterest', { title: name })
            : warning('purposeTitleTooLong', { title: name.slice(0, 80), max: maxName }),
      );
    } else if (!choice) {
      warnings.push(warning('purposeBasisFromText', { title: name, legalBasis }));
    }
    return {
      title: inLanguages(name, required),
      description: purpose.description,
      legalBasis,
      legitimateInterest,
      legalBasisFrom: choice ? 'editor' : legalBasis ? 'text' : null,
      legalBasisEvidence: purpose.legalBasisEvidence,
      create,
    };
  });
  const dataCategories = draft.dataCategories.map((category): PlannedDataCategory => {
    const name = category.name[locale]?.trim() ?? '';
    const create = name !== '' && name.length <= maxName;
    if (!create) warnings.push(warning('dataCategoryNameTooLong', { name: name.slice(0, 80), max: maxName }));
    // An example too long for the list stays in the section as written (kept below).
    const examples = (category.examples?.[locale] ?? []).filter((example) => example.length <= maxName);
    if (create && examples.length < (category.examples?.[locale]?.length ?? 0)) {
      warnings.push(warning('exampleTooLong', { name, max: maxName }));
    }
    return { name: inLanguages(name, required), examples: examples.length ? { [locale]: examples } : null, create };
  });
  for (const [target, sectionKey] of [['purposesText', 'purposes'], ['dataCategoriesText', 'dataContent']] as const) {
    const text = draft[target]?.[locale];
    if (!text) continue;
    // Text gathered from several sections already carries their headings in bold.
    const heading = (!text.startsWith('**') && writtenHeading(draft.lines, target)) || texts.sections[sectionKey];
    const kept = keep(target, heading, text);
    const split = target === 'purposesText' ? draft.purposes.length : draft.dataCategories.length;
    warnings.push(warning('sectionKept', { field: target === 'purposesText' ? 'purposes' : 'dataCategories', title: kept, split }));
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
  // Described sources mean data also come from elsewhere (Art 14) besides the data subject (Art 13).
  const noticeKind: NoticeKind = options.noticeKind ?? (draft.fields.sources ? 'both' : 'art13');
  const register: Record<string, unknown> = {
    title: inLanguages(title, required),
    noticeKind,
    ...(person ? { contactPerson: definedFields(person) } : {}),
    ...draft.fields,
    extraSections,
    ...(legacy.createdOn || legacy.updates.length ? { legacyHistory: legacy } : {}),
    ...confirmedAnswers(options.answers),
  };

  return {
    title: register.title as TranslatableText,
    controller: controllerDetails && definedFields(controllerDetails),
    purposes,
    dataCategories,
    register,
    lines: draft.lines.map((line) => ({ ...line, ...fieldOf(line) })),
    proposedAnswers: draft.proposedAnswers,
    suggestedSections: draft.suggestedSections,
    noticeKindFrom: options.noticeKind ? 'editor' : 'text',
    warnings,
  };
}

/** The register fields of the answers the editor gave; an unanswered question stays out (null in the register). */
function confirmedAnswers(answers: ConfirmedAnswers | null | undefined): ConfirmedAnswers {
  return Object.fromEntries(Object.entries(answers ?? {}).filter(([, answer]) => typeof answer === 'string'));
}

function controllerValues(controller: ImportedController) {
  const { name, businessId, streetAddress, postalCode, city, email, phone, website } = controller;
  return [name, businessId, streetAddress, postalCode, city, email, phone, website];
}

function personValues(person: ImportedContactPerson) {
  return [person.name, person.email, person.phone, person.address];
}
