/**
 * Reads and writes the editable entries (library parts and registers). With the version
 * repository, the only code that calls strapi.documents(...).
 */
import type { Core, UID as StrapiUID } from '@strapi/strapi';

type ContentUid = StrapiUID.ContentType;
export type Entry = Record<string, unknown> & { documentId: string };

export interface PageQuery {
  q?: string;
  page: number;
  pageSize: number;
  populate?: Record<string, true> | string[];
}

export const libraryRepository = (strapi: Core.Strapi) => {
  const documents = (uid: ContentUid) => strapi.documents(uid) as unknown as {
    findMany(params: object): Promise<Entry[]>;
    findOne(params: object): Promise<Entry | null>;
    count(params: object): Promise<number>;
    create(params: object): Promise<Entry>;
    update(params: object): Promise<Entry | null>;
    delete(params: object): Promise<unknown>;
  };

  return {
    async findPage(uid: ContentUid, { q, page, pageSize, populate }: PageQuery) {
      const filters = q ? { searchText: { $containsi: q.toLowerCase() } } : {};
      const [results, total] = await Promise.all([
        documents(uid).findMany({ filters, populate, sort: 'updatedAt:desc', limit: pageSize, start: (page - 1) * pageSize }),
        documents(uid).count({ filters }),
      ]);
      return { results, total };
    },

    findOne(uid: ContentUid, documentId: string, populate?: PageQuery['populate']) {
      return documents(uid).findOne({ documentId, populate });
    },

    findBy(uid: ContentUid, filters: object, fields?: string[]) {
      return documents(uid).findMany({ filters, fields });
    },

    /** The registers whose relation `field` holds any of these entries, with the entries they hold there. */
    usersOf(registerUid: ContentUid, field: string, documentIds: string[]) {
      if (documentIds.length === 0) return Promise.resolve([] as Entry[]);
      return documents(registerUid).findMany({
        filters: { [field]: { documentId: { $in: documentIds } } },
        fields: ['documentId', 'slug', 'title'],
        populate: { [field]: { fields: ['documentId'] } },
        sort: 'slug:asc',
      });
    },

    /** Which of these documentIds exist. */
    async existing(uid: ContentUid, documentIds: string[]): Promise<Set<string>> {
      if (documentIds.length === 0) return new Set();
      const found = await documents(uid).findMany({ filters: { documentId: { $in: documentIds } }, fields: ['documentId'] });
      return new Set(found.map((entry) => entry.documentId));
    },

    create(uid: ContentUid, data: object, populate?: PageQuery['populate']) {
      return documents(uid).create({ data, populate });
    },

    update(uid: ContentUid, documentId: string, data: object, populate?: PageQuery['populate']) {
      return documents(uid).update({ documentId, data, populate });
    },

    delete(uid: ContentUid, documentId: string) {
      return documents(uid).delete({ documentId });
    },
  };
};

export type LibraryRepository = ReturnType<typeof libraryRepository>;
