/**
 * Absolute addresses of the public API, for feeds and JSON-LD. The base is Strapi's `server.url`
 * when it is an absolute http(s) URL (set it behind a proxy or CDN): the request's Host header is
 * then not used at all. Otherwise the base is the origin the request came to, once its Host header
 * has been checked to be a host name or IP address with a valid port — a malformed one (`a b`,
 * `evil"><x`, `[::1`, port 99999, empty) is answered with 400 before any URL is built from it. A
 * relative `server.url` such as `/cms` is kept as a path prefix.
 */
import type { Core } from '@strapi/strapi';
import { fieldError } from '../errors';

export interface NoticeLinks {
  api: string;
  notices(query?: Record<string, string | undefined>): string;
  notice(slug: string, query?: Record<string, string | undefined>): string;
  version(slug: string, version: number, query?: Record<string, string | undefined>): string;
  /** The paged list of a notice's versions: the full history a notice response links to. */
  versions(slug: string, query?: Record<string, string | undefined>): string;
  changelog(slug: string | null, query?: Record<string, string | undefined>): string;
}

function withQuery(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** `host` or `host:port` as RFC 9110 allows it in a Host header: a name, an IPv4 address or a bracketed IPv6 address. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9])?)(?::(\d{1,5}))?$/;

/** The origin of `server.url` when it is an absolute http(s) URL. */
function configuredOrigin(serverUrl: string): string | null {
  if (!/^https?:\/\//i.test(serverUrl)) return null;
  try {
    return new URL(serverUrl).href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** The origin the request came to, from its protocol and Host header, or a 400 if the header is malformed. */
export function requestOrigin(protocol: string, host: string): string {
  const match = HOST.exec(host);
  const port = match?.[1] === undefined ? null : Number(match[1]);
  let url: URL | null = null;
  if (match && (port === null || (port >= 1 && port <= 65535)) && /^https?$/.test(protocol)) {
    try {
      url = new URL(`${protocol}://${host}`);
    } catch {
      url = null;
    }
  }
  if (!url) throw fieldError('host', 'the Host header is not a valid host name, IP address or port', { code: 'request.host.malformed', params: {} });
  return url.origin;
}

export function noticeLinks(strapi: Core.Strapi, request: { protocol: string; host: string }): NoticeLinks {
  const serverUrl = (strapi.config.get('server.url') as string | undefined) ?? '';
  const base = configuredOrigin(serverUrl) ?? `${requestOrigin(request.protocol, request.host)}${serverUrl.startsWith('/') ? serverUrl : ''}`;
  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  const api = `${base.replace(/\/+$/, '')}${prefix}/privacy-notices`;
  return {
    api,
    notices: (query) => withQuery(`${api}/notices`, query),
    notice: (slug, query) => withQuery(`${api}/notices/${encodeURIComponent(slug)}`, query),
    version: (slug, version, query) => withQuery(`${api}/notices/${encodeURIComponent(slug)}/versions/${version}`, query),
    versions: (slug, query) => withQuery(`${api}/notices/${encodeURIComponent(slug)}/versions`, query),
    changelog: (slug, query) => withQuery(slug === null ? `${api}/changelog` : `${api}/notices/${encodeURIComponent(slug)}/changelog`, query),
  };
}
