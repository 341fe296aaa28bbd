/**
 * GraphQL for websites, set up only when @strapi/plugin-graphql is installed and enabled:
 * the three public queries, and none of Strapi's generated CRUD for the plugin's content types
 * (notices are read through the queries, edited only in the admin).
 */
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/access';
import { UID } from '../uids';
import { typeDefs } from './schema';
import { QUERY_ACTIONS, resolvers } from './resolvers';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
  use(configuration: { typeDefs: string; resolvers: object; resolversConfig: object }): unknown;
}

export function registerGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as GraphqlExtension;
  for (const uid of Object.values(UID)) extension.shadowCRUD(uid).disable();

  // Open to everyone like the REST routes when publicApi is on; otherwise the same
  // Users & Permissions or API-token rules as the matching REST action.
  const { publicApi } = pluginConfig(strapi);
  const resolversConfig = Object.fromEntries(
    Object.entries(QUERY_ACTIONS).map(([query, action]) => [`Query.${query}`, { auth: publicApi ? false : { scope: [action] } }]),
  );
  extension.use({ typeDefs, resolvers: resolvers(strapi), resolversConfig });
}
