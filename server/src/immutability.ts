/**
 * Guards that keep the published record intact whoever asks through Strapi — the admin API, another
 * plugin's strapi.documents(...) call or a strapi.db.query(...) call: versions are only ever added,
 * by publishing; a register with versions keeps its slug and is not deleted; only publishing
 * moves a register's chain head; a library entry a register uses is not deleted. The database's
 * triggers (database/guards.ts) hold the same rules for everything that goes around Strapi.
 */
import type { Core } from '@strapi/strapi';
import { UID } from './uids';
import { chainHeadFixed, entryInUse, registerHasVersions, slugFrozen, versionsImmutable } from './conflicts';
import { isVersionWriteAllowed } from './repositories/version-guard';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** The library kinds and the register field that uses each. */
const LIBRARY_USES = [
  { uid: UID.controller, field: 'controller', label: 'controller' },
  { uid: UID.purpose, field: 'purposes', label: 'processing purpose' },
  { uid: UID.dataCategory, field: 'dataCategories', label: 'data category' },
  { uid: UID.recipient, field: 'recipients', label: 'recipient' },
] as const;

type Where = Record<string, unknown>;
interface LifecycleEvent {
  params: { where?: Where; data?: Record<string, unknown> | Record<string, unknown>[] };
}

export function protectPublishedVersions(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UID.noticeVersion && WRITE_ACTIONS.has(context.action) && !isVersionWriteAllowed()) {
      throw versionsImmutable();
    }
    return next();
  });

  const refuse = () => {
    if (!isVersionWriteAllowed()) throw versionsImmutable();
  };
  strapi.db.lifecycles.subscribe({
    models: [UID.noticeVersion],
    beforeCreate: refuse,
    beforeCreateMany: refuse,
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });

  protectRegisters(strapi);
  protectLibraryEntriesInUse(strapi);
}

/** How many versions each of the registers a query would write has. */
async function publishedAmong(strapi: Core.Strapi, where: Where | undefined) {
  const registers = (await strapi.db.query(UID.register).findMany({ where: where ?? {}, select: ['documentId', 'slug'] })) as { documentId: string; slug: string }[];
  if (registers.length === 0) return [];
  const versions = (await strapi.db.query(UID.noticeVersion).findMany({
    where: { registerDocumentId: { $in: registers.map((r) => r.documentId) } },
    select: ['registerDocumentId'],
  })) as { registerDocumentId: string }[];
  return registers
    .map((register) => ({ ...register, versions: versions.filter((v) => v.registerDocumentId === register.documentId).length }))
    .filter((register) => register.versions > 0);
}

const HEAD_FIELDS = ['headVersion', 'headRecordHash'];
const setsHead = (data: Record<string, unknown>) => HEAD_FIELDS.some((field) => data[field] !== undefined);

function protectRegisters(strapi: Core.Strapi) {
  const refuseHeadWrites = (event: LifecycleEvent) => {
    const data = event.params.data;
    const rows = Array.isArray(data) ? data : data ? [data] : [];
    if (!isVersionWriteAllowed() && rows.some(setsHead)) {
      throw chainHeadFixed();
    }
  };

  const keepSlug = async (event: LifecycleEvent) => {
    refuseHeadWrites(event);
    const data = event.params.data as Record<string, unknown> | undefined;
    if (data?.slug === undefined) return;
    const frozen = (await publishedAmong(strapi, event.params.where)).find((register) => register.slug !== data.slug);
    if (frozen) throw slugFrozen(frozen.slug, frozen.versions);
  };

  const keepPublished = async (event: LifecycleEvent) => {
    const [published] = await publishedAmong(strapi, event.params.where);
    if (published) throw registerHasVersions(published.versions);
  };

  strapi.db.lifecycles.subscribe({
    models: [UID.register],
    beforeCreate: refuseHeadWrites,
    beforeCreateMany: refuseHeadWrites,
    beforeUpdate: keepSlug,
    beforeUpdateMany: keepSlug,
    beforeDelete: keepPublished,
    beforeDeleteMany: keepPublished,
  });
}

function protectLibraryEntriesInUse(strapi: Core.Strapi) {
  for (const { uid, field, label } of LIBRARY_USES) {
    const keepUsed = async (event: LifecycleEvent) => {
      const entries = (await strapi.db.query(uid).findMany({ where: event.params.where ?? {}, select: ['id'] })) as { id: number }[];
      if (entries.length === 0) return;
      const users = (await strapi.db.query(UID.register).findMany({
        where: { [field]: { id: { $in: entries.map((e) => e.id) } } },
        select: ['documentId', 'slug'],
      })) as { documentId: string; slug: string }[];
      if (users.length > 0) throw entryInUse(label, users.map(({ documentId, slug }) => ({ documentId, slug })));
    };
    strapi.db.lifecycles.subscribe({ models: [uid], beforeDelete: keepUsed, beforeDeleteMany: keepUsed });
  }
}
