/**
 * Text that every database stores as sent, or a 400 naming where it is not: no NUL character
 * (PostgreSQL refuses it, even in JSON), no ill-formed UTF-16 (a lone surrogate such as "\ud800",
 * which has no UTF-8 form: PostgreSQL refuses it and SQLite and MySQL would store something else),
 * and no nesting so deep that validating it would overflow the stack. Checked on the body and the
 * query of every plugin route, in keys as in values. (Path parameters are checked by their own
 * patterns, and an address that cannot be a documentId or slug is simply not found.)
 */
import { fieldError, quoted } from '../errors';

/** Far deeper than any body the API takes (an extra section's text is 4 levels down). */
export const MAX_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** A key as a message may name it: short, and without the characters it is refused for. */
const shown = (key: string) => quoted(key).replace(LONE_SURROGATES, '\uFFFD').replace(/\u0000/g, '\uFFFD');

interface Problem {
  path: string[];
  message: string;
  code: string;
}

function textProblem(text: string): Omit<Problem, 'path'> | null {
  if (text.includes('\u0000')) return { message: 'contains a NUL character', code: 'validation.text.nul' };
  if (LONE_SURROGATE.test(text)) return { message: 'is not well-formed Unicode: it contains a lone UTF-16 surrogate', code: 'validation.text.illFormed' };
  return null;
}

/** The first problem in reading order, walked with an explicit stack so that depth cannot overflow it. */
export function unstorableText(data: unknown): Problem | null {
  const pending: [unknown, string[]][] = [[data, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (path.length > MAX_DEPTH) {
      return { path: path.slice(0, MAX_DEPTH), message: `is nested more than ${MAX_DEPTH} levels deep`, code: 'validation.body.tooDeep' };
    }
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path, ...problem };
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [key] of entries) {
        const problem = textProblem(key);
        if (problem) return { path: [...path, key], ...problem };
      }
      // Reversed, so that the first problem in reading order is the one reported.
      for (const [key, child] of entries.reverse()) pending.push([child, [...path, key]]);
    }
  }
  return null;
}

/** Throws the 400 for the first unstorable text in `data`; `name` is its path when it has none of its own. */
export function assertStorableText(data: unknown, name: string) {
  const problem = unstorableText(data);
  if (!problem) return;
  const path = problem.path.map(shown).join('.') || name;
  throw fieldError(path, `${path} ${problem.message}`, { code: problem.code, params: {} });
}

interface RequestContext {
  query?: Record<string, unknown>;
  request: { body?: unknown };
}

/**
 * Route middleware for every plugin route. A JSON body's paths are given from inside its `data`,
 * as the validation's are.
 */
export async function storableRequestText(ctx: RequestContext, next: () => Promise<unknown>) {
  assertStorableText(ctx.query ?? {}, 'query');
  const body = ctx.request.body as { data?: unknown } | undefined;
  const inData = body && typeof body === 'object' && !Array.isArray(body) && 'data' in body;
  if (inData) assertStorableText({ ...body, data: undefined }, 'body');
  assertStorableText(inData ? body.data : body, inData ? 'data' : 'body');
  return next();
}
