import type { LocalizedNotice } from '../../localize';
import type { LanguageCode } from '../../types';
import type { SupervisoryAuthority } from '../supervisory-authority';
import type { NoticeTexts } from '../texts';

/** What a section builder reads: the notice in one language and that language's wording. */
export interface SectionContext {
  notice: LocalizedNotice;
  texts: NoticeTexts;
  language: LanguageCode;
  defaultLanguage: LanguageCode;
  supervisoryAuthority: SupervisoryAuthority;
}

/** Builds a section's Markdown body; an empty string means the section has nothing to say. */
export type SectionBuilder = (context: SectionContext) => string;
