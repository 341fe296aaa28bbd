import { localizeSnapshot, servedLanguage } from '../localize';
import type { LanguageCode } from '../types';
import { formatNoticeDate } from './dates';
import { resolveHistory, type NoticeHistory } from './history';
import type { RenderInput } from './input';
import { buildSections, type NoticeSection } from './sections';
import { DEFAULT_SUPERVISORY_AUTHORITY } from './supervisory-authority';
import { fillTemplate, noticeTexts } from './texts';

/** A notice version resolved into one language: the model both the HTML and the Markdown are written from. */
export interface ResolvedNotice {
  /** The language served (the one asked for, or the snapshot's default when it lacks it). */
  language: LanguageCode;
  /** Plain text, e.g. "Rekisteri- ja tietosuojaseloste: Asiakasrekisteri". */
  title: string;
  /** Markdown: what the notice is and which GDPR article it answers. */
  intro: string;
  sections: NoticeSection[];
  /** `text` is plain: "Laadittu 24.5.2018. Päivitetty 6.6.2018." */
  dates: { createdOn: string; updatedOn: string; text: string };
  history: NoticeHistory | null;
  /** Fields shown in the default language because they have no text in `language`. */
  untranslated: string[];
}

export function resolveNotice(input: RenderInput): ResolvedNotice {
  const { snapshot } = input;
  const language = servedLanguage(snapshot, input.locale);
  const texts = noticeTexts(language);
  const { notice, untranslated } = localizeSnapshot(snapshot, language);
  const context = {
    notice,
    texts,
    language,
    defaultLanguage: snapshot.defaultLanguage,
    supervisoryAuthority: input.supervisoryAuthority ?? DEFAULT_SUPERVISORY_AUTHORITY,
  };

  const date = (isoDate: string) => formatNoticeDate(isoDate, texts.dateFormat, language);
  const created = date(input.createdOn);
  const updated = date(input.updatedOn);
  // Version 1 (or a re-publish on the same day) has nothing to say beyond "laadittu".
  const datesTemplate = input.createdOn === input.updatedOn ? texts.dates.createdOnly : texts.dates.createdAndUpdated;

  return {
    language,
    title: notice.title?.trim()
      ? fillTemplate(texts.document.titleWithRegister, { register: notice.title.trim() })
      : texts.document.title,
    intro: texts.document.intro[snapshot.noticeKind] ?? texts.document.intro.both,
    sections: buildSections(context),
    dates: { createdOn: created, updatedOn: updated, text: fillTemplate(datesTemplate, { created, updated }) },
    history: resolveHistory(input.history, texts, language, snapshot.defaultLanguage, { total: input.historyTotal, url: input.historyUrl }),
    untranslated,
  };
}

/** The sections of a notice version in one language, in order. */
export function resolveSections(input: RenderInput): NoticeSection[] {
  return resolveNotice(input).sections;
}
