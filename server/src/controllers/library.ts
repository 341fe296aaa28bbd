/** Admin API for one kind of entry: list/search, read, create, update, delete. */
import type { Core } from '@strapi/strapi';
import type { LibraryKindKey } from '../services/library-kinds';
import type { LibraryService } from '../services';
import { bodyData, listQuery, type RequestContext } from '../http/request';

export const libraryService = (strapi: Core.Strapi) => strapi.plugin('privacy-notices').service('library') as LibraryService;

export function libraryController(key: LibraryKindKey) {
  return ({ strapi }: { strapi: Core.Strapi }) => ({
    async find(ctx: RequestContext) {
      const { results, pagination } = await libraryService(strapi).list(key, listQuery(ctx));
      ctx.body = { data: results, meta: { pagination } };
    },

    async findOne(ctx: RequestContext) {
      ctx.body = { data: await libraryService(strapi).findOne(key, ctx.params.documentId) };
    },

    async create(ctx: RequestContext) {
      ctx.status = 201;
      ctx.body = { data: await libraryService(strapi).create(key, bodyData(ctx)) };
    },

    async update(ctx: RequestContext) {
      ctx.body = { data: await libraryService(strapi).update(key, ctx.params.documentId, bodyData(ctx)) };
    },

    async delete(ctx: RequestContext) {
      ctx.body = { data: await libraryService(strapi).remove(key, ctx.params.documentId) };
    },
  });
}
