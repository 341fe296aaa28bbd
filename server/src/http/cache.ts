/**
 * HTTP caching for the public routes: an ETag naming what the response was made from, 304 for
 * a client that already has it, and a short Cache-Control that never outlives the moment an
 * announced version takes effect.
 */
import { createHash } from 'node:crypto';

/** The parts of a Koa context the caching reads and writes. */
export interface CacheableContext {
  status: number;
  body: unknown;
  fresh: boolean;
  set(field: string, value: string): void;
  type: string;
}

export interface Cacheable<T> {
  /** Readable parts of the ETag, e.g. the version's contentHash, the served locale and the format. */
  tag: string[];
  /** Everything else the response depends on (history, upcoming version, links …); digested into the ETag. */
  state: unknown;
  /** When the response will change by itself: an upcoming version's effectiveFrom. */
  changesAt?: string | null;
  /** Built only when the client does not have it already. */
  body: () => T;
  /** The ETag when already computed (a remembered response). */
  etag?: string;
}

export function entityTag(tag: string[], state: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(state ?? null)).digest('base64url').slice(0, 16);
  return `"${[...tag, digest].join('.').replace(/[^\w.-]/g, '_')}"`;
}

/** Seconds a cache may keep the response: the configured maximum, cut short when an upcoming version takes effect sooner. */
export function maxAgeSeconds(configured: number, changesAt: string | null | undefined, now = Date.now()): number {
  if (!changesAt) return configured;
  return Math.max(0, Math.min(configured, Math.ceil((Date.parse(changesAt) - now) / 1000)));
}

interface CachePolicy {
  maxAge: number;
  /** Responses that need credentials (publicApi false) must not be stored by shared caches. */
  shared: boolean;
}

export function sendCached<T>(ctx: CacheableContext, response: Cacheable<T>, policy: CachePolicy, type: string) {
  ctx.status = 200;
  ctx.set('ETag', response.etag ?? entityTag(response.tag, response.state));
  ctx.set('Cache-Control', `${policy.shared ? 'public' : 'private'}, max-age=${maxAgeSeconds(policy.maxAge, response.changesAt)}`);
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = response.body();
  ctx.type = type;
}
