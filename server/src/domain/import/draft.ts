/**
 * One register's sections turned into a draft: each field's text as Markdown, contact details
 * read, lists split into purposes and categories, laadittu/päivitetty dates collected.
 */
import { uniq } from 'lodash';
import type { TranslatableText } from '../types';
import type { AnswerProposer, AnswerSection } from './answers';
import type { ContactReading } from './contact';
import type { HeadingMatcher } from './headings';
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
  SectionSuggestion,
  TextField,
} from './types';
import { warning, type ImportWarning } from './warnings';

export interface DraftContext {
  locale: string;
  dictionary: ImportDictionary;
  readContact: (lines: SourceLine[]) => ContactReading;
  proposeAnswers: AnswerProposer;
  suggestSections: (pieces: Piece[]) => SectionSuggestion[];
  transferTerms: RegExp[];
  matchHeading: HeadingMatcher;
}

/**
 * The Markdown of the pieces for one path. Text from several sections keeps their headings in
 * bold, and so does a section whose heading says more than the dictionary's wording (a `*`
 * variant recognised it): no word of the notice is dropped. A section with no text keeps its
 * heading too, unless the heading is only the dictionary's wording (the field is then empty, and
 * the completeness report says so).
 */
function markdownOf(pieces: Piece[]): string {
  const merged = uniq(pieces.map((piece) => piece.section)).length > 1;
  const parts = pieces
    .map((piece) => {
      const { section } = piece;
      const firstText = section.blocks.find(hasText);
      // A section split between fields (disclosures, transfers) keeps its heading once, with its first text.
      const own = firstText === undefined || piece.blocks.includes(firstText);
      const markdown = blocksToMarkdown(piece.blocks);
      const heading = section.heading && own && (!section.exact || (merged && markdown)) ? `**${section.heading}**` : '';
      return [heading, markdown].filter(Boolean).join('\n\n');
    })
    .filter(Boolean);
  return parts.join('\n\n');
}

/** The invalid Y-tunnus is named here; a line the reader did not understand is named by the plan, which keeps it. */
function contactWarnings(reading: ContactReading): ImportWarning[] {
  return reading.invalidBusinessIds.map(({ line, value }) => warning('invalidBusinessId', { line, value }));
}

function extraWarning(section: Section, untitled: string): ImportWarning | null {
  const numbers = [...section.headingLines, ...section.blocks.flat()].map((line) => line.number);
  if (section.target !== null) return null;
  if (section.heading !== null) return warning('unknownHeading', { line: numbers[0], heading: section.heading });
  return warning('looseText', { from: numbers[0], to: numbers[numbers.length - 1], title: untitled });
}

/** The title line before a register's first recognised section, e.g. "Asiakas- ja markkinointirekisteri". */
function introHeading(register: Section[]): string | null {
  const firstRecognised = register.findIndex((section) => section.target !== null);
  const intro = register.slice(0, firstRecognised < 0 ? register.length : firstRecognised).filter((s) => s.heading);
  return intro.length ? (intro[intro.length - 1].heading as string) : null;
}

/**
 * The "Rekisterin nimi" paragraph; else the heading of the name section when it is no heading the
 * dictionary knows — the editor made the name itself the heading ("Kurssirekisteri"); else the
 * register's own title line. Without any, the plan gives the generic title and says so.
 */
function titleOf(register: Section[], nameBlock: SourceLine[] | undefined, warnings: ImportWarning[], matchHeading: HeadingMatcher): string {
  const name = nameBlock ? plainText(nameBlock).replace(/\.$/, '') : '';
  if (name) return name;
  const named = register.find((section) => section.target === 'title' && section.heading && matchHeading(section.heading) === null);
  if (named?.heading) return named.heading;
  const heading = introHeading(register);
  if (heading) warnings.push(warning('titleFromHeading', { heading }));
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

/** The transfers sections whose text went wholly to the transfers field, with their headings: "Ei." there answers. */
function transferSections(pieces: Piece[]): AnswerSection[] {
  return pieces
    .filter((piece) => piece.section.blocks.filter(hasText).every((block) => piece.blocks.includes(block)))
    .map((piece) => ({ heading: piece.section.heading, blocks: piece.blocks }));
}

export function buildDraft(register: Section[], ctx: DraftContext): { draft: ImportedRegisterDraft; warnings: ImportWarning[] } {
  const { locale, dictionary } = ctx;
  const warnings: ImportWarning[] = [];
  const pieces = route(register, ctx.transferTerms, warnings);
  const at = (path: string) => pieces.filter((piece) => piece.path === path);
  const blocksAt = (path: string) => at(path).flatMap((piece) => piece.blocks);
  const text = (path: string): TranslatableText | null => {
    const markdown = markdownOf(at(path));
    return markdown ? { [locale]: markdown } : null;
  };

  const title = titleOf(register, blocksAt('title').find(hasText), warnings, ctx.matchHeading);
  const readContact = (path: 'controller' | 'contactPerson') => {
    if (!at(path).length) return null;
    const reading = ctx.readContact(blocksAt(path).flat());
    warnings.push(...contactWarnings(reading));
    return reading;
  };
  const controllerReading = readContact('controller');
  if (!controllerReading) warnings.push(warning('noController'));
  const contactPersonReading = readContact('contactPerson');

  const purposesText = text('purposesText');
  const purposes = purposesFrom(blocksAt('purposesText').flatMap(readElements), dictionary, locale);
  const dataCategoriesText = text('dataCategoriesText');
  const dataCategories = dataCategoriesFrom(blocksAt('dataCategoriesText').flatMap(readElements), dictionary, locale);

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
  warnings.push(...extras.flatMap((piece) => extraWarning(piece.section, dictionary.untitledSection) ?? []));

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
    // Contact details state no answers; a list of data ("profilointitiedot") states no decisions.
    proposedAnswers: ctx.proposeAnswers(
      pieces.filter((piece) => !['controller', 'contactPerson', 'title'].includes(piece.path)).flatMap((piece) => piece.blocks),
      [...blocksAt('fields.automatedDecisions'), ...blocksAt('purposesText')],
      transferSections(at('fields.transfersText')),
    ),
    suggestedSections: ctx.suggestSections(pieces),
    lines: linesOf(pieces),
  };
  return { draft, warnings };
}
