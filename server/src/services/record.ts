/**
 * The record of processing activities (GDPR Art 30(1)): one entry per register from its published
 * version in force on a date (only versions within the register's chain head), in the admin's
 * language, written as JSON, CSV, XLSX or HTML. Admin only.
 */
import type { Core } from '@strapi/strapi';
import { versionInForceAt } from '../domain/in-force';
import { RECORD_FORMATS, recordEntry, recordGaps, recordTables, recordTexts, toCsv, toHtml, toXlsx, type RecordEntry, type RecordFormat } from '../domain/record';
import { buildSnapshot } from '../domain/snapshot';
import type { NoticeSnapshot } from '../domain/types';
import { versionRepository } from '../repositories/version-repository';
import { chainHeadRepository } from '../repositories/chain-head-repository';
import { pluginConfig } from '../config/access';
import { getService } from './get-service';

export interface RecordQuery {
  /** The moment the record is drawn up for, and the date it names (`YYYY-MM-DD`). */
  at: Date;
  date: string;
  language: string;
}

export interface RecordDocument {
  body: string | Buffer | object;
  contentType: string;
  filename: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = versionRepository(strapi);
  const registers = chainHeadRepository(strapi);

  async function entries({ at, language }: RecordQuery): Promise<RecordEntry[]> {
    const heads = (await registers.all()).filter((register) => register.head);
    const summaries = await versions.summaries(heads.map((r) => r.documentId));
    const inForce = heads
      .map((register) => {
        const own = summaries.filter((v) => v.registerDocumentId === register.documentId && v.version <= register.head!.version);
        return { register, version: versionInForceAt(own, at) };
      })
      .filter((entry) => entry.version !== null);
    const snapshots = await versions.snapshots(inForce.map(({ register, version }) => ({ registerDocumentId: register.documentId, version: version!.version })));
    const texts = recordTexts(language);
    return inForce
      .map(({ register, version }) => recordEntry(register.slug, version!, snapshots.get(`${register.documentId}#${version!.version}`) as NoticeSnapshot, texts))
      .sort((a, b) => a.title.localeCompare(b.title, language));
  }

  return {
    entries,

    async document(query: RecordQuery, format: RecordFormat): Promise<RecordDocument> {
      const list = await entries(query);
      const texts = recordTexts(query.language);
      const { contentType, extension } = RECORD_FORMATS[format];
      const filename = `record-of-processing-${query.date}.${extension}`;
      switch (format) {
        case 'json':
          return { body: { data: { at: query.date, language: texts.language, entries: list } }, contentType, filename };
        case 'csv': {
          const [registersTable] = recordTables(list, texts);
          return { body: toCsv(registersTable.header, registersTable.rows), contentType, filename };
        }
        case 'xlsx':
          return { body: await toXlsx(recordTables(list, texts), `${texts.t('title')} — ${query.date}`), contentType, filename };
        case 'html':
          return { body: toHtml(list, texts, query.date), contentType, filename };
      }
    },

    /** The Art 30 view of every register not archived, as it stands now: which record items it still lacks. */
    async gaps() {
      const library = getService(strapi, 'library');
      const listed = await registers.all({ listedOnly: true });
      const config = pluginConfig(strapi);
      return Promise.all(
        listed.map(async (head) => {
          const snapshot = buildSnapshot(await library.load('registers', head.documentId), config);
          const language = snapshot.defaultLanguage;
          return { documentId: head.documentId, slug: head.slug, title: snapshot.title[language] ?? head.slug, items: recordGaps(snapshot) };
        }),
      );
    },
  };
};
