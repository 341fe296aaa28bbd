export const PLUGIN_ID = 'privacy-notices';
