import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

const CHECKED = [...PERMISSIONS.read, ...PERMISSIONS.compose, ...PERMISSIONS.publish, ...PERMISSIONS.exportRecord];

/** What the logged-in admin may do here: buttons for the rest are hidden or disabled. */
export function usePermissions() {
  const { allowedActions, isLoading } = useRBAC(CHECKED);
  return {
    isLoading,
    canRead: Boolean(allowedActions.canRead),
    canCompose: Boolean(allowedActions.canCompose),
    canPublish: Boolean(allowedActions.canPublish),
    canExportRecord: Boolean(allowedActions.canExportRecord),
  };
}
