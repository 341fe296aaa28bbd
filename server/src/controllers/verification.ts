/** Admin API: re-hash every published snapshot and report any that no longer match. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import type { RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async verify(ctx: RequestContext) {
    ctx.body = { data: await getService(strapi, 'verification').verify() };
  },
});
