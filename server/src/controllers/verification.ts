/** Admin API: re-hash every published snapshot and report any that no longer match. */
import type { Core } from '@strapi/strapi';
import type verificationService from '../services/verification';
import type { RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async verify(ctx: RequestContext) {
    const verification = strapi.plugin('privacy-notices').service('verification') as ReturnType<typeof verificationService>;
    ctx.body = { data: await verification.verify() };
  },
});
