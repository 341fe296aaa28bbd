/**
 * GraphQL for websites, set up only when @strapi/plugin-graphql is installed and enabled:
 * the three public queries, and none of Strapi's generated CRUD for the plugin's content types
 * (notices are read through the queries, edited only in the admin).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/access';
import { UID } from '../uids';
import { typeDefs } from './schema';
import { QUERY_ACTIONS, resolvers } from './resolvers';
import { operationLimits } from './operation-limits';
import { directExecution, graphqlShortcut, smallSchema, type SmallSchema } from './direct-execution';
import { safeJson } from '../http/safe-json';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
  use(configuration: { typeDefs: string; resolvers: object; resolversConfig: object }): unknown;
}

/** @strapi/plugin-graphql's package.json, for loading the same graphql-js it uses. */
const graphqlPackage = (strapi: Core.Strapi) => createRequire(path.join(strapi.dirs.app.root, 'package.json')).resolve('@strapi/plugin-graphql/package.json');

const smallSchemas = new WeakMap<Core.Strapi, SmallSchema>();
/** The plugin's own schema, one per Strapi. */
function ownSchema(strapi: Core.Strapi): SmallSchema {
  let small = smallSchemas.get(strapi);
  if (!small) {
    small = smallSchema({ graphqlPackage: graphqlPackage(strapi), typeDefs, resolvers: resolvers(strapi), queryNames: Object.keys(QUERY_ACTIONS) });
    smallSchemas.set(strapi, small);
  }
  return small;
}

/**
 * In bootstrap, once Strapi's own middlewares (body parsing, CORS, security headers) are in place
 * and before its routes: open queries of the plugin's alone are answered before the GraphQL
 * route authenticates the request.
 */
export function mountGraphqlShortcut(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql || !pluginConfig(strapi).publicApi) return;
  const endpoint = (graphql.config('endpoint') as string | undefined) ?? '/graphql';
  const stringify = () => ((graphql.config('apolloServer') as { stringifyResult?: (result: unknown) => string } | undefined)?.stringifyResult ?? JSON.stringify);
  strapi.server.use(graphqlShortcut(ownSchema(strapi), endpoint, stringify) as never);
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
  // Open queries that ask for nothing else are run on the plugin's own schema (see direct-execution.ts).
  const direct = publicApi ? [directExecution(ownSchema(strapi))] : [];

  // The GraphQL plugin builds its Apollo server in its bootstrap, after every register(), from its
  // `apolloServer` option, adding the Apollo plugins listed there to its own.
  const apolloServer = (graphql.config('apolloServer') ?? {}) as { plugins?: unknown[]; stringifyResult?: unknown };
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apolloServer,
    plugins: [...(apolloServer.plugins ?? []), operationLimits(Object.keys(QUERY_ACTIONS)), ...direct],
    // Like every JSON the plugin serves: <, > and & as \u escapes (an app's own choice stays).
    stringifyResult: apolloServer.stringifyResult ?? ((result: unknown) => `${safeJson(result)}\n`),
  });
}
