/** Admin comparison of two published versions of a register: the public diff, by documentId. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { diffQuery, type RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async compare(ctx: RequestContext) {
    const query = diffQuery(ctx.query);
    const register = await getService(strapi, 'library').load('registers', ctx.params.documentId);
    const compared = await getService(strapi, 'notices').compareVersions({ documentId: register.documentId, slug: register.slug as string }, query);
    ctx.body = { data: compared };
  },
});
