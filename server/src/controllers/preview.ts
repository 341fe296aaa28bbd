/**
 * Admin preview of a register's unpublished state, rendered as publishing it now would show it.
 * `format=html` (default) is a whole document, `markdown` the Markdown, `json` the pieces a live
 * preview needs (see the preview service).
 */
import type { Core } from '@strapi/strapi';
import type { PreviewService } from '../services';
import { localeParam, type RequestContext } from '../http/request';
import { formatParam } from './notices';

const FORMATS = ['html', 'markdown', 'json'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const preview = () => strapi.plugin('privacy-notices').service('preview') as PreviewService;

  return {
    async show(ctx: RequestContext & { type: string }) {
      const format = formatParam(ctx.query.format, FORMATS);
      const locale = localeParam(ctx.query.locale);
      const { documentId } = ctx.params;
      // Unpublished text changes with every keystroke of the editor: never cached.
      ctx.set('Cache-Control', 'no-store');
      if (format === 'json') {
        ctx.body = { data: await preview().json(documentId, locale) };
        return;
      }
      ctx.body = format === 'html' ? await preview().html(documentId, locale) : await preview().markdown(documentId, locale);
      ctx.type = format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8';
    },
  };
};
