/** Admin comparison of two published versions of a register: the public diff, by documentId. */
import type { Core } from '@strapi/strapi';
import type { LibraryService, NoticesService } from '../services';
import type { RequestContext } from '../http/request';
import { diffQuery } from './notices';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('privacy-notices');

  return {
    async compare(ctx: RequestContext) {
      const query = diffQuery(ctx.query);
      const register = await (plugin().service('library') as LibraryService).load('registers', ctx.params.documentId);
      const notices = plugin().service('notices') as NoticesService;
      ctx.body = { data: await notices.compareVersions({ documentId: register.documentId, slug: register.slug as string }, query) };
    },
  };
};
