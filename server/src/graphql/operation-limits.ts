/**
 * Limits on what one GraphQL request may ask, checked once Apollo has parsed it and before it is
 * validated or run:
 *
 * - At most MAX_NOTICE_QUERIES calls of the plugin's queries per request, counted after aliases
 *   and fragments: a query that asks for a notice 8,000 times under 8,000 aliases is refused
 *   whole, before any of them runs, instead of occupying the process for seconds.
 * - No fragment that spreads itself (directly or through others) and none that does not exist.
 *   GraphQL's own validation refuses both, but the depth limit that @strapi/plugin-graphql runs
 *   among its validation rules (graphql-depth-limit) walks into such a fragment first and fails
 *   with a 500: endlessly for a cycle, with a TypeError for an unknown name.
 *
 * It is an Apollo Server plugin, added through the GraphQL plugin's `apolloServer` option (see
 * graphql/index.ts). Apollo answers an error thrown in `didResolveOperation` as the request's
 * result, but an error thrown before validation as a 500; so a refused query's document is
 * replaced, before validation, by an empty one that nothing can run, and the refusal is thrown
 * once Apollo reaches `didResolveOperation`. The parsed document is read here as plain data, so
 * no `graphql` import is needed.
 */
import { errors } from '@strapi/utils';

export const MAX_NOTICE_QUERIES = 20;

/** The parts of a GraphQL document (graphql-js AST) read here. */
interface Selection {
  kind: string;
  name?: { value: string };
  alias?: { value: string };
  selectionSet?: { selections: Selection[] };
}
export interface Document {
  kind: string;
  definitions: Selection[];
}

/** Strapi's 400 for bad input, which its GraphQL error formatter reports as BAD_USER_INPUT, with HTTP status 400. */
function refusal(message: string) {
  return Object.assign(new errors.ValidationError(message), { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

const fragmentsOf = (document: Document) =>
  new Map(document.definitions.filter((d) => d.kind === 'FragmentDefinition' && d.name).map((d) => [d.name!.value, d]));

/** The fragment spreads anywhere inside a selection set. */
function spreadsIn(node: Selection, found: string[] = []): string[] {
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === 'FragmentSpread' && selection.name) found.push(selection.name.value);
    else spreadsIn(selection, found);
  }
  return found;
}

/** The first spread of an unknown fragment, or of a fragment that reaches itself. */
export function fragmentProblem(document: Document): string | null {
  const fragments = fragmentsOf(document);
  for (const definition of document.definitions) {
    const unknown = spreadsIn(definition).find((name) => !fragments.has(name));
    if (unknown !== undefined) return `Unknown fragment "${unknown.slice(0, 100)}".`;
  }
  // Depth-first over the spreads, with the fragments on the current path and those already cleared.
  const cleared = new Set<string>();
  const reachesItself = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true;
    if (cleared.has(name)) return false;
    path.add(name);
    const cycle = spreadsIn(fragments.get(name)!).some((next) => reachesItself(next, path));
    path.delete(name);
    cleared.add(name);
    return cycle;
  };
  const cyclic = [...fragments.keys()].find((name) => reachesItself(name, new Set()));
  return cyclic === undefined ? null : `Cannot spread fragment "${cyclic.slice(0, 100)}" within itself.`;
}

/**
 * How many of these root fields the operation that calls most of them calls: distinct response
 * names, through fragments (known and without cycles: see fragmentProblem).
 */
export function rootCalls(document: Document, fieldNames: readonly string[]): number {
  const fragments = fragmentsOf(document);
  const wanted = new Set(fieldNames);
  const callsIn = (operation: Selection) => {
    const responseNames = new Set<string>();
    const seen = new Set<string>();
    const collect = (node: Selection) => {
      for (const selection of node.selectionSet?.selections ?? []) {
        if (selection.kind === 'Field' && selection.name && wanted.has(selection.name.value)) {
          responseNames.add(selection.alias?.value ?? selection.name.value);
        } else if (selection.kind === 'InlineFragment') {
          collect(selection);
        } else if (selection.kind === 'FragmentSpread' && selection.name && !seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          collect(fragments.get(selection.name.value)!);
        }
      }
    };
    collect(operation);
    return responseNames.size;
  };
  return Math.max(0, ...document.definitions.filter((d) => d.kind === 'OperationDefinition').map(callsIn));
}

/** Why a document is refused, or null. */
export function operationProblem(document: Document, queryNames: readonly string[]): string | null {
  const problem = fragmentProblem(document);
  if (problem) return problem;
  const calls = rootCalls(document, queryNames);
  return calls > MAX_NOTICE_QUERIES
    ? `A query may call the privacy-notice queries at most ${MAX_NOTICE_QUERIES} times; this one calls them ${calls} times.`
    : null;
}

/** The Apollo Server plugin. */
export function operationLimits(queryNames: readonly string[]) {
  // The empty documents that stand for refused ones, with the reason. Apollo may keep a document
  // in its cache and reuse it for the same query without validating it again.
  const refused = new WeakMap<object, string>();
  return {
    async requestDidStart() {
      return {
        async validationDidStart(request: { document?: Document }) {
          const problem = request.document ? operationProblem(request.document, queryNames) : null;
          if (!problem) return;
          const nothing: Document = { kind: 'Document', definitions: [] };
          refused.set(nothing, problem);
          request.document = nothing;
        },
        async didResolveOperation({ document }: { document?: Document }) {
          const problem = document && refused.get(document);
          if (problem) throw refusal(problem);
        },
      };
    },
  };
}
