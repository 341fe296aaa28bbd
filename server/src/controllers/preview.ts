/**
 * Admin preview of a register's unpublished state, rendered as publishing it now would show it.
 * `format=html` (default) is a whole document, `markdown` the Markdown, `json` the pieces a live
 * preview needs (see the preview service).
 */
import type { Core } from '@strapi/strapi';
import { NOTICE_FORMATS, PREVIEW_FORMATS } from '../domain/formats';
import { getService } from '../services/get-service';
import { formatParam, localeParam, type RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: RequestContext & { type: string }) {
    const preview = getService(strapi, 'preview');
    const format = formatParam(ctx.query.format, PREVIEW_FORMATS);
    const locale = localeParam(ctx.query.locale);
    const { documentId } = ctx.params;
    // Unpublished text changes with every keystroke of the editor: never cached.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = format === 'json' ? { data: await preview.json(documentId, locale) } : await preview.document(documentId, locale, format);
    ctx.type = NOTICE_FORMATS[format].contentType;
  },
});
