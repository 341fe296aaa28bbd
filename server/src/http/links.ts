/**
 * Absolute addresses of the public API, for feeds and JSON-LD. The base is Strapi's `server.url`
 * when it is an absolute URL (set it behind a proxy or CDN), otherwise the origin the request
 * came to; a relative `server.url` such as `/cms` is kept as a path prefix.
 */
import type { Core } from '@strapi/strapi';

export interface NoticeLinks {
  api: string;
  notices(query?: Record<string, string | undefined>): string;
  notice(slug: string, query?: Record<string, string | undefined>): string;
  version(slug: string, version: number, query?: Record<string, string | undefined>): string;
  changelog(slug: string | null, query?: Record<string, string | undefined>): string;
}

function withQuery(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function noticeLinks(strapi: Core.Strapi, requestOrigin: string): NoticeLinks {
  const serverUrl = (strapi.config.get('server.url') as string | undefined) ?? '';
  const base = /^https?:\/\//i.test(serverUrl) ? serverUrl : `${requestOrigin}${serverUrl}`;
  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  const api = `${base.replace(/\/+$/, '')}${prefix}/privacy-notices`;
  return {
    api,
    notices: (query) => withQuery(`${api}/notices`, query),
    notice: (slug, query) => withQuery(`${api}/notices/${encodeURIComponent(slug)}`, query),
    version: (slug, version, query) => withQuery(`${api}/notices/${encodeURIComponent(slug)}/versions/${version}`, query),
    changelog: (slug, query) => withQuery(slug === null ? `${api}/changelog` : `${api}/notices/${encodeURIComponent(slug)}/changelog`, query),
  };
}
