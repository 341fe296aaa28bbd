import { NOTICE_SECTION_IDS, type NoticeSectionId } from '../../sections';
import { editorMarkdown, escapeLine, hasValue } from '../markdown-text';
import type { SectionBuilder, SectionContext } from './context';
import { dataContentSection, sourcesSection } from './data-content';
import { contactSection, controllerSection } from './parties';
import { purposesSection } from './purposes';
import { recipientsSection, transfersSection } from './recipients';
import { rightsSection } from './rights';

/** The sections numbered 1, 2, 3 … in the notice; the register's extraSections follow them unnumbered. */
type NumberedSectionId = Exclude<NoticeSectionId, 'extra'>;

/** `extra-<n>` is the n:th (from 1) of the register's extraSections. */
export type SectionId = NumberedSectionId | `extra-${number}`;

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
  build: SectionBuilder;
  /** GDPR requires it: shown even when empty (with a standard text or the placeholder). */
  required?: boolean;
}

/**
 * What each section says. Their order is the notice's (domain/sections.ts). The statutory or
 * contractual requirement (Art 13(2)(e)) has a section of its own after automated decisions: it
 * concerns the data as a whole rather than one purpose, and a section of its own gives the diff
 * and the completeness check a stable place to point to.
 */
const SECTION_RULES: Record<NumberedSectionId, SectionRule> = {
  controller: { build: controllerSection, required: true },
  contact: { build: contactSection },
  register: { build: ({ notice }) => (hasValue(notice.title) ? escapeLine(notice.title) : '') },
  purposes: { build: purposesSection, required: true },
  dataContent: { build: dataContentSection },
  sources: { build: sourcesSection },
  recipients: { build: recipientsSection },
  transfers: { build: transfersSection, required: true },
  retention: { build: editorText((notice) => notice.retention), required: true },
  security: { build: editorText((notice) => notice.security) },
  automatedDecisions: {
    build: (context) => editorText((notice) => notice.automatedDecisions)(context) || context.texts.standard.noAutomatedDecisions,
  },
  statutoryRequirement: { build: editorText((notice) => notice.statutoryRequirement) },
  rights: { build: rightsSection, required: true },
  cookies: { build: editorText((notice) => notice.cookies) },
};

const NUMBERED_SECTIONS = NOTICE_SECTION_IDS.filter((id): id is NumberedSectionId => id !== 'extra');

/** The sections to show, in order and numbered; sections with nothing to say are left out. */
export function buildSections(context: SectionContext): NoticeSection[] {
  const { texts } = context;
  const numbered = NUMBERED_SECTIONS.map((id) => ({
    id,
    heading: texts.sections[id],
    markdown: SECTION_RULES[id].build(context) || (SECTION_RULES[id].required ? texts.document.placeholder : ''),
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
