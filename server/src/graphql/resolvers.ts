/**
 * The GraphQL queries read through the notices service, the one path REST uses too, with the
 * same argument checks: a malformed locale or version is a BAD_USER_INPUT error, a notice that
 * does not exist (or has nothing published) is null.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../services/get-service';
import { atParam, localeParam, pageParams, slugParam, versionParam } from '../http/request';
import { pluginConfig } from '../config/access';
import { fieldError } from '../errors';
import { noticeLinks } from '../http/links';

interface Args {
  slug?: string;
  locale?: string | null;
  version?: number | null;
  at?: string | null;
  page?: number | null;
  pageSize?: number | null;
}

/** What @strapi/plugin-graphql gives every resolver: the Koa context of the request. */
interface Context {
  koaContext: { request: { protocol: string; host: string } };
}

const optional = <T>(value: T | null | undefined) => (value === null ? undefined : value);
/** A GraphQL Int as the query string would carry it. */
const asParam = (value: number | null | undefined) => (value === null || value === undefined ? undefined : String(value));

/** Null instead of an error for a notice that does not exist, as GraphQL clients expect. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof errors.NotFoundError) return null;
    throw error;
  }
}

export function resolvers(strapi: Core.Strapi) {
  const notices = () => getService(strapi, 'notices');
  const locale = (args: Args) => localeParam(optional(args.locale));
  /** The same checks as REST's `?page=&pageSize=`. */
  const page = (args: Args) => pageParams({ page: asParam(args.page), pageSize: asParam(args.pageSize) });
  const list = (args: Args) => notices().list({ locale: locale(args) }, page(args));
  // The page is checked before the notice is looked up, so that a bad page is an error even for an unknown notice, as in REST.
  const versionsPage = (args: Args) => notices().versions(slugParam(args.slug ?? ''), { locale: locale(args) }, page(args));

  return {
    Query: {
      privacyNotice: (_parent: unknown, args: Args, context: Context) =>
        orNull(() => {
          const version = versionParam(args.version === null || args.version === undefined ? undefined : String(args.version));
          const at = atParam(optional(args.at), pluginConfig(strapi).timeZone);
          if (at && version !== undefined) throw fieldError('at', 'at and version cannot be asked for together');
          return notices().findOne(slugParam(args.slug ?? ''), { locale: locale(args), version, at }, noticeLinks(strapi, context.koaContext.request));
        }),
      privacyNotices: async (_parent: unknown, args: Args) => (await list(args)).notices,
      privacyNotices_connection: async (_parent: unknown, args: Args) => {
        const { notices: nodes, pagination } = await list(args);
        return { nodes, pageInfo: pagination };
      },
      privacyNoticeVersions: (_parent: unknown, args: Args) => orNull(async () => (await versionsPage(args)).versions),
      privacyNoticeVersions_connection: (_parent: unknown, args: Args) =>
        orNull(async () => {
          const { versions, pagination } = await versionsPage(args);
          return { nodes: versions, pageInfo: pagination };
        }),
    },
    PrivacyNoticeHistoryEntry: {
      legacy: (entry: { legacy?: boolean }) => entry.legacy === true,
    },
  };
}

/** The REST actions whose Users & Permissions rules apply when the public API is not open. */
export const QUERY_ACTIONS = {
  privacyNotice: 'plugin::privacy-notices.notices.findOne',
  privacyNotices: 'plugin::privacy-notices.notices.list',
  privacyNotices_connection: 'plugin::privacy-notices.notices.list',
  privacyNoticeVersions: 'plugin::privacy-notices.notices.versions',
  privacyNoticeVersions_connection: 'plugin::privacy-notices.notices.versions',
} as const;
