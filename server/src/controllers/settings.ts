/** What the admin pages need to know of the plugin's configuration. */
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/access';
import type { RequestContext } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(ctx: RequestContext) {
    const { languages, defaultLanguage, publicApi } = pluginConfig(strapi);
    ctx.body = { data: { languages, defaultLanguage, publicApi } };
  },
});
