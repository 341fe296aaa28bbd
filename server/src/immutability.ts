/**
 * Guards that keep published versions immutable and their registers in place, whoever asks:
 * the admin API, another plugin's strapi.documents(...) call or a strapi.db.query(...) call.
 */
import type { Core } from '@strapi/strapi';
import { UID } from './uids';
import { conflict } from './errors';
import { isVersionWriteAllowed } from './repositories/version-guard';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

const immutable = () =>
  conflict('Published privacy-notice versions are immutable: a version is only ever added, by publishing its register.');

export function protectPublishedVersions(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UID.noticeVersion && WRITE_ACTIONS.has(context.action) && !isVersionWriteAllowed()) {
      throw immutable();
    }
    if (context.uid === UID.register && context.action === 'delete') {
      const documentId = (context.params as { documentId?: string }).documentId;
      const versions = documentId ? await strapi.db.query(UID.noticeVersion).count({ where: { registerDocumentId: documentId } }) : 0;
      if (versions > 0) {
        throw conflict(`This register has ${versions} published version(s) and cannot be deleted; archive it instead.`, { versions });
      }
    }
    return next();
  });

  const refuse = () => {
    if (!isVersionWriteAllowed()) throw immutable();
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
}
