import { PLUGIN_ID } from './pluginId';

/** Admin UI strings live in locales/admin/<locale>.json; keys are prefixed with the plugin id. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export async function loadTranslations(locale: string): Promise<Record<string, string>> {
  try {
    const { default: messages } = await import(`../../locales/admin/${locale}.json`);
    return Object.fromEntries(Object.entries(messages as Record<string, string>).map(([key, value]) => [getTranslation(key), value]));
  } catch {
    return {};
  }
}
