import { NOTICE_SECTION_IDS, sectionNumbers, type NoticeSectionId } from '../../sections';
import { blocks, editorMarkdown, escapeLine, hasValue } from '../markdown-text';
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
  /**
   * GDPR requires it of this notice: shown even when empty, with the placeholder, so that a gap is
   * visible and numbered like every other, never silently left out.
   */
  required?: (notice: SectionContext['notice']) => boolean;
}

const always = () => true;
/** Asked of data collected from the data subject (Art 13). */
const ofArt13 = (notice: SectionContext['notice']) => notice.noticeKind !== 'art14';
/** Asked of data obtained elsewhere (Art 14). */
const ofArt14 = (notice: SectionContext['notice']) => notice.noticeKind !== 'art13';

/**
 * 11 Automaattinen päätöksenteko (Art 13(2)(f)): "none" says so; "yes" says so with the logic
 * involved and the significance and consequences; without an answer only an older version's own
 * text, if any.
 */
const automatedDecisionsSection: SectionBuilder = ({ notice, texts }) => {
  const logic = hasValue(notice.automatedDecisions) ? editorMarkdown(notice.automatedDecisions) : '';
  const consequences = hasValue(notice.automatedDecisionsConsequences) ? editorMarkdown(notice.automatedDecisionsConsequences) : '';
  switch (notice.automatedDecisionMaking) {
    case 'none':
      return blocks(texts.standard.noAutomatedDecisions, logic);
    case 'yes':
      return blocks(
        texts.standard.automatedDecisionsYes,
        logic && `### ${texts.fields.automatedLogic}\n\n${logic}`,
        consequences && `### ${texts.fields.automatedConsequences}\n\n${consequences}`,
      );
    default:
      return blocks(logic, consequences);
  }
};

/**
 * What each section says. Their order is the notice's (domain/sections.ts). The statutory or
 * contractual requirement (Art 13(2)(e)) has a section of its own after automated decisions: it
 * concerns the data as a whole rather than one purpose, and a section of its own gives the diff
 * and the completeness check a stable place to point to.
 */
const SECTION_RULES: Record<NumberedSectionId, SectionRule> = {
  controller: { build: controllerSection, required: always },
  contact: { build: contactSection },
  register: { build: ({ notice }) => (hasValue(notice.title) ? escapeLine(notice.title) : '') },
  purposes: { build: purposesSection, required: always },
  dataContent: { build: dataContentSection, required: ofArt14 },
  sources: { build: sourcesSection, required: ofArt14 },
  recipients: { build: recipientsSection, required: always },
  transfers: { build: transfersSection, required: always },
  retention: { build: editorText((notice) => notice.retention), required: always },
  security: { build: editorText((notice) => notice.security) },
  automatedDecisions: { build: automatedDecisionsSection, required: always },
  statutoryRequirement: { build: editorText((notice) => notice.statutoryRequirement), required: ofArt13 },
  rights: { build: rightsSection, required: always },
  cookies: { build: editorText((notice) => notice.cookies) },
};

const NUMBERED_SECTIONS = NOTICE_SECTION_IDS.filter((id): id is NumberedSectionId => id !== 'extra');

/** The sections to show, in order and numbered; sections with nothing to say are left out. */
export function buildSections(context: SectionContext): NoticeSection[] {
  const { texts } = context;
  const shown = NUMBERED_SECTIONS.map((id) => ({
    id,
    heading: texts.sections[id],
    markdown: SECTION_RULES[id].build(context) || (SECTION_RULES[id].required?.(context.notice) ? texts.document.placeholder : ''),
  })).filter((section) => section.markdown !== '');
  const numbers = sectionNumbers(shown.map((section) => section.id));
  const numbered = shown.map((section): NoticeSection => ({ ...section, number: numbers.get(section.id) ?? null }));

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
