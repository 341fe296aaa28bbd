/** `GET /privacy-notices/settings`: what the admin pages need of the plugin's configuration. Type-only. */
export interface Settings {
  languages: string[];
  defaultLanguage: string;
  publicApi: boolean;
}
