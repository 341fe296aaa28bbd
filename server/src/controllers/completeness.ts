/** Admin API: the completeness check of a register (GET …/check) and of a published version. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { localeParam, versionParam, type RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const completeness = () => getService(strapi, 'completeness');

  return {
    async check(ctx: RequestContext) {
      ctx.body = { data: await completeness().ofRegister(ctx.params.documentId, localeParam(ctx.query.locale)) };
    },

    async checkVersion(ctx: RequestContext) {
      const version = versionParam(ctx.params.version) as number;
      ctx.body = { data: await completeness().ofVersion(ctx.params.documentId, version, localeParam(ctx.query.locale)) };
    },
  };
};
