/**
 * Access on every route, read from the plugin's own route definitions so that a route added
 * later is covered too: admin routes need a login and their RBAC action; the public routes can
 * be switched off and never show admin data or unpublished edits.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './helpers/strapi';
import { adminClient, roleWith, type AdminClient } from './helpers/admin';
import { composedRegister, publish } from './helpers/fixtures';

interface RouteDefinition {
  method: string;
  path: string;
  handler: string;
  config: { policies?: (string | { name: string; config: { actions: string[] } })[]; auth?: false };
}

const ACTIONS = ['read', 'compose', 'publish', 'settings'];
const DRAFT_TEXT = 'LUONNOS-EI-JULKAISTU';

let strapi: Core.Strapi;
let superAdmin: AdminClient;
let slug: string;
const api = () => request(strapi.server.httpServer);

const routesOf = (type: 'admin' | 'content-api') =>
  (strapi.plugin('privacy-notices').routes as unknown as Record<string, { routes: RouteDefinition[] }>)[type].routes;

/** The RBAC action a route demands, from its hasPermissions policy. */
function actionOf(route: RouteDefinition): string | undefined {
  const policy = route.config.policies?.find((p) => typeof p === 'object' && p.name === 'admin::hasPermissions');
  return typeof policy === 'object' ? policy.config.actions[0]?.replace('plugin::privacy-notices.', '') : undefined;
}

/** The route's URL with every parameter filled in. */
const urlOf = (prefix: string, route: RouteDefinition, params: Record<string, string>) =>
  prefix + route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? 'no-such-entry');

const call = (client: AdminClient | null, method: string, url: string) => {
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  return client ? client[verb](url) : api()[verb](url);
};

beforeAll(async () => {
  ({ strapi, admin: superAdmin } = await bootStrapi({ PRIVACY_NOTICES_PUBLIC_API: 'false' }));
  const { register } = await composedRegister(superAdmin);
  slug = register.slug as string;
  await publish(superAdmin, register.documentId, { changeSummary: { fi: 'Ensimmäinen.' } }).expect(201);
  await superAdmin.put(`/privacy-notices/registers/${register.documentId}`, { data: { retention: { fi: DRAFT_TEXT } } }).expect(200);
});
afterAll(() => stopStrapi(strapi));

describe('every admin route', () => {
  it('names one of the plugin actions after an admin login check', () => {
    for (const route of routesOf('admin')) {
      const policies = route.config.policies ?? [];
      expect({ route: route.path, first: policies[0], action: actionOf(route) }).toEqual({
        route: route.path,
        first: 'admin::isAuthenticatedAdmin',
        action: expect.stringMatching(new RegExp(`^(${ACTIONS.join('|')})$`)),
      });
    }
  });

  it('answers 401 to an anonymous request', async () => {
    for (const route of routesOf('admin')) {
      const response = await call(null, route.method, urlOf('/privacy-notices', route, {}));
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
      expect(response.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
    }
  });

  it('answers 403 to a role holding every action but the one the route needs, and lets a role with only that action through', async () => {
    const lacking = new Map<string, AdminClient>();
    const holding = new Map<string, AdminClient>();
    for (const action of ACTIONS) {
      lacking.set(action, await adminClient(strapi, await roleWith(strapi, ACTIONS.filter((a) => a !== action))));
      holding.set(action, await adminClient(strapi, await roleWith(strapi, [action])));
    }
    for (const route of routesOf('admin')) {
      const action = actionOf(route)!;
      const url = urlOf('/privacy-notices', route, {});
      const name = `${route.method} ${route.path}`;
      const refused = await call(lacking.get(action)!, route.method, url);
      expect({ name, status: refused.status }).toEqual({ name, status: 403 });
      expect(refused.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError' } });
      // Entries that do not exist: the request passes the permission check and goes no further.
      const allowed = await call(holding.get(action)!, route.method, url);
      expect({ name, passed: ![401, 403].includes(allowed.status) }).toEqual({ name, passed: true });
    }
  });
});

describe('every public route', () => {
  const publicUrl = (route: RouteDefinition) => urlOf('/api/privacy-notices', route, { slug, version: '1' });

  it('refuses anonymous requests when the public API is switched off', async () => {
    for (const route of routesOf('content-api')) {
      const response = await call(null, route.method, publicUrl(route));
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 403 });
    }
  });

  it('serves an API token only published content, without admin data', async () => {
    // A custom token granted every public route's action (a read-only token covers only handlers named find/findOne).
    const permissions = routesOf('content-api').map((route) => `plugin::privacy-notices.${route.handler}`);
    const token = (await strapi.service('admin::api-token').create({ name: 'website', type: 'custom', permissions, lifespan: null, description: '' })).accessKey;
    const admins = await strapi.db.query('admin::user').findMany({ select: ['email', 'firstname', 'lastname'] });
    let served = 0;
    for (const route of routesOf('content-api')) {
      const response = await call(null, route.method, publicUrl(route)).set('Authorization', `Bearer ${token}`);
      expect({ route: route.path, serverError: response.status >= 500 }).toEqual({ route: route.path, serverError: false });
      if (response.status === 200) served += 1;
      const text = response.text;
      for (const secret of [DRAFT_TEXT, 'publishedBy', 'createdBy', 'updatedBy', 'searchText', ...admins.map((a: { email: string }) => a.email)]) {
        expect({ route: route.path, leaks: text.includes(secret) ? secret : null }).toEqual({ route: route.path, leaks: null });
      }
    }
    expect(served).toBe(routesOf('content-api').length);
  });
});
