import type { Core } from '@strapi/strapi';

export interface AdminUserName {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
}

/** Names of the admin users who published versions, for the admin history only. */
export const adminUserRepository = (strapi: Core.Strapi) => ({
  async names(ids: number[]): Promise<Map<number, AdminUserName>> {
    if (ids.length === 0) return new Map();
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: ids } },
      select: ['id', 'firstname', 'lastname', 'email'],
    })) as AdminUserName[];
    return new Map(users.map((user) => [user.id, user]));
  },
});
