import type { Core } from '@strapi/strapi';
import { pluginConfig } from './config/access';
import { protectPublishedVersions } from './immutability';
import { registerGraphql } from './graphql';
import { registerSafeResponses } from './http/safe-responses';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  protectPublishedVersions(strapi);
  registerSafeResponses(strapi);

  // Public by default: websites read notices without a token. Routes are mounted after
  // register(), so the option decides here whether they skip authentication.
  if (pluginConfig(strapi).publicApi) {
    const routes = (strapi.plugin('privacy-notices').routes as Record<string, unknown>)['content-api'] as { routes: { config: { auth?: false } }[] };
    for (const route of routes.routes) route.config.auth = false;
  }

  // GraphQL only when @strapi/plugin-graphql is there; its schema is built in its bootstrap, after every register().
  registerGraphql(strapi);
};
