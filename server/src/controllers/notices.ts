/** The public notice routes (content API): JSON, rendered formats, diff, change log, embed script. */
import type { Core } from '@strapi/strapi';
import { NOTICE_FORMATS, PUBLIC_FORMATS } from '../domain/formats';
import { FEED_FORMATS, type FeedFormat } from '../services/feed';
import { getService } from '../services/get-service';
import { sendCached, type CacheableContext } from '../http/cache';
import { noticeLinks } from '../http/links';
import { atParam, booleanParam, diffQuery, formatParam, localeParam, pageParam, pageParams, slugParam, versionParam, type RequestContext } from '../http/request';
import { pluginConfig } from '../config/access';
import { fieldError } from '../errors';
import { EMBED_SCRIPT, EMBED_SCRIPT_TAG } from '../widget';

type PublicContext = RequestContext & CacheableContext & { request: { protocol: string; host: string } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notices = () => getService(strapi, 'notices');
  const policy = () => {
    const config = pluginConfig(strapi);
    return { maxAge: config.cacheMaxAge, shared: config.publicApi };
  };

  /** JSON whose ETag is digested from the data itself (lists, versions, diffs). */
  const sendJson = (ctx: PublicContext, name: string, data: unknown) =>
    sendCached(ctx, { tag: [name], state: data, body: () => ({ data }) }, policy(), NOTICE_FORMATS.json.contentType);

  async function sendNotice(ctx: PublicContext, version: number | undefined) {
    const format = formatParam(ctx.query.format, PUBLIC_FORMATS);
    const fragment = booleanParam(ctx.query.fragment, 'fragment');
    if (fragment && format !== 'html') throw fieldError('fragment', 'fragment applies to format=html only');
    const at = atParam(ctx.query.at, pluginConfig(strapi).timeZone);
    if (at && version !== undefined) throw fieldError('at', 'at and version cannot be asked for together', { code: 'validation.at.withVersion', params: {} });
    const query = { locale: localeParam(ctx.query.locale), version, at };
    const document = await notices().document(slugParam(ctx.params.slug), query, format, { fragment, links: noticeLinks(strapi, ctx.request) });
    // In every format, so that an HTML, Markdown or JSON-LD reader can keep the chain head too.
    ctx.set('Privacy-Notice-Chain-Head', `${document.chainHead.version} ${document.chainHead.recordHash}`);
    sendCached(ctx, document, policy(), document.type);
  }

  return {
    /** A page of the notices, with Strapi's `meta.pagination`. */
    async list(ctx: PublicContext) {
      formatParam(ctx.query.format, ['json']);
      const page = pageParams(ctx.query);
      const { notices: data, pagination } = await notices().list({ locale: localeParam(ctx.query.locale) }, page);
      sendCached(ctx, { tag: ['notices'], state: [data, pagination], body: () => ({ data, meta: { pagination } }) }, policy(), NOTICE_FORMATS.json.contentType);
    },

    async findOne(ctx: PublicContext) {
      await sendNotice(ctx, versionParam(ctx.query.version));
    },

    async findVersion(ctx: PublicContext) {
      await sendNotice(ctx, versionParam(ctx.params.version));
    },

    /** One page of the versions (`?page=&pageSize=`), with Strapi's `meta.pagination`, the chain head and the legacy dates in `meta`. */
    async versions(ctx: PublicContext) {
      const slug = slugParam(ctx.params.slug);
      const query = { locale: localeParam(ctx.query.locale) };
      const { versions, pagination, chainHead, legacyHistory } = await notices().versions(slug, query, pageParams(ctx.query));
      const meta = { pagination, chainHead, legacyHistory };
      sendCached(ctx, { tag: ['versions'], state: [versions, meta], body: () => ({ data: versions, meta }) }, policy(), 'application/json; charset=utf-8');
    },

    async diff(ctx: PublicContext) {
      sendJson(ctx, 'diff', await notices().diff(slugParam(ctx.params.slug), diffQuery(ctx.query)));
    },

    /**
     * A notice's change log, or with no slug every listed notice's, as Atom (default), RSS or JSON
     * Feed: the newest `feedSize` entries, and with `?page=` older ones, linked page to page.
     */
    async changelog(ctx: PublicContext) {
      const format = ctx.query.format === undefined ? undefined : formatParam<FeedFormat>(ctx.query.format, FEED_FORMATS);
      const slug = ctx.params.slug === undefined ? null : slugParam(ctx.params.slug);
      const query = { locale: localeParam(ctx.query.locale), format, page: pageParam(ctx.query.page) };
      const feed = await notices().feed(slug, query, noticeLinks(strapi, ctx.request));
      sendCached(ctx, feed, policy(), feed.type);
    },

    /** The `<privacy-notice>` custom element for sites without a framework. */
    async embed(ctx: PublicContext) {
      sendCached(ctx, { tag: ['embed', EMBED_SCRIPT_TAG], state: null, body: () => EMBED_SCRIPT }, policy(), 'application/javascript; charset=utf-8');
    },
  };
};
