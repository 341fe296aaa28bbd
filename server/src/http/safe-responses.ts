/**
 * Every response of the plugin's routes, answers and errors alike, leaves through here: JSON of
 * any kind (application/json, ld+json, feed+json) with `<`, `>` and `&` escaped, and errors that
 * quote at most a short piece of what was sent. Registered on Strapi's server in register(), so
 * that it wraps Strapi's own error middleware and sees the error bodies that it writes.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { escapeJsonText, safeJson, withShortEchoes } from './safe-json';

interface ResponseContext {
  body: unknown;
  /** The media type without parameters, e.g. `application/ld+json`. */
  type: string;
  state: { route?: { info?: { pluginName?: string } } };
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

const isStream = (body: object) => typeof (body as { pipe?: unknown }).pipe === 'function';

export function safeResponses(): (ctx: ResponseContext, next: () => Promise<unknown>) => Promise<void> {
  return async (ctx, next) => {
    await next();
    if (ctx.state.route?.info?.pluginName !== PLUGIN_ID) return;
    const { body } = ctx;
    if (body === null || body === undefined) return;
    if (typeof body === 'string') {
      if (JSON_TYPE.test(ctx.type)) ctx.body = escapeJsonText(body);
      return;
    }
    if (typeof body !== 'object' || Buffer.isBuffer(body) || isStream(body)) return;
    // An object: Koa would write it as JSON; the Content-Type it already set stays.
    ctx.body = safeJson(withShortEchoes(body));
  };
}

export function registerSafeResponses(strapi: Core.Strapi) {
  strapi.server.use(safeResponses());
}
