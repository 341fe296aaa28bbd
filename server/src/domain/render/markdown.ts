import { historyMarkdown } from './history';
import type { RenderInput } from './input';
import { escapeInline, escapeLine } from './markdown-text';
import { safeMarkdown } from './markdown-safety';
import { resolveNotice } from './notice';
import type { NoticeSection } from './sections';

/** "1. Rekisterinpitäjä", or just the heading for an unnumbered section, as Markdown. */
export function sectionTitle(section: NoticeSection): string {
  const heading = escapeInline(section.heading);
  return section.number === null ? heading : `${section.number}. ${heading}`;
}

/** The notice as one Markdown document, safe to render anywhere: editor text keeps its Markdown but no HTML. */
export function renderMarkdown(input: RenderInput): string {
  const notice = resolveNotice(input);
  const parts = [
    `# ${escapeInline(notice.title)}`,
    notice.intro,
    ...notice.sections.map((section) => `## ${sectionTitle(section)}\n\n${section.markdown}`),
    escapeLine(notice.dates.text),
    notice.history && `## ${escapeInline(notice.history.heading)}\n\n${historyMarkdown(notice.history)}`,
  ];
  return safeMarkdown(`${parts.filter(Boolean).join('\n\n')}\n`);
}
