/** `GET /privacy-notices/settings`: what the admin pages need of the plugin's configuration. Type-only. */
export interface Settings {
  languages: string[];
  defaultLanguage: string;
  publicApi: boolean;
  /** The IANA time zone the plugin reads calendar dates in (e.g. `Europe/Helsinki`). */
  timeZone: string;
}
