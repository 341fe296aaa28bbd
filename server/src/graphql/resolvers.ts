/**
 * The GraphQL queries read through the notices service, the one path REST uses too, with the
 * same argument checks: a malformed locale or version is a BAD_USER_INPUT error, a notice that
 * does not exist (or has nothing published) is null.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../services/get-service';
import { localeParam, slugParam, versionParam } from '../http/request';

interface Args {
  slug?: string;
  locale?: string | null;
  version?: number | null;
}

const optional = <T>(value: T | null | undefined) => (value === null ? undefined : value);

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

  return {
    Query: {
      privacyNotice: (_parent: unknown, args: Args) =>
        orNull(() => {
          const version = versionParam(args.version === null || args.version === undefined ? undefined : String(args.version));
          return notices().findOne(slugParam(args.slug ?? ''), { locale: locale(args), version });
        }),
      privacyNotices: (_parent: unknown, args: Args) => notices().list({ locale: locale(args) }),
      privacyNoticeVersions: (_parent: unknown, args: Args) =>
        orNull(async () => (await notices().versions(slugParam(args.slug ?? ''), { locale: locale(args) })).versions),
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
  privacyNoticeVersions: 'plugin::privacy-notices.notices.versions',
} as const;
