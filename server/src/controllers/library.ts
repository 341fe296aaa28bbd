/** Admin API for one kind of entry: list/search, read, create, update, delete. */
import type { Core } from '@strapi/strapi';
import type { LibraryKindKey } from '../services/library-kinds';
import { getService } from '../services/get-service';
import { bodyData, listQuery, type RequestContext } from '../http/request';

export function libraryController(key: LibraryKindKey) {
  return ({ strapi }: { strapi: Core.Strapi }) => {
    const library = () => getService(strapi, 'library');
    return {
      async find(ctx: RequestContext) {
        const { results, pagination } = await library().list(key, listQuery(ctx));
        ctx.body = { data: results, meta: { pagination } };
      },

      async findOne(ctx: RequestContext) {
        ctx.body = { data: await library().findOne(key, ctx.params.documentId) };
      },

      async create(ctx: RequestContext) {
        ctx.status = 201;
        ctx.body = { data: await library().create(key, bodyData(ctx)) };
      },

      async update(ctx: RequestContext) {
        ctx.body = { data: await library().update(key, ctx.params.documentId, bodyData(ctx)) };
      },

      async delete(ctx: RequestContext) {
        ctx.body = { data: await library().remove(key, ctx.params.documentId) };
      },
    };
  };
}
