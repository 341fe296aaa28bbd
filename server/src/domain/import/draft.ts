/**
 * One register's sections turned into a draft: each field's text as Markdown, contact details
 * read, lists split into purposes and categories, laadittu/päivitetty dates collected.
 */
import { uniq } from 'lodash';
import type { TranslatableText } from '../types';
import type { ContactReading } from './contact';
import { legacyDatesOf } from './dates';
import { hasText } from './lines';
import type { SourceLine } from './lines';
import { dataCategoriesFrom, purposesFrom } from './lists';
import { blocksToMarkdown, plainText, readElements } from './markdown';
import { linesOf, route } from './routing';
import type { Piece } from './routing';
import type { Section } from './segment';
import { TEXT_FIELDS } from './types';
import type {
  ImportDictionary,
  ImportedContactPerson,
  ImportedController,
  ImportedRegisterDraft,
  TextField,
} from './types';

export interface DraftContext {
  locale: string;
  dictionary: ImportDictionary;
  readContact: (lines: SourceLine[]) => ContactReading;
  transferTerms: RegExp[];
}

/** The Markdown of the pieces for one path; text from several sections keeps their headings in bold. */
function markdownOf(pieces: Piece[]): string {
  const parts = pieces
    .map((piece) => ({ heading: piece.section.heading, markdown: blocksToMarkdown(piece.blocks) }))
    .filter((part) => part.markdown);
  const merged = uniq(pieces.map((piece) => piece.section)).length > 1;
  return parts.map((part) => (merged && part.heading ? `**${part.heading}**\n\n${part.markdown}` : part.markdown)).join('\n\n');
}

function contactWarnings(reading: ContactReading, where: string): string[] {
  return [
    ...reading.unread.map(
      (line) => `Line ${line.number}: "${line.text}" in the ${where} section is no contact detail the importer knows; it is kept in ${where}Text.`,
    ),
    ...reading.invalidBusinessIds.map(
      ({ line, value }) => `Line ${line}: Y-tunnus ${value} has an invalid check digit and was not taken as the business id.`,
    ),
  ];
}

function extraWarning(section: Section, untitled: string): string {
  const numbers = [...section.headingLines, ...section.blocks.flat()].map((line) => line.number);
  if (section.target !== null) return '';
  if (section.heading !== null) {
    return `Line ${numbers[0]}: "${section.heading}" is not a recognised section heading; its text is kept as an extra section.`;
  }
  const range = numbers.length > 1 ? `Lines ${numbers[0]}–${numbers[numbers.length - 1]}` : `Line ${numbers[0]}`;
  return `${range}: text outside any recognised section is kept as the extra section "${untitled}".`;
}

/** The title line before a register's first recognised section, e.g. "Asiakas- ja markkinointirekisteri". */
function introHeading(register: Section[]): string | null {
  const firstRecognised = register.findIndex((section) => section.target !== null);
  const intro = register.slice(0, firstRecognised < 0 ? register.length : firstRecognised).filter((s) => s.heading);
  return intro.length ? (intro[intro.length - 1].heading as string) : null;
}

/** The "Rekisterin nimi" paragraph, else the register's own title line. */
function titleOf(register: Section[], nameBlock: SourceLine[] | undefined, warnings: string[]): string {
  const name = nameBlock ? plainText(nameBlock).replace(/\.$/, '') : '';
  if (name) return name;
  const heading = introHeading(register);
  warnings.push(
    heading
      ? `No register name section: the title was taken from the heading line "${heading}".`
      : 'No register name (rekisterin nimi) found: the draft has no title.',
  );
  return heading ?? '';
}

function controllerOf({ details }: ContactReading): ImportedController {
  const { name, businessId, streetAddress, postalCode, city, email, phone, website } = details;
  return { name, businessId, streetAddress, postalCode, city, country: 'FI', email, phone, website };
}

function contactPersonOf({ details }: ContactReading): ImportedContactPerson {
  const { name, email, phone, streetAddress, postalCode, city } = details;
  const address = [streetAddress, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null;
  return { name, email, phone, address };
}

export function buildDraft(register: Section[], ctx: DraftContext): { draft: ImportedRegisterDraft; warnings: string[] } {
  const { locale, dictionary } = ctx;
  const warnings: string[] = [];
  const pieces = route(register, ctx.transferTerms, warnings);
  const at = (path: string) => pieces.filter((piece) => piece.path === path);
  const blocksAt = (path: string) => at(path).flatMap((piece) => piece.blocks);
  const text = (path: string): TranslatableText | null => {
    const markdown = markdownOf(at(path));
    return markdown ? { [locale]: markdown } : null;
  };

  const title = titleOf(register, blocksAt('title').find(hasText), warnings);
  const readContact = (path: 'controller' | 'contactPerson') => {
    if (!at(path).length) return null;
    const reading = ctx.readContact(blocksAt(path).flat());
    warnings.push(...contactWarnings(reading, path));
    return reading;
  };
  const controllerReading = readContact('controller');
  if (!controllerReading) warnings.push('No controller (rekisterinpitäjä) section found.');
  const contactPersonReading = readContact('contactPerson');

  const purposesText = text('purposesText');
  const purposes = purposesFrom(blocksAt('purposesText').flatMap(readElements), dictionary, locale);
  if (purposesText && !purposes.length) {
    warnings.push('The purpose section has no list to split into purposes: its text is kept in purposesText.');
  }
  const dataCategoriesText = text('dataCategoriesText');
  const dataCategories = dataCategoriesFrom(blocksAt('dataCategoriesText').flatMap(readElements), dictionary, locale);
  if (dataCategoriesText && !dataCategories.length) {
    warnings.push('The data content section has no list to split into data categories: its text is kept in dataCategoriesText.');
  }

  const fields: Partial<Record<TextField, TranslatableText>> = {};
  for (const field of TEXT_FIELDS) {
    const value = text(`fields.${field}`);
    if (value) fields[field] = value;
  }

  const extras = pieces.filter((piece) => piece.path.startsWith('extraSections.'));
  const extraSections = extras.map((piece) => ({
    title: { [locale]: piece.section.heading ?? dictionary.untitledSection },
    body: { [locale]: blocksToMarkdown(piece.blocks) },
  }));
  warnings.push(...extras.map((piece) => extraWarning(piece.section, dictionary.untitledSection)).filter(Boolean));

  const draft: ImportedRegisterDraft = {
    title: title ? { [locale]: title } : {},
    controller: controllerReading && controllerOf(controllerReading),
    controllerText: text('controller'),
    contactPerson: contactPersonReading && contactPersonOf(contactPersonReading),
    contactPersonText: text('contactPerson'),
    purposes,
    purposesText,
    dataCategories,
    dataCategoriesText,
    fields,
    extraSections,
    legacyDates: legacyDatesOf(register.flatMap((section) => [...section.headingLines, ...section.blocks.flat()])),
    lines: linesOf(pieces),
  };
  return { draft, warnings };
}
