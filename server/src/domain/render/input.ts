import type { LanguageCode, NoticeSnapshot } from '../types';
import type { HistoryEntry } from '../timeline';
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
  /** The päivitetty history to show, from `historyEntries` (domain/timeline.ts), in its order. */
  history: HistoryEntry[];
  /** How many entries the whole history has, when `history` holds only the newest of them. */
  historyTotal?: number;
  /** Where the whole history is listed (the paged versions), linked under a cut history. */
  historyUrl?: string;
  /** From plugin config; DEFAULT_SUPERVISORY_AUTHORITY (the Finnish one) when not given. */
  supervisoryAuthority?: SupervisoryAuthority | null;
}
