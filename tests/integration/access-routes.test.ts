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

const ACTIONS = ['read', 'compose', 'publish', 'settings', 'export-record'];
const DRAFT_TEXT = 'LUONNOS-EI-JULKAISTU';

let strapi: Core.Strapi;
let superAdmin: AdminClient;
let slug: string;
const api = () => request(strapi.server.httpServer);

const routesOf = (type: 'admin' | 'content-api') =>
  (strapi.plugin('privacy-notices').routes as unknown as Record<string, { routes: RouteDefinition[] }>)[type].routes;

/** The policies that name RBAC actions: Strapi's (every action named) and the plugin's (any one of them). */
const ACTION_POLICIES = ['admin::hasPermissions', 'plugin::privacy-notices.has-any-permission'];

/** The RBAC actions a route accepts, any one of which lets an admin through. */
function actionsOf(route: RouteDefinition): string[] {
  const policy = route.config.policies?.find((p) => typeof p === 'object' && ACTION_POLICIES.includes(p.name));
  if (typeof policy !== 'object') return [];
  const actions = policy.config.actions.map((action) => action.replace('plugin::privacy-notices.', ''));
  // Strapi's policy needs every action it names: the plugin's routes name one.
  return policy.name === 'admin::hasPermissions' && actions.length !== 1 ? [] : actions;
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
      const actions = actionsOf(route);
      expect({ route: route.path, first: policies[0], named: actions.length > 0, known: actions.every((action) => ACTIONS.includes(action)) }).toEqual({
        route: route.path,
        first: 'admin::isAuthenticatedAdmin',
        named: true,
        known: true,
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

  it('answers 403 to a role holding every action but those the route accepts, and lets a role with only one of them through', async () => {
    const clients = new Map<string, AdminClient>();
    const clientWith = async (actions: string[]) => {
      const key = actions.join();
      if (!clients.has(key)) clients.set(key, await adminClient(strapi, await roleWith(strapi, actions)));
      return clients.get(key)!;
    };
    for (const route of routesOf('admin')) {
      const accepted = actionsOf(route);
      const url = urlOf('/privacy-notices', route, {});
      const name = `${route.method} ${route.path}`;
      const refused = await call(await clientWith(ACTIONS.filter((a) => !accepted.includes(a))), route.method, url);
      expect({ name, status: refused.status }).toEqual({ name, status: 403 });
      expect(refused.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError' } });
      // Entries that do not exist: the request passes the permission check and goes no further.
      for (const action of accepted) {
        const allowed = await call(await clientWith([action]), route.method, url);
        expect({ name, action, passed: ![401, 403].includes(allowed.status) }).toEqual({ name, action, passed: true });
      }
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
