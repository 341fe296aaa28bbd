/**
 * An imported register as readers would see it — its current snapshot rendered by the same
 * renderer the public API uses — and the check that every input line made it there.
 */
import MarkdownIt from 'markdown-it';
import type { Core } from '@strapi/strapi';
import { createdOnWithLegacy } from '../../../server/src/domain/legacy-history';
import { importDictionary } from '../../../server/src/domain/import/dictionary';
import { lostHeadings } from '../../../server/src/domain/import/coverage';
import { bulletText, cleanLine } from '../../../server/src/domain/import/lines';
import { REGISTER_FIELDS } from '../../../server/src/domain/register-fields';
import { buildSnapshot } from '../../../server/src/domain/snapshot';
import { pluginConfig } from '../../../server/src/config/access';
import { getService } from '../../../server/src/services/get-service';
import { renderMarkdown, resolveSections, type NoticeSection } from '../../../server/src/domain/render';
import type { NoticeSnapshot } from '../../../server/src/domain/types';

export interface ImportLine {
  line: number;
  register: number;
  field: string;
  extraSection?: number;
  markers?: string[];
  text: string;
}

const markdown = new MarkdownIt();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees in some Markdown: no markup, no escapes. */
export function plainText(source: string): string {
  const blocks = markdown
    .parse(source, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        // Markup (emphasis, links) adds no text; a line break reads as a space.
        .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type.endsWith('break') ? ' ' : ''))
        .join(''),
    );
  return squash(blocks.join(' '));
}

/** The snapshot publishing the register now would store. */
export async function currentSnapshot(strapi: Core.Strapi, documentId: string): Promise<NoticeSnapshot> {
  const register = await getService(strapi, 'library').load('registers', documentId);
  return buildSnapshot(register, pluginConfig(strapi));
}

/** The notice in `locale` (default: the notice's default language). */
export function rendered(snapshot: NoticeSnapshot, locale = snapshot.defaultLanguage) {
  const today = new Date().toISOString().slice(0, 10);
  const input = {
    snapshot,
    version: 1,
    locale,
    createdOn: createdOnWithLegacy(snapshot.legacyHistory, today) as string,
    updatedOn: today,
    history: [],
  };
  return { markdown: renderMarkdown(input), sections: resolveSections(input) };
}

/** Where a field's text is shown: the notice section of the field, or the extra section it was kept in. */
function sectionIdOf(line: ImportLine): string | null {
  if (line.extraSection !== undefined) return `extra-${line.extraSection + 1}`;
  return REGISTER_FIELDS.find((field) => field.name === line.field)?.section ?? null;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when the words of `needle` appear one after another in `haystack`. */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${words(haystack).join(' ')} `.includes(` ${words(needle).join(' ')} `);
}

const DATE_MARKER = /^(laadittu|päivitetty|uppdaterad|upprättad|last updated|updated|created)/i;

/** The words of the contact labels the importer reads as labels, e.g. "puh", "y", "tunnus". */
function contactLabelWords(locale: string): string[] {
  const { dictionary } = importDictionary(locale);
  return Object.values(dictionary.contactLabels)
    .flat()
    .map((label) => label.toLowerCase());
}

/** "puh. 040 123" → "040 123": a leading label the importer reads as such. */
function withoutLabel(text: string, labels: string[]): string {
  const lower = text.toLowerCase();
  const label = labels.filter((l) => lower.startsWith(l) && /^[\s.:]/.test(text.slice(l.length))).sort((a, b) => b.length - a.length)[0];
  return label ? text.slice(label.length).replace(/^[\s.:]+/, '') : text;
}

function isoDates(marker: string): string[] {
  return [...marker.matchAll(/(\d{1,2})\.(\d{1,2})\.(\d{4})/g)].map(
    ([, d, m, y]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
  );
}

/**
 * The input lines of one register that its rendered notice does not show. A line's text must be
 * in the section it was mapped to. What the importer read as structure is checked as structure:
 * a heading by its section being shown, a date by the register's legacy history, a contact label
 * ("Puhelin:") by its value in the contact section.
 */
export function missingLines(input: string, lines: ImportLine[], snapshot: NoticeSnapshot, locale = snapshot.defaultLanguage): string[] {
  const { sections } = rendered(snapshot, locale);
  const contactLabels = contactLabelWords(locale);
  const byId = new Map<string, NoticeSection>(sections.map((section) => [section.id, section]));
  const raw = input.split(/\r\n|\r|\n/);
  const legacy = [snapshot.legacyHistory?.createdOn, ...(snapshot.legacyHistory?.updates ?? [])];
  const problems: string[] = [];

  for (const line of lines) {
    // The document's own title ("Rekisteri- ja tietosuojaseloste"): every rendered notice has its own.
    if (line.field === 'documentTitle') continue;
    const id = sectionIdOf(line);
    const section = id ? byId.get(id) : undefined;
    const shown = section ? plainText(`${section.heading}\n\n${section.markdown}`) : '';
    let text = cleanLine(raw[line.line - 1]);
    for (const marker of line.markers ?? []) {
      text = text.replace(marker, ' ');
      if (DATE_MARKER.test(marker)) {
        const dates = isoDates(marker);
        if (!dates.length || dates.some((date) => !legacy.includes(date))) problems.push(`${line.line}: date "${marker}" not in legacyHistory`);
      } else if (!section || section.markdown.trim() === '') {
        problems.push(`${line.line}: heading "${marker}" but no ${id ?? line.field} section is shown`);
      }
    }
    text = squash(text);
    text = squash(bulletText(text) ?? text);
    if (!text) continue;
    if (line.field === 'controller' || line.field === 'contactPerson') {
      // A contact card on one line is checked part by part, each without its label ("Y-tunnus", "puh.").
      const parts = text.split(/,\s+|\s*[()]\s*/).filter(Boolean);
      for (const part of parts) {
        const value = withoutLabel(part.replace(/^[^:]{1,40}:\s*(?=\S)/, ''), contactLabels);
        if (!containsWords(shown, value)) problems.push(`${line.line}: "${value}" not in the ${id} section`);
      }
    } else if (!shown.includes(plainText(line.field === 'title' ? text.replace(/\.$/, '') : text))) {
      // A register name is shown without the full stop some notices end it with.
      problems.push(`${line.line}: "${text}" not in the ${id ?? line.field} section`);
    }
  }
  // A heading that is no wording of the dictionary (a list item read as one, say) must be shown in its section.
  const shownIn = (heading: string, [line]: ImportLine[]) => {
    const section = byId.get(sectionIdOf(line) ?? '');
    return section !== undefined && containsWords(plainText(`${section.heading}\n\n${section.markdown}`), heading);
  };
  const placeOf = (line: ImportLine) => (line.extraSection === undefined ? line.field : `extra-${line.extraSection}`);
  for (const { line, text } of lostHeadings(input, lines, shownIn, placeOf)) problems.push(`${line}: heading "${text}" is no wording of the dictionary and is not shown`);
  return problems;
}
