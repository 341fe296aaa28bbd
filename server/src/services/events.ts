/**
 * Strapi webhooks of the plugin, selectable like Strapi's own events: `privacy-notice.publish` when
 * a version is published, `privacy-notice.effective` when a version announced ahead takes effect.
 * The second is found by a cron task in every process; a claim row decides which one sends it.
 */
import type { Core } from '@strapi/strapi';
import type { TranslatableText } from '../domain/types';
import { effectiveEventRepository } from '../repositories/effective-event-repository';
import { pluginConfig } from '../config/access';

export const WEBHOOK_EVENTS = {
  PRIVACY_NOTICE_PUBLISH: 'privacy-notice.publish',
  PRIVACY_NOTICE_EFFECTIVE: 'privacy-notice.effective',
} as const;

/** How far back a missed moment is still announced, e.g. after every process was down over it. */
const CATCH_UP_MS = 7 * 24 * 60 * 60 * 1000;

export interface NoticeEvent {
  slug: string;
  version: number;
  updatedOn: string;
  effectiveFrom: string;
  material: boolean;
  changeSummary: TranslatableText | null;
  contentHash: string;
  recordHash: string | null;
}

const noticeOf = (version: NoticeEvent): NoticeEvent => ({
  slug: version.slug,
  version: version.version,
  updatedOn: version.updatedOn,
  effectiveFrom: version.effectiveFrom,
  material: version.material,
  changeSummary: version.changeSummary,
  contentHash: version.contentHash,
  recordHash: version.recordHash,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = effectiveEventRepository(strapi);
  const emit = (event: string, notice: NoticeEvent) => strapi.eventHub.emit(event, { notice: noticeOf(notice) });

  /** Sends `privacy-notice.effective` for every announced version that has taken effect, once across every process. Returns how many this process sent. */
  async function announceTakingEffect(now = new Date()): Promise<number> {
    let sent = 0;
    for (const version of await repository.announcedTakingEffect(new Date(now.getTime() - CATCH_UP_MS), now)) {
      if (await repository.claim(`effective:${version.registerDocumentId}#${version.version}`)) {
        await emit(WEBHOOK_EVENTS.PRIVACY_NOTICE_EFFECTIVE, version);
        sent += 1;
      }
    }
    return sent;
  }

  return {
    /** Lets Settings → Webhooks (and its API) accept the plugin's events, and starts the effective-date check. */
    register() {
      const store = strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void };
      for (const [key, value] of Object.entries(WEBHOOK_EVENTS)) store.addAllowedEvent(key, value);
      strapi.cron.add({
        'privacy-notices-effective': {
          task: () => announceTakingEffect(),
          options: { rule: pluginConfig(strapi).effectiveCheckRule },
        },
      });
    },

    async published(version: NoticeEvent) {
      await emit(WEBHOOK_EVENTS.PRIVACY_NOTICE_PUBLISH, version);
    },

    announceTakingEffect,
  };
};
