/** The admin preview as JSON (`GET /registers/:documentId/preview?format=json`): what publishing now would show a reader of one language. */
import type { NoticeSection } from '../domain/render';

export interface PreviewInfo {
  locale: string;
  availableLocales: string[];
  version: number;
  createdOn: string;
  updatedOn: string;
  title: string;
  html: string;
  markdown: string;
  sections: NoticeSection[];
  /** Paths of the texts shown in the default language because they have none in `locale` (`title`, `purposes.0.title`). */
  untranslated: string[];
  latestVersion: number | null;
  /** True when the saved state is the latest version's: there is nothing to publish. */
  unchanged: boolean;
}
