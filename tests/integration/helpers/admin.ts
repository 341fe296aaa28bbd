/** Admin users, roles and logged-in requests against the admin API. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';

let counter = 0;

export interface AdminClient {
  token: string;
  userId: number;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

/** Creates an admin user with the given role (the super admin by default) and logs them in. */
export async function adminClient(strapi: Core.Strapi, roleId?: number): Promise<AdminClient> {
  counter += 1;
  const email = `editor${counter}-${Date.now()}@example.com`;
  const password = 'Test-Password-1';
  const role = roleId ?? (await strapi.service('admin::role').getSuperAdmin()).id;
  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: `Editor ${counter}`,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role],
  });
  const login = await request(strapi.server.httpServer).post('/admin/login').send({ email, password }).expect(200);
  const token = login.body.data.token as string;
  const http = () => request(strapi.server.httpServer);
  const auth = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
  return {
    token,
    userId: user.id,
    get: (path) => auth(http().get(path)),
    post: (path, body) => auth(http().post(path)).send(body),
    put: (path, body) => auth(http().put(path)).send(body),
    delete: (path) => auth(http().delete(path)),
  };
}

/** A role holding exactly these privacy-notices actions (read, compose, publish, settings). */
export async function roleWith(strapi: Core.Strapi, actions: string[]): Promise<number> {
  counter += 1;
  const role = await strapi.service('admin::role').create({ name: `Role ${counter} ${actions.join('+')}`, description: 'test role' });
  await strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action: `plugin::privacy-notices.${action}`, subject: null, properties: {}, conditions: [] })),
  );
  return role.id;
}
