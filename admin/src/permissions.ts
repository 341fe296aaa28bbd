/** The plugin's RBAC actions as the admin checks them (the server checks them again on every route). */
import { PLUGIN_ID } from './pluginId';

export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
  compose: [{ action: `plugin::${PLUGIN_ID}.compose`, subject: null }],
  publish: [{ action: `plugin::${PLUGIN_ID}.publish`, subject: null }],
};
