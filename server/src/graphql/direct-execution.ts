/**
 * A query that asks only for the plugin's public queries is run against the plugin's own small
 * schema, with its resolvers as they are. Through Strapi's schema every field of the answer —
 * each title, each purpose — would pass Strapi's per-field policy and middleware wrapper and
 * Apollo's per-field hooks, which made GraphQL a third of the REST notice's speed, although both
 * read the same remembered result from the notices service.
 *
 * It is an Apollo Server plugin (`responseForOperation`), so Apollo has parsed and validated the
 * query against the whole schema, and the operation limits have run, before it. It steps in only
 * when the queries need no login (`publicApi`), and only for an answer without errors: a query
 * with an error is run again the usual way, so that errors keep Strapi's shape.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { LRUCache } from 'lru-cache';
import { operationProblem, type Document } from './operation-limits';

/** graphql-js as @strapi/plugin-graphql loads it: one copy for the schema, the document and execution. */
function graphqlOf(graphqlPackage: string): typeof GraphQL {
  return createRequire(graphqlPackage)('graphql') as typeof GraphQL;
}

interface Selection {
  kind: string;
  name?: { value: string };
  selectionSet?: { selections: Selection[] };
}

/** Whether every root field of the operation (through fragments) is one of `fieldNames` or `__typename`. */
export function onlyAsksFor(document: Document, operation: Selection, fieldNames: readonly string[]): boolean {
  const allowed = new Set([...fieldNames, '__typename']);
  const fragments = new Map(document.definitions.filter((d) => d.kind === 'FragmentDefinition' && d.name).map((d) => [d.name!.value, d as Selection]));
  const seen = new Set<string>();
  const within = (node: Selection): boolean =>
    (node.selectionSet?.selections ?? []).every((selection) => {
      if (selection.kind === 'Field') return allowed.has(selection.name!.value);
      if (selection.kind === 'InlineFragment') return within(selection);
      const name = selection.name?.value ?? '';
      if (seen.has(name)) return true;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && within(fragment);
    });
  return within(operation);
}

interface RequestContext {
  /** Strapi's GraphQL context: its `koaContext` gives the request's address, for the links a notice names. */
  contextValue?: unknown;
  document?: Document;
  request: { operationName?: string | null; variables?: Record<string, unknown> };
}

/** The plugin's types and queries alone, with its resolvers, and what runs a query on them. */
export function smallSchema(options: { graphqlPackage: string; typeDefs: string; resolvers: Record<string, Record<string, unknown>>; queryNames: readonly string[] }) {
  let built: { graphql: typeof GraphQL; schema: GraphQL.GraphQLSchema } | undefined;
  const build = () => {
    if (built) return built;
    const graphql = graphqlOf(options.graphqlPackage);
    const schema = graphql.buildSchema(options.typeDefs);
    for (const [typeName, fields] of Object.entries(options.resolvers)) {
      const type = schema.getType(typeName) as GraphQL.GraphQLObjectType;
      for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve as GraphQL.GraphQLFieldResolver<unknown, unknown>;
    }
    return (built = { graphql, schema });
  };
  /** Parsed and checked queries, by their text: null for one this schema does not answer. */
  const prepared = new LRUCache<string, { document: GraphQL.DocumentNode } | { document: null }>({ max: 1000, maxSize: 2 ** 22, sizeCalculation: (_value, query) => query.length + 1 });

  return {
    /**
     * Runs an operation that asks only for the plugin's queries; undefined for any other, or for
     * one with an error (the caller then takes the usual path).
     */
    async run(document: Document, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: unknown) {
      const { graphql, schema } = build();
      const operation = graphql.getOperationAST(document as unknown as GraphQL.DocumentNode, operationName ?? undefined);
      if (!operation || operation.operation !== 'query' || !onlyAsksFor(document, operation as unknown as Selection, options.queryNames)) return undefined;
      const result = await graphql.execute({ schema, document: document as unknown as GraphQL.DocumentNode, operationName: operationName ?? undefined, variableValues: variables, contextValue: context });
      return result.errors?.length ? undefined : { data: result.data };
    },

    /** The query's document when it is well-formed, valid on the plugin's schema and within the operation limits; else null. */
    prepare(query: string): Document | null {
      const { graphql, schema } = build();
      let entry = prepared.get(query);
      if (!entry) {
        try {
          const document = graphql.parse(query);
          const valid = graphql.validate(schema, document).length === 0 && operationProblem(document as unknown as Document, options.queryNames) === null;
          entry = { document: valid ? document : null };
        } catch {
          entry = { document: null };
        }
        prepared.set(query, entry);
      }
      return entry?.document as unknown as Document | null;
    },
  };
}

export type SmallSchema = ReturnType<typeof smallSchema>;

/** The Apollo Server plugin: for a request Strapi's GraphQL route has taken in (a GET, say). */
export function directExecution(small: SmallSchema) {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext: RequestContext) {
          const { document, request, contextValue } = requestContext;
          const result = document ? await small.run(document, request.operationName, request.variables, contextValue ?? {}) : undefined;
          return result ? { http: { headers: new Map() }, body: { kind: 'single', singleResult: result } } : null;
        },
      };
    },
  };
}

interface ShortcutContext {
  method: string;
  path: string;
  req: AsyncIterable<Buffer>;
  get(field: string): string;
  set(field: string, value: string): void;
  status: number;
  body: unknown;
  type: string;
  request: { body?: unknown; protocol: string; host: string };
  is(type: string): string | false | null;
}

/** The largest request body read here; a larger one is left to Strapi's route. */
const MAX_BODY = 64 * 1024;

/**
 * The request's JSON body, read here because Strapi's GraphQL route parses it itself: it is kept
 * on `ctx.request.body`, where that route's parser finds it and reads nothing again. A body that is
 * not JSON is kept as text, which Apollo answers with its own 400.
 */
async function jsonBody(ctx: ShortcutContext): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    ctx.request.body = JSON.parse(text);
  } catch {
    ctx.request.body = text;
  }
  return ctx.request.body;
}

/**
 * A Koa middleware in front of Strapi's GraphQL route: a POSTed JSON query that asks only for the
 * plugin's open queries is answered here, as Apollo would answer it, without the route's
 * authentication (which reads the public role's permissions from the database on every request)
 * and without Apollo's pipeline. Everything else goes on to Strapi's route.
 */
export function graphqlShortcut(small: SmallSchema, endpoint: string, stringify: () => (result: unknown) => string) {
  return async (ctx: ShortcutContext, next: () => Promise<unknown>) => {
    if (ctx.method !== 'POST' || ctx.path !== endpoint || !ctx.is('application/json')) return next();
    const length = Number(ctx.get('content-length'));
    if (ctx.request.body === undefined && !(Number.isInteger(length) && length > 0 && length <= MAX_BODY)) return next();
    const body = ctx.request.body ?? (await jsonBody(ctx));
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return next();
    const { query, operationName, variables } = body as { query?: unknown; operationName?: unknown; variables?: unknown };
    const wellFormed = typeof query === 'string' && (operationName === undefined || operationName === null || typeof operationName === 'string');
    const plainVariables = variables === undefined || variables === null || (typeof variables === 'object' && !Array.isArray(variables));
    const document = wellFormed && plainVariables ? small.prepare(query as string) : null;
    // The context Strapi's route would give the resolvers: the request, for the links a notice names.
    const context = { koaContext: ctx };
    const result = document ? await small.run(document, operationName as string | undefined, (variables ?? undefined) as Record<string, unknown> | undefined, context) : undefined;
    if (!result) return next();
    ctx.status = 200;
    ctx.type = 'application/json; charset=utf-8';
    // As Apollo answers a query without cache hints.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = stringify()(result);
    return undefined;
  };
}
