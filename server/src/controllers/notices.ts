/** The public notice routes (content API): JSON, rendered formats, diff, change log, embed script. */
import type { Core } from '@strapi/strapi';
import { NOTICE_FORMATS, PUBLIC_FORMATS } from '../domain/formats';
import { changelogFeed, FEED_CONTENT_TYPES, FEED_FORMATS, type FeedFormat } from '../services/feed';
import { getService } from '../services/get-service';
import { sendCached, type CacheableContext } from '../http/cache';
import { noticeLinks } from '../http/links';
import { booleanParam, diffQuery, formatParam, localeParam, slugParam, versionParam, type RequestContext } from '../http/request';
import { pluginConfig } from '../config/access';
import { fieldError } from '../errors';
import { EMBED_SCRIPT, EMBED_SCRIPT_TAG } from '../widget';

type PublicContext = RequestContext & CacheableContext & { request: { origin: string } };

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
    const query = { locale: localeParam(ctx.query.locale), version };
    const document = await notices().document(slugParam(ctx.params.slug), query, format, { fragment, links: noticeLinks(strapi, ctx.request.origin) });
    // In every format, so that an HTML, Markdown or JSON-LD reader can keep the chain head too.
    ctx.set('Privacy-Notice-Chain-Head', `${document.chainHead.version} ${document.chainHead.recordHash}`);
    sendCached(ctx, document, policy(), document.type);
  }

  return {
    async list(ctx: PublicContext) {
      formatParam(ctx.query.format, ['json']);
      sendJson(ctx, 'notices', await notices().list({ locale: localeParam(ctx.query.locale) }));
    },

    async findOne(ctx: PublicContext) {
      await sendNotice(ctx, versionParam(ctx.query.version));
    },

    async findVersion(ctx: PublicContext) {
      await sendNotice(ctx, versionParam(ctx.params.version));
    },

    /** The versions, with the chain head in `meta`. */
    async versions(ctx: PublicContext) {
      const { versions, chainHead } = await notices().versions(slugParam(ctx.params.slug), { locale: localeParam(ctx.query.locale) });
      sendCached(ctx, { tag: ['versions'], state: [versions, chainHead], body: () => ({ data: versions, meta: { chainHead } }) }, policy(), 'application/json; charset=utf-8');
    },

    async diff(ctx: PublicContext) {
      sendJson(ctx, 'diff', await notices().diff(slugParam(ctx.params.slug), diffQuery(ctx.query)));
    },

    /** A notice's change log, or with no slug every listed notice's, as Atom (default), RSS or JSON Feed. */
    async changelog(ctx: PublicContext) {
      const format = formatParam<FeedFormat>(ctx.query.format, FEED_FORMATS);
      const slug = ctx.params.slug === undefined ? null : slugParam(ctx.params.slug);
      const changelog = await notices().changelog(slug, { locale: localeParam(ctx.query.locale) });
      const links = noticeLinks(strapi, ctx.request.origin);
      sendCached(
        ctx,
        { tag: ['changelog', changelog.locale, format], state: [changelog, links.api], body: () => changelogFeed(changelog, slug, format, links) },
        policy(),
        FEED_CONTENT_TYPES[format],
      );
    },

    /** The `<privacy-notice>` custom element for sites without a framework. */
    async embed(ctx: PublicContext) {
      sendCached(ctx, { tag: ['embed', EMBED_SCRIPT_TAG], state: null, body: () => EMBED_SCRIPT }, policy(), 'application/javascript; charset=utf-8');
    },
  };
};
