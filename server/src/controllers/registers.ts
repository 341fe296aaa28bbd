/**
 * Admin API for registers beyond what every library kind has (see index.ts): status in the list
 * and on one register, publishing and the version history.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { bodyData, listQuery, type RequestContext } from '../http/request';
import { withErrorHeaders } from '../errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const library = () => getService(strapi, 'library');
  const publishing = () => getService(strapi, 'publishing');

  return {
    /** The list, each register with its versions, last päivitetty and unpublished-changes flag. */
    async find(ctx: RequestContext) {
      const { entries, results, pagination } = await library().list('registers', listQuery(ctx));
      const status = await publishing().statusOf(entries);
      ctx.body = {
        data: results.map((register) => ({ ...register, status: status.get(register.documentId as string) })),
        meta: { pagination },
      };
    },

    /** One register, with the same status as in the list. */
    async findOne(ctx: RequestContext) {
      const entry = await library().load('registers', ctx.params.documentId);
      const status = await publishing().statusOf([entry]);
      ctx.body = { data: { ...library().present(library().kind('registers'), entry), status: status.get(entry.documentId) } };
    },

    /** Saves the register and answers with it and its status, so the editor needs no second request. */
    async update(ctx: RequestContext) {
      const saved = await library().update('registers', ctx.params.documentId, bodyData(ctx));
      const entry = await library().load('registers', ctx.params.documentId);
      const status = await publishing().statusOf([entry]);
      ctx.body = { data: { ...saved, status: status.get(entry.documentId) } };
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
