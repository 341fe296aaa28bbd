/** Admin API for registers: the library operations plus status, publishing and version history. */
import type { Core } from '@strapi/strapi';
import type { PublishingService } from '../services';
import { libraryController, libraryService } from './library';
import { bodyData, listQuery, type RequestContext } from '../http/request';
import { withErrorHeaders } from '../errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const base = libraryController('registers')({ strapi });
  const publishing = () => strapi.plugin('privacy-notices').service('publishing') as PublishingService;

  return {
    ...base,

    /** The list, each register with its versions, last päivitetty and unpublished-changes flag. */
    async find(ctx: RequestContext) {
      const { entries, results, pagination } = await libraryService(strapi).list('registers', listQuery(ctx));
      const status = await publishing().statusOf(entries);
      ctx.body = {
        data: results.map((register) => ({ ...register, status: status.get(register.documentId as string) })),
        meta: { pagination },
      };
    },

    /** One register, with the same status as in the list. */
    async findOne(ctx: RequestContext) {
      const library = libraryService(strapi);
      const entry = await library.load('registers', ctx.params.documentId);
      const status = await publishing().statusOf([entry]);
      ctx.body = { data: { ...library.present(library.kind('registers'), entry), status: status.get(entry.documentId) } };
    },

    async publish(ctx: RequestContext) {
      const version = await publishing().publish(ctx.params.documentId, bodyData(ctx), ctx.state.user?.id ?? null).catch(withErrorHeaders(ctx));
      ctx.status = 201;
      ctx.body = { data: version };
    },

    async versions(ctx: RequestContext) {
      ctx.body = { data: await publishing().versionsOf(ctx.params.documentId) };
    },
  };
};
