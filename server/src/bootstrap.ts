import type { Core } from '@strapi/strapi';
import { prepareDatabase } from './database';
import { getService } from './services/get-service';
import { mountGraphqlShortcut } from './graphql';

/** The RBAC actions an administrator can grant to roles in Settings → Roles. */
const ACTIONS = [
  { uid: 'read', displayName: 'Read privacy notices and their versions' },
  { uid: 'compose', displayName: 'Compose registers and library entries' },
  { uid: 'publish', displayName: 'Publish versions' },
  { uid: 'settings', displayName: 'Change privacy-notice settings' },
  // For DPOs and auditors; not implied by read.
  { uid: 'export-record', displayName: 'Export record' },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before anything is served: the first versions chained, the database's guards in place.
  await prepareDatabase(strapi);
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: 'privacy-notices' })));
  // The plugin's webhook events, and the check that sends the effective-date one.
  getService(strapi, 'events').register();
  mountGraphqlShortcut(strapi);
};
