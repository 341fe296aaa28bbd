import type { LanguageCode, NoticeSnapshot, VersionSummary } from '../types';
import type { SupervisoryAuthority } from './supervisory-authority';

/** A published notice version and what surrounds it: everything the renderer needs, nothing from Strapi. */
export interface RenderInput {
  snapshot: NoticeSnapshot;
  version: number;
  /** Language to render; a language the snapshot lacks is served in its default language, as are fields without text in it. */
  locale: LanguageCode;
  /** Laadittu: the päivitetty date of version 1, `YYYY-MM-DD`. */
  createdOn: string;
  /** Päivitetty: the date of this version, `YYYY-MM-DD`. */
  updatedOn: string;
  /** The register's versions, newest first; those after `version` are not shown. */
  history: VersionSummary[];
  /** From plugin config; DEFAULT_SUPERVISORY_AUTHORITY (the Finnish one) when not given. */
  supervisoryAuthority?: SupervisoryAuthority | null;
}
