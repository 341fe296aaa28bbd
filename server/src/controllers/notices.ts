/** The public notice routes (content API). */
import type { Core } from '@strapi/strapi';
import type { NoticesService } from '../services';
import { fieldError } from '../errors';
import { localeParam, slugParam, versionParam, type RequestContext } from './request';

/** JSON is the one format here; unknown formats are refused rather than silently ignored. */
function checkFormat(value: unknown) {
  if (value !== undefined && value !== 'json') throw fieldError('format', 'format must be json');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notices = () => strapi.plugin('privacy-notices').service('notices') as NoticesService;

  return {
    async list(ctx: RequestContext) {
      checkFormat(ctx.query.format);
      ctx.body = { data: await notices().list({ locale: localeParam(ctx.query.locale) }) };
    },

    async findOne(ctx: RequestContext) {
      checkFormat(ctx.query.format);
      const query = { locale: localeParam(ctx.query.locale), version: versionParam(ctx.query.version) };
      ctx.body = { data: await notices().findOne(slugParam(ctx.params.slug), query) };
    },

    async versions(ctx: RequestContext) {
      ctx.body = { data: await notices().versions(slugParam(ctx.params.slug), { locale: localeParam(ctx.query.locale) }) };
    },

    async findVersion(ctx: RequestContext) {
      checkFormat(ctx.query.format);
      const query = { locale: localeParam(ctx.query.locale), version: versionParam(ctx.params.version) };
      ctx.body = { data: await notices().findOne(slugParam(ctx.params.slug), query) };
    },
  };
};
