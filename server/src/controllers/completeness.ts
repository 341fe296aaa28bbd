/** Admin API: the completeness check of a register (GET …/check) and of a published version. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { localeParam, versionParam, type RequestContext } from '../http/request';
import { fieldError } from '../errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const completeness = () => getService(strapi, 'completeness');

  return {
    async check(ctx: RequestContext) {
      // `?view=art30`: the record-of-processing items instead of the notice's (Art 13/14).
      const view = ctx.query.view === undefined ? 'notice' : ctx.query.view;
      if (view !== 'notice' && view !== 'art30') throw fieldError('view', 'view must be notice or art30');
      if (view === 'art30') {
        ctx.body = { data: await completeness().recordItemsOf(ctx.params.documentId) };
        return;
      }
      ctx.body = { data: await completeness().ofRegister(ctx.params.documentId, localeParam(ctx.query.locale)) };
    },

    async checkVersion(ctx: RequestContext) {
      const version = versionParam(ctx.params.version) as number;
      ctx.body = { data: await completeness().ofVersion(ctx.params.documentId, version, localeParam(ctx.query.locale)) };
    },
  };
};
