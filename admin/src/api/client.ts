/**
 * The one client of the plugin's admin API (`/privacy-notices/…`), on Strapi's fetch client so
 * requests carry the admin login and refresh it when needed.
 */
import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { apiErrorOf } from './errors';
import type {
  CompletenessReport,
  EntryByKind,
  EntryKind,
  ListQuery,
  ListResponse,
  NoticeVersion,
  PublishedVersion,
  PublishInput,
  Settings,
  VersionComparison,
} from './types';

const BASE = `/${PLUGIN_ID}`;

/** Resolves to null when the route answers 404: for routes a server may not have yet. */
async function unlessNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (apiErrorOf(error)?.status === 404) return null;
    throw error;
  }
}

export function usePrivacyNoticesApi() {
  const { get, post, put, del } = useFetchClient();

  return useMemo(
    () => ({
      settings: () => get<{ data: Settings }>(`${BASE}/settings`).then(({ data }) => data.data),

      list: <K extends EntryKind>(kind: K, query: ListQuery = {}) =>
        get<ListResponse<EntryByKind[K]>>(`${BASE}/${kind}`, { params: query }).then(({ data }) => data),

      findOne: <K extends EntryKind>(kind: K, documentId: string) =>
        get<{ data: EntryByKind[K] }>(`${BASE}/${kind}/${documentId}`).then(({ data }) => data.data),

      create: <K extends EntryKind>(kind: K, body: Record<string, unknown>) =>
        post<{ data: EntryByKind[K] }>(`${BASE}/${kind}`, { data: body }).then(({ data }) => data.data),

      update: <K extends EntryKind>(kind: K, documentId: string, body: Record<string, unknown>) =>
        put<{ data: EntryByKind[K] }>(`${BASE}/${kind}/${documentId}`, { data: body }).then(({ data }) => data.data),

      remove: (kind: EntryKind, documentId: string) => del(`${BASE}/${kind}/${documentId}`),

      publish: (documentId: string, input: PublishInput) =>
        post<{ data: PublishedVersion }>(`${BASE}/registers/${documentId}/publish`, { data: input }).then(({ data }) => data.data),

      versions: (documentId: string) =>
        get<{ data: NoticeVersion[] }>(`${BASE}/registers/${documentId}/versions`).then(({ data }) => data.data),

      /** The register's saved state rendered as the notice would be published; null where the server has no preview. */
      preview: (documentId: string, locale: string) =>
        unlessNotFound(
          get(`${BASE}/registers/${documentId}/preview`, { params: { locale, format: 'html' }, responseType: 'text' }).then(
            ({ data }) => data,
          ),
        ),

      /** The GDPR Art 13/14 completeness report; null where the server has no check. */
      check: (documentId: string, locale: string) =>
        unlessNotFound(
          get<{ data: CompletenessReport }>(`${BASE}/registers/${documentId}/check`, { params: { locale } }).then(({ data }) => data.data),
        ),

      diff: (documentId: string, from: number, to: number, locale: string) =>
        get<{ data: VersionComparison }>(`${BASE}/registers/${documentId}/diff`, { params: { from, to, locale } }).then(({ data }) => data.data),
    }),
    [get, post, put, del],
  );
}

export type PrivacyNoticesApi = ReturnType<typeof usePrivacyNoticesApi>;
