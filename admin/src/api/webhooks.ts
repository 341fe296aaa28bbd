/**
 * Strapi's own webhooks (`/admin/webhooks`), as the plugin's "Webhook events" settings page reads
 * and changes them: endpoints injected into the admin's API slice under Strapi's `Webhook` tag, so
 * that Strapi's Settings → Webhooks shows a change made here without reloading.
 */
import { adminApi } from '@strapi/strapi/admin';

export interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** The plugin's events, as the server registers them with Strapi's webhook store. */
export const PLUGIN_WEBHOOK_EVENTS = ['privacy-notice.publish', 'privacy-notice.effective'] as const;

const WEBHOOK = 'Webhook' as const;

const api = adminApi.enhanceEndpoints({ addTagTypes: [WEBHOOK] }).injectEndpoints({
  endpoints: (build) => ({
    privacyNoticesListWebhooks: build.query<Webhook[], void>({
      query: () => ({ url: '/admin/webhooks', method: 'GET' }),
      transformResponse: (response: { data: Webhook[] }) => response.data,
      providesTags: (result) => [...(result ?? []).map(({ id }) => ({ type: WEBHOOK, id })), { type: WEBHOOK, id: 'LIST' }],
    }),

    /** Sets the webhook's events; its name, URL, headers and enabled state are sent back as read. */
    privacyNoticesSetWebhookEvents: build.mutation<Webhook, { webhook: Webhook; events: string[] }>({
      query: ({ webhook, events }) => ({
        url: `/admin/webhooks/${webhook.id}`,
        method: 'PUT',
        data: { name: webhook.name, url: webhook.url, headers: webhook.headers ?? {}, isEnabled: webhook.isEnabled, events },
      }),
      transformResponse: (response: { data: Webhook }) => response.data,
      invalidatesTags: (_result, _error, { webhook }) => [{ type: WEBHOOK, id: webhook.id }, { type: WEBHOOK, id: 'LIST' }],
    }),
  }),
  overrideExisting: false,
});

export const { usePrivacyNoticesListWebhooksQuery: useListWebhooksQuery, usePrivacyNoticesSetWebhookEventsMutation: useSetWebhookEventsMutation } = api;
