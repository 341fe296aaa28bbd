/**
 * Admin API, mounted at /privacy-notices. Every route needs an admin login and the RBAC action
 * named here.
 */
import { ACTIONS } from '../uids';

const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** An admin login and at least one of the RBAC actions named. */
const guardedByAny = (...actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'plugin::privacy-notices.has-any-permission', config: { actions } }],
});

/** URL segment → controller name. */
const LIBRARY = {
  controllers: 'controllers',
  purposes: 'purposes',
  'data-categories': 'dataCategories',
  recipients: 'recipients',
  registers: 'registers',
} as const;

const libraryRoutes = Object.entries(LIBRARY).flatMap(([segment, controller]) => [
  { method: 'GET', path: `/${segment}`, handler: `${controller}.find`, config: guarded(ACTIONS.read) },
  { method: 'POST', path: `/${segment}`, handler: `${controller}.create`, config: guarded(ACTIONS.compose) },
  { method: 'GET', path: `/${segment}/:documentId`, handler: `${controller}.findOne`, config: guarded(ACTIONS.read) },
  { method: 'PUT', path: `/${segment}/:documentId`, handler: `${controller}.update`, config: guarded(ACTIONS.compose) },
  { method: 'DELETE', path: `/${segment}/:documentId`, handler: `${controller}.delete`, config: guarded(ACTIONS.compose) },
]);

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'settings.get', config: guardedByAny(ACTIONS.read, ACTIONS.exportRecord) },
    ...libraryRoutes,
    { method: 'POST', path: '/registers/:documentId/publish', handler: 'registers.publish', config: guarded(ACTIONS.publish) },
    { method: 'GET', path: '/registers/:documentId/versions', handler: 'registers.versions', config: guarded(ACTIONS.read) },
    { method: 'GET', path: '/registers/:documentId/check', handler: 'completeness.check', config: guarded(ACTIONS.read) },
    { method: 'GET', path: '/registers/:documentId/versions/:version/check', handler: 'completeness.checkVersion', config: guarded(ACTIONS.read) },
    { method: 'POST', path: '/import', handler: 'import.create', config: guarded(ACTIONS.compose) },
    { method: 'GET', path: '/registers/:documentId/preview', handler: 'preview.show', config: guarded(ACTIONS.read) },
    { method: 'GET', path: '/registers/:documentId/diff', handler: 'diff.compare', config: guarded(ACTIONS.read) },
    { method: 'GET', path: '/record-of-processing', handler: 'record.export', config: guarded(ACTIONS.exportRecord) },
    { method: 'GET', path: '/record-of-processing/gaps', handler: 'record.gaps', config: guarded(ACTIONS.exportRecord) },
    { method: 'GET', path: '/verify', handler: 'verification.verify', config: guarded(ACTIONS.settings) },
  ],
};
