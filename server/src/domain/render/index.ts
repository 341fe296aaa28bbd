/**
 * The notice renderer: a published version (snapshot + dates + history) into sections, Markdown
 * and sanitised HTML in fi, sv or en. Plain functions on plain data; no Strapi here.
 */
export { formatNoticeDate } from './dates';
export type { HistoryRow, NoticeHistory } from './history';
export { renderHtml } from './html';
export type { RenderInput } from './input';
export { renderMarkdown } from './markdown';
export { resolveNotice, resolveSections, type ResolvedNotice } from './notice';
export type { NoticeSection, SectionId } from './sections';
export { restsOnConsent } from './sections/rights';
export {
  DEFAULT_SUPERVISORY_AUTHORITY,
  type SupervisoryAuthority,
  type TextOrTranslations,
} from './supervisory-authority';
export { fillTemplate, NOTICE_TEXTS, noticeTexts, type NoticeTexts } from './texts';
