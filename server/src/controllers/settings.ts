/** What the admin pages need to know of the plugin's configuration. */
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/access';
import type { RequestContext } from '../http/request';
import type { Settings } from '../contracts';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(ctx: RequestContext) {
    const { languages, defaultLanguage, publicApi, timeZone } = pluginConfig(strapi);
    const data: Settings = { languages, defaultLanguage, publicApi, timeZone };
    ctx.body = { data };
  },
});
