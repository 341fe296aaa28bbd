/**
 * The one client of the plugin's admin API (`/privacy-notices/…`): RTK Query endpoints injected
 * into the admin's own API slice, as Strapi's plugins do. Answers are cached per argument and
 * shared by every component that asks; saving, creating, deleting and publishing invalidate
 * exactly the answers they change. Requests carry the admin login through Strapi's fetch client.
 */
import { adminApi, getFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { ImportPreview, ImportResult } from '../pages/ImportPage/types';
import type { RecordEntry, RecordFileFormat, RecordGaps } from '../pages/RecordPage/types';
import type {
  CompletenessReport,
  EntryByKind,
  EntryKind,
  ListQuery,
  ListResponse,
  NoticeVersion,
  PublishedVersion,
  PreviewInfo,
  PublishInput,
  Settings,
  VersionComparison,
} from './types';

const BASE = `/${PLUGIN_ID}`;
const ENTRY = 'PrivacyNoticesEntry' as const;
const NOTICE = 'PrivacyNoticesNotice' as const;
const RECORD = 'PrivacyNoticesRecord' as const;

type Body<T> = { data: T };
const unwrap = <T>(response: Body<T>) => response.data;

/** An entry's cache tag; `LIST` for every list of a kind. */
const entryTag = (kind: EntryKind, documentId: string) => ({ type: ENTRY, id: `${kind}:${documentId}` });
const listTag = (kind: EntryKind) => ({ type: ENTRY, id: `${kind}:LIST` });
/** What a register's saved state shows: its preview, completeness check, versions and diffs. */
const noticeTag = (documentId: string) => ({ type: NOTICE, id: documentId });

/**
 * A saved register changes its list, its notice (preview, check, versions' diff) and the record;
 * a library entry changes every register showing it, so all of them are asked again.
 */
const afterEntryWrite = (kind: EntryKind, documentId: string) =>
  kind === 'registers' ? [listTag('registers'), noticeTag(documentId), RECORD] : [ENTRY, NOTICE, RECORD];

const api = adminApi.enhanceEndpoints({ addTagTypes: [ENTRY, NOTICE, RECORD] }).injectEndpoints({
  endpoints: (build) => ({
    privacyNoticesGetSettings: build.query<Settings, void>({
      query: () => `${BASE}/settings`,
      transformResponse: unwrap<Settings>,
    }),

    privacyNoticesListEntries: build.query<ListResponse<EntryByKind[EntryKind]>, { kind: EntryKind; query?: ListQuery }>({
      query: ({ kind, query = {} }) => ({ url: `${BASE}/${kind}`, method: 'GET', config: { params: query } }),
      providesTags: (result, _error, { kind }) => [listTag(kind), ...(result?.data ?? []).map((entry) => entryTag(kind, entry.documentId))],
    }),

    privacyNoticesGetEntry: build.query<EntryByKind[EntryKind], { kind: EntryKind; documentId: string }>({
      query: ({ kind, documentId }) => `${BASE}/${kind}/${documentId}`,
      transformResponse: unwrap<EntryByKind[EntryKind]>,
      providesTags: (_result, _error, { kind, documentId }) => [entryTag(kind, documentId)],
    }),

    privacyNoticesCreateEntry: build.mutation<EntryByKind[EntryKind], { kind: EntryKind; body: Record<string, unknown> }>({
      query: ({ kind, body }) => ({ url: `${BASE}/${kind}`, method: 'POST', data: { data: body } }),
      transformResponse: unwrap<EntryByKind[EntryKind]>,
      invalidatesTags: (_result, error, { kind }) => (error ? [] : [listTag(kind)]),
    }),

    /** The answer is the saved entry (a register with its status): it replaces the cached one, no second request. */
    privacyNoticesUpdateEntry: build.mutation<EntryByKind[EntryKind], { kind: EntryKind; documentId: string; body: Record<string, unknown> }>({
      query: ({ kind, documentId, body }) => ({ url: `${BASE}/${kind}/${documentId}`, method: 'PUT', data: { data: body } }),
      transformResponse: unwrap<EntryByKind[EntryKind]>,
      async onQueryStarted({ kind, documentId }, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) dispatch(api.util.upsertQueryData('privacyNoticesGetEntry', { kind, documentId }, data));
      },
      invalidatesTags: (_result, error, { kind, documentId }) =>
        error ? [] : afterEntryWrite(kind, documentId),
    }),

    privacyNoticesDeleteEntry: build.mutation<EntryByKind[EntryKind], { kind: EntryKind; documentId: string }>({
      query: ({ kind, documentId }) => ({ url: `${BASE}/${kind}/${documentId}`, method: 'DELETE' }),
      transformResponse: unwrap<EntryByKind[EntryKind]>,
      invalidatesTags: (_result, error, { kind }) => (error ? [] : [listTag(kind), RECORD]),
    }),

    privacyNoticesPublish: build.mutation<PublishedVersion, { documentId: string; input: PublishInput }>({
      query: ({ documentId, input }) => ({ url: `${BASE}/registers/${documentId}/publish`, method: 'POST', data: { data: input } }),
      transformResponse: unwrap<PublishedVersion>,
      invalidatesTags: (_result, error, { documentId }) =>
        error ? [] : [entryTag('registers', documentId), listTag('registers'), noticeTag(documentId), RECORD],
    }),

    privacyNoticesGetVersions: build.query<NoticeVersion[], string>({
      query: (documentId) => `${BASE}/registers/${documentId}/versions`,
      transformResponse: unwrap<NoticeVersion[]>,
      providesTags: (_result, _error, documentId) => [noticeTag(documentId)],
    }),

    /** The saved state rendered as publishing it would show it (a whole HTML document); null where the server has none. */
    privacyNoticesGetPreview: build.query<string | null, { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({
        url: `${BASE}/registers/${documentId}/preview`,
        method: 'GET',
        config: { params: { locale, format: 'html' }, responseType: 'text' } as never,
      }),
      providesTags: (_result, _error, { documentId }) => [noticeTag(documentId)],
    }),

    /** What a reader of `locale` would get: among it the texts shown in the default language for want of a translation. */
    privacyNoticesGetPreviewInfo: build.query<PreviewInfo, { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({ url: `${BASE}/registers/${documentId}/preview`, method: 'GET', config: { params: { locale, format: 'json' } } }),
      transformResponse: unwrap<PreviewInfo>,
      providesTags: (_result, _error, { documentId }) => [noticeTag(documentId)],
    }),

    /** The GDPR Art 13/14 completeness report of the saved state. */
    privacyNoticesGetCheck: build.query<CompletenessReport, { documentId: string; locale: string }>({
      query: ({ documentId, locale }) => ({ url: `${BASE}/registers/${documentId}/check`, method: 'GET', config: { params: { locale } } }),
      transformResponse: unwrap<CompletenessReport>,
      providesTags: (_result, _error, { documentId }) => [noticeTag(documentId)],
    }),

    privacyNoticesGetDiff: build.query<VersionComparison, { documentId: string; from: number; to: number; locale: string }>({
      query: ({ documentId, from, to, locale }) => ({ url: `${BASE}/registers/${documentId}/diff`, method: 'GET', config: { params: { from, to, locale } } }),
      transformResponse: unwrap<VersionComparison>,
      providesTags: (_result, _error, { documentId }) => [noticeTag(documentId)],
    }),

    /** The import's dry run of pasted text (a .docx goes by previewImportFile). */
    privacyNoticesPreviewImport: build.mutation<ImportPreview, Record<string, unknown>>({
      query: (data) => ({ url: `${BASE}/import`, method: 'POST', data }),
      transformResponse: unwrap<ImportPreview>,
    }),

    privacyNoticesCreateImport: build.mutation<ImportResult, Record<string, unknown>>({
      query: (data) => ({ url: `${BASE}/import`, method: 'POST', data }),
      transformResponse: unwrap<ImportResult>,
      invalidatesTags: (_result, error) => (error ? [] : [listTag('registers'), listTag('purposes'), listTag('data-categories'), listTag('controllers'), listTag('recipients'), RECORD]),
    }),

    privacyNoticesGetRecord: build.query<{ at: string; entries: RecordEntry[] }, { at: string; locale: string }>({
      query: ({ at, locale }) => ({ url: `${BASE}/record-of-processing`, method: 'GET', config: { params: { format: 'json', at, locale } } }),
      transformResponse: unwrap<{ at: string; entries: RecordEntry[] }>,
      providesTags: [RECORD],
    }),

    privacyNoticesGetRecordGaps: build.query<RecordGaps[], void>({
      query: () => `${BASE}/record-of-processing/gaps`,
      transformResponse: unwrap<RecordGaps[]>,
      providesTags: [RECORD],
    }),
  }),
  overrideExisting: false,
});

/** Every endpoint's name carries the plugin's, as they share the admin's one API slice with Strapi's own (i18n has a getSettings). */
export const {
  usePrivacyNoticesCreateEntryMutation: useCreateEntryMutation,
  usePrivacyNoticesCreateImportMutation: useCreateImportMutation,
  usePrivacyNoticesDeleteEntryMutation: useDeleteEntryMutation,
  usePrivacyNoticesGetCheckQuery: useGetCheckQuery,
  usePrivacyNoticesGetDiffQuery: useGetDiffQuery,
  usePrivacyNoticesGetEntryQuery: useGetEntryQuery,
  usePrivacyNoticesGetPreviewInfoQuery: useGetPreviewInfoQuery,
  usePrivacyNoticesGetPreviewQuery: useGetPreviewQuery,
  usePrivacyNoticesGetRecordGapsQuery: useGetRecordGapsQuery,
  usePrivacyNoticesGetRecordQuery: useGetRecordQuery,
  usePrivacyNoticesGetSettingsQuery: useGetSettingsQuery,
  usePrivacyNoticesGetVersionsQuery: useGetVersionsQuery,
  usePrivacyNoticesListEntriesQuery: useListEntriesQuery,
  usePrivacyNoticesPreviewImportMutation: usePreviewImportMutation,
  usePrivacyNoticesPublishMutation: usePublishMutation,
  usePrivacyNoticesUpdateEntryMutation: useUpdateEntryMutation,
} = api;

/** The record of processing as a file to download: a Blob, kept out of the cache. */
export async function downloadRecordFile(format: RecordFileFormat, at: string, locale: string): Promise<Blob> {
  const { get } = getFetchClient();
  const { data } = await get<Blob>(`${BASE}/record-of-processing`, { params: { format, at, locale }, responseType: 'blob' } as never);
  return data;
}

/** The import's dry run of a .docx, sent as a multipart form: a File is kept out of the store. */
export async function previewImportFile(file: File, locale: string): Promise<ImportPreview> {
  const { post } = getFetchClient();
  const form = new FormData();
  form.append('file', file);
  form.append('data', JSON.stringify({ locale, dryRun: true }));
  const { data } = await post<Body<ImportPreview>>(`${BASE}/import`, form);
  return data.data;
}

type QueryOptions = { skip?: boolean };

/** One entry of a kind, typed as that kind. */
export function useEntry<K extends EntryKind>(kind: K, documentId: string, options?: QueryOptions) {
  const result = useGetEntryQuery({ kind, documentId }, options);
  return result as Omit<typeof result, 'data'> & { data?: EntryByKind[K] };
}

/** A page of entries of a kind, typed as that kind. */
export function useEntryList<K extends EntryKind>(kind: K, query: ListQuery, options?: QueryOptions) {
  const result = useListEntriesQuery({ kind, query }, options);
  return result as Omit<typeof result, 'data'> & { data?: ListResponse<EntryByKind[K]> };
}
