import type { Core } from '@strapi/strapi';
import { prepareDatabase } from './database';

/** The RBAC actions an administrator can grant to roles in Settings → Roles. */
const ACTIONS = [
  { uid: 'read', displayName: 'Read privacy notices and their versions' },
  { uid: 'compose', displayName: 'Compose registers and library entries' },
  { uid: 'publish', displayName: 'Publish versions' },
  { uid: 'settings', displayName: 'Change privacy-notice settings' },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before anything is served: the first versions chained, the database's guards in place.
  await prepareDatabase(strapi);
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: 'privacy-notices' })));
};
