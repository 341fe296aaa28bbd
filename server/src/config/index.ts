import { isCountryCode } from '../domain/countries';

export interface SupervisoryAuthorityConfig {
  name: Record<string, string>;
  address?: string;
  email?: string;
  phone?: string;
  website?: string;
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
    if (!Number.isInteger(config.cacheMaxAge) || config.cacheMaxAge < 0) {
      throw new Error('privacy-notices: `cacheMaxAge` must be a whole number of seconds (0 or more)');
    }
  },
};
