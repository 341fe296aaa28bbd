/** The plugin's RBAC actions as the admin checks them (the server checks them again on every route). */
import { PLUGIN_ID } from './pluginId';

export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
  compose: [{ action: `plugin::${PLUGIN_ID}.compose`, subject: null }],
  publish: [{ action: `plugin::${PLUGIN_ID}.publish`, subject: null }],
  exportRecord: [{ action: `plugin::${PLUGIN_ID}.export-record`, subject: null }],
};

/** Who may open the plugin at all: Read opens every page, Export record only the record of processing. */
export const OPEN_PLUGIN = [...PERMISSIONS.read, ...PERMISSIONS.exportRecord];

/** Strapi's own webhook permissions, which the plugin's Webhook events settings page follows. */
export const WEBHOOK_PERMISSIONS = {
  read: [{ action: 'admin::webhooks.read', subject: null }],
  update: [{ action: 'admin::webhooks.update', subject: null }],
};
