/**
 * JSON that is safe wherever it is pasted: `<`, `>` and `&` written as `\u003c`, `\u003e` and
 * `\u0026`, so that no text in it can close an HTML `<script>` element (JSON-LD is inlined in
 * one), open a comment or start an entity. The escapes are plain JSON: every parser reads the
 * same data.
 */

const UNSAFE = /[<>&]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

/**
 * A JSON text with `<`, `>` and `&` escaped. These characters occur only inside strings in JSON,
 * so replacing them in the whole text is exact.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE, (character) => ESCAPES[character]);
}

/** A value as JSON safe to paste anywhere. */
export function safeJson(value: unknown, space?: number): string {
  return escapeJsonText(JSON.stringify(value, null, space));
}

/** The most of a client's input that an error may quote back. */
export const MAX_ECHO = 200;

interface ErrorBody {
  data: null;
  error: { details?: { errors?: Array<Record<string, unknown>> } };
}

const isErrorBody = (body: unknown): body is ErrorBody =>
  typeof body === 'object' && body !== null && (body as ErrorBody).data === null && typeof (body as ErrorBody).error === 'object';

/**
 * An error body whose `details.errors[].value` — Strapi's validation copies the whole refused
 * value there — quotes at most MAX_ECHO characters: a longer text is cut, a longer object or
 * list left out.
 */
export function withShortEchoes<T>(body: T): T {
  if (!isErrorBody(body) || !Array.isArray(body.error.details?.errors)) return body;
  const errors = body.error.details.errors.map((item) => {
    if (!item || typeof item !== 'object' || !('value' in item)) return item;
    const { value, ...rest } = item;
    if (typeof value === 'string') return value.length > MAX_ECHO ? { ...rest, value: `${value.slice(0, MAX_ECHO)}…` } : item;
    return (JSON.stringify(value) ?? '').length > MAX_ECHO ? rest : item;
  });
  return { ...body, error: { ...body.error, details: { ...body.error.details, errors } } };
}
