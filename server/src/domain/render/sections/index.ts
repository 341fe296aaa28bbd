import { editorMarkdown, escapeLine, hasValue } from '../markdown-text';
import type { TextSectionId } from '../texts';
import type { SectionBuilder, SectionContext } from './context';
import { dataContentSection, sourcesSection } from './data-content';
import { contactSection, controllerSection } from './parties';
import { purposesSection } from './purposes';
import { recipientsSection, transfersSection } from './recipients';
import { rightsSection } from './rights';

/** `extra-<n>` is the n:th (from 1) of the register's extraSections. */
export type SectionId = TextSectionId | `extra-${number}`;

/** One section as readers see it; shared by the HTML and Markdown output, the public JSON, diffs and the admin preview. */
export interface NoticeSection {
  id: SectionId;
  /** 1, 2, 3… over the sections shown; null for the unnumbered extra sections after them. */
  number: number | null;
  /** Plain text. */
  heading: string;
  /** The section's body as Markdown. */
  markdown: string;
}

const editorText = (pick: (notice: SectionContext['notice']) => string | null): SectionBuilder => ({ notice }) => {
  const text = pick(notice);
  return hasValue(text) ? editorMarkdown(text) : '';
};

interface SectionRule {
  id: TextSectionId;
  build: SectionBuilder;
  /** GDPR requires it: shown even when empty (with a standard text or the placeholder). */
  required?: boolean;
}

/**
 * The order of the rendered notice. The statutory or contractual requirement (Art 13(2)(e)) gets its own
 * section after automated decisions: it concerns the data as a whole rather than one purpose,
 * and a section of its own gives the diff and the completeness check a stable place to point to.
 */
const SECTION_RULES: SectionRule[] = [
  { id: 'controller', build: controllerSection, required: true },
  { id: 'contact', build: contactSection },
  { id: 'register', build: ({ notice }) => (hasValue(notice.title) ? escapeLine(notice.title) : '') },
  { id: 'purposes', build: purposesSection, required: true },
  { id: 'dataContent', build: dataContentSection },
  { id: 'sources', build: sourcesSection },
  { id: 'recipients', build: recipientsSection },
  { id: 'transfers', build: transfersSection, required: true },
  { id: 'retention', build: editorText((notice) => notice.retention), required: true },
  { id: 'security', build: editorText((notice) => notice.security) },
  {
    id: 'automatedDecisions',
    build: (context) => editorText((notice) => notice.automatedDecisions)(context) || context.texts.standard.noAutomatedDecisions,
  },
  { id: 'statutoryRequirement', build: editorText((notice) => notice.statutoryRequirement) },
  { id: 'rights', build: rightsSection, required: true },
  { id: 'cookies', build: editorText((notice) => notice.cookies) },
];

/** The sections to show, in order and numbered; sections with nothing to say are left out. */
export function buildSections(context: SectionContext): NoticeSection[] {
  const { texts } = context;
  const numbered = SECTION_RULES.map(({ id, build, required }) => ({
    id,
    heading: texts.sections[id],
    markdown: build(context) || (required ? texts.document.placeholder : ''),
  }))
    .filter((section) => section.markdown !== '')
    .map((section, i): NoticeSection => ({ ...section, number: i + 1 }));

  const extra = context.notice.extraSections
    .map((section, i): NoticeSection => ({
      id: `extra-${i + 1}`,
      number: null,
      heading: hasValue(section.title) ? section.title.trim() : texts.sections.extra,
      markdown: hasValue(section.body) ? editorMarkdown(section.body) : '',
    }))
    .filter((section) => section.markdown !== '');

  return [...numbered, ...extra];
}
