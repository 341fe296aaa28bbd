import { isCountryCode } from '../domain/countries';
import { isEmailAddress } from '../domain/email';

export interface SupervisoryAuthorityConfig {
  name: Record<string, string>;
  address?: string;
  email?: string;
  phone?: string;
  website?: string | Record<string, string>;
}

export interface PluginConfig {
  /** Languages notices are written in; the first-class one is defaultLanguage. */
  languages: string[];
  defaultLanguage: string;
  /** When true (default) the public notice routes are readable without login or API token. */
  publicApi: boolean;
  /** Time zone in which "today" is decided for a version's päivitetty date. */
  timeZone: string;
  /** Override of the supervisory authority shown in the rights section (default: the Finnish one). */
  supervisoryAuthority: SupervisoryAuthorityConfig | null;
  /** Country a controller is in when none is given. */
  defaultCountry: string;
  /** Seconds browsers and CDNs may reuse a public response (Cache-Control max-age). */
  cacheMaxAge: number;
  /** How many history entries (the newest) a notice response carries; the full list is paged at /versions. */
  historyLimit: number;
  /** Cron rule of the check that sends `privacy-notice.effective` when an announced version takes effect. */
  effectiveCheckRule: string;
  /** Entries in each page of a change-log feed (the newest first; older pages are linked). */
  feedSize: number;
  /** Bytes of finished responses and loaded versions each process keeps in memory. */
  cacheSize: number;
}

const LANGUAGE = /^[a-z]{2,3}$/;

export default {
  default: {
    languages: ['fi', 'sv', 'en'],
    defaultLanguage: 'fi',
    publicApi: true,
    timeZone: 'Europe/Helsinki',
    supervisoryAuthority: null,
    defaultCountry: 'FI',
    cacheMaxAge: 60,
    historyLimit: 10,
    effectiveCheckRule: '* * * * *',
    feedSize: 50,
    cacheSize: 64 * 2 ** 20,
  } satisfies PluginConfig,

  validator(config: PluginConfig) {
    if (!Array.isArray(config.languages) || config.languages.length === 0 || !config.languages.every((l) => LANGUAGE.test(l))) {
      throw new Error('privacy-notices: `languages` must be a non-empty list of ISO 639 codes such as ["fi", "sv", "en"]');
    }
    if (!config.languages.includes(config.defaultLanguage)) {
      throw new Error('privacy-notices: `defaultLanguage` must be one of `languages`');
    }
    if (typeof config.publicApi !== 'boolean') {
      throw new Error('privacy-notices: `publicApi` must be true or false');
    }
    try {
      new Intl.DateTimeFormat('en', { timeZone: config.timeZone });
    } catch {
      throw new Error(`privacy-notices: unknown \`timeZone\` "${config.timeZone}"`);
    }
    if (!isCountryCode(config.defaultCountry)) {
      throw new Error('privacy-notices: `defaultCountry` must be an ISO 3166-1 alpha-2 code such as "FI"');
    }
    const authorityEmail = config.supervisoryAuthority?.email;
    if (authorityEmail !== undefined && authorityEmail !== null && !isEmailAddress(authorityEmail)) {
      throw new Error('privacy-notices: `supervisoryAuthority.email` must be an e-mail address such as tietosuoja@om.fi');
    }
    if (!Number.isInteger(config.cacheMaxAge) || config.cacheMaxAge < 0) {
      throw new Error('privacy-notices: `cacheMaxAge` must be a whole number of seconds (0 or more)');
    }
    if (!Number.isInteger(config.historyLimit) || config.historyLimit < 1 || config.historyLimit > 1000) {
      throw new Error('privacy-notices: `historyLimit` must be a whole number of history entries from 1 to 1000');
    }
    if (typeof config.effectiveCheckRule !== 'string' || !/^\S+( \S+){4,5}$/.test(config.effectiveCheckRule.trim())) {
      throw new Error('privacy-notices: `effectiveCheckRule` must be a cron rule such as "* * * * *" (every minute)');
    }
    if (!Number.isInteger(config.feedSize) || config.feedSize < 1 || config.feedSize > 1000) {
      throw new Error('privacy-notices: `feedSize` must be a whole number of entries from 1 to 1000');
    }
    if (!Number.isInteger(config.cacheSize) || config.cacheSize < 2 ** 20) {
      throw new Error('privacy-notices: `cacheSize` must be a whole number of bytes, at least 1048576 (1 MiB)');
    }
  },
};
