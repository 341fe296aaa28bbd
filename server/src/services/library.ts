/**
 * Create, read, update and delete the library parts and registers, with the validation and
 * referential checks an editor needs: the failing field is always named.
 */
import type { Core } from '@strapi/strapi';
import { libraryRepository, type Entry } from '../repositories/library-repository';
import { versionRepository } from '../repositories/version-repository';
import { pluginConfig } from '../config/access';
import { entryInUse, registerHasVersions, slugFrozen } from '../conflicts';
import { fieldError, NotFoundError, ValidationError } from '../errors';
import { isForeignKeyViolation, isGuardRefusal, isUniqueViolation } from '../database/errors';
import { validateBody } from '../validation/validate';
import { LIBRARY_KINDS, type LibraryKind, type LibraryKindKey } from './library-kinds';
import { UID } from '../uids';
import type { UsedBy } from '../contracts';
import { paginationOf } from '../domain/paging';

export interface ListQuery {
  q?: string;
  page: number;
  pageSize: number;
}

type Schema = ReturnType<LibraryKind['schema']>;

/** What a Strapi documentId can look like; anything else is not found without a query. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Lower-cased text of every string in a value, for `?q=` search. */
function searchTextOf(value: unknown): string {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(searchTextOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(searchTextOf).join(' ');
  return '';
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = libraryRepository(strapi);
  const versions = versionRepository(strapi);
  const config = () => pluginConfig(strapi);
  const populateOf = (kind: LibraryKind) => Object.keys(kind.relations);
  // Schemas depend on the configured languages, which are fixed once Strapi has loaded.
  const schemas = new Map<LibraryKindKey, Schema>();
  const schemaOf = (kind: LibraryKind) => {
    if (!schemas.has(kind.key)) schemas.set(kind.key, kind.schema(config()));
    return schemas.get(kind.key)!;
  };
  const fieldsOf = (kind: LibraryKind) => Object.keys(schemaOf(kind).fields);

  /** The entry as the admin API returns it: its fields, relations as their entries, no internals. */
  function present(kind: LibraryKind, entry: Entry): Record<string, unknown> {
    const result: Record<string, unknown> = { documentId: entry.documentId };
    for (const field of fieldsOf(kind)) {
      const relation = kind.relations[field];
      const value = entry[field];
      if (!relation) result[field] = value ?? null;
      else if (relation.multiple) result[field] = ((value as Entry[]) ?? []).map((e) => present(LIBRARY_KINDS[relation.kind], e));
      else result[field] = value ? present(LIBRARY_KINDS[relation.kind], value as Entry) : null;
    }
    result.createdAt = entry.createdAt;
    result.updatedAt = entry.updatedAt;
    return result;
  }

  /** The editable fields of a stored entry, relations as documentIds: the base an update merges into. */
  function editable(kind: LibraryKind, entry: Entry): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const field of fieldsOf(kind)) {
      const relation = kind.relations[field];
      const value = entry[field];
      if (!relation) {
        if (value !== null && value !== undefined) result[field] = value;
      } else if (relation.multiple) result[field] = ((value as Entry[]) ?? []).map((e) => e.documentId);
      else result[field] = (value as Entry | null)?.documentId ?? null;
    }
    return result;
  }

  async function checkRelationsExist(kind: LibraryKind, data: Record<string, unknown>) {
    for (const [field, relation] of Object.entries(kind.relations)) {
      const value = data[field];
      if (value === undefined || value === null) continue;
      const ids = relation.multiple ? (value as string[]) : [value as string];
      const target = LIBRARY_KINDS[relation.kind];
      const found = await repository.existing(target.uid, ids);
      const missing = ids.findIndex((id) => !found.has(id));
      if (missing >= 0) {
        const path = relation.multiple ? `${field}.${missing}` : field;
        throw fieldError(path, `no ${target.label} with documentId "${ids[missing]}"`);
      }
    }
  }

  const slugTaken = (slug: unknown) =>
    fieldError('slug', `slug "${slug}" is already used by another register`, { code: 'validation.slug.taken', params: { slug: String(slug) } });

  /** The friendly checks before a register is written; the database decides when two writes race (see `stored`). */
  async function checkRegisterRules(data: Record<string, unknown>, existing?: Entry) {
    const clash = await repository.findBy(UID.register, { slug: data.slug }, ['documentId']);
    if (clash.some((entry) => entry.documentId !== existing?.documentId)) throw slugTaken(data.slug);
    if (existing && existing.slug !== data.slug) {
      const published = await versions.count(existing.documentId);
      if (published > 0) throw slugFrozen(existing.slug as string, published);
    }
  }

  /** Strapi's own check of a `unique` attribute, which a concurrent create can also trip. */
  const isUniqueSlugError = (error: unknown) =>
    error instanceof ValidationError &&
    ((error.details as { errors?: { path?: string[] }[] })?.errors ?? []).some((e) => e.path?.[0] === 'slug');

  /**
   * Writes an entry, turning what the database refused into the client's error: the slug taken by
   * a register created at the same moment (unique index), a relation to an entry deleted meanwhile
   * (foreign key), a slug frozen by a publish that came first (trigger).
   */
  async function stored<T>(kind: LibraryKind, body: Record<string, unknown>, existing: Entry | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (kind.key === 'registers' && (isUniqueViolation(error) || isUniqueSlugError(error))) throw slugTaken(body.slug);
      if (isForeignKeyViolation(error)) await checkRelationsExist(kind, body);
      if (kind.key === 'registers' && existing && isGuardRefusal(error)) throw slugFrozen(existing.slug as string, await versions.count(existing.documentId));
      throw error;
    }
  }

  /** Per library entry, the registers using it (`usedBy`), so an editor sees what a change reaches. */
  async function usedByOf(kind: LibraryKind, documentIds: string[]): Promise<Map<string, UsedBy[]>> {
    const usedBy = new Map<string, UsedBy[]>(documentIds.map((id) => [id, []]));
    const field = kind.usedByRegisterField;
    if (!field) return usedBy;
    for (const register of await repository.usersOf(UID.register, field, documentIds)) {
      const held = register[field];
      const ids = (Array.isArray(held) ? (held as Entry[]) : held ? [held as Entry] : []).map((entry) => entry.documentId);
      const user: UsedBy = { documentId: register.documentId, slug: register.slug as string, title: LIBRARY_KINDS.registers.display(register, config().defaultLanguage) };
      for (const id of ids) usedBy.get(id)?.push(user);
    }
    return usedBy;
  }

  /** Why an entry cannot be deleted, or null: a register with versions, or a library entry in use. */
  async function deletionConflict(kind: LibraryKind, documentId: string) {
    if (kind.usedByRegisterField) {
      const users = await repository.findBy(UID.register, { [kind.usedByRegisterField]: { documentId } }, ['documentId', 'slug', 'title']);
      if (users.length > 0) {
        return entryInUse(
          kind.label,
          users.map((r) => ({ documentId: r.documentId, slug: r.slug as string, title: LIBRARY_KINDS.registers.display(r, config().defaultLanguage) })),
        );
      }
    }
    if (kind.key === 'registers') {
      const published = await versions.count(documentId);
      if (published > 0) return registerHasVersions(published);
    }
    return null;
  }

  async function validated(kind: LibraryKind, data: unknown, existing?: Entry) {
    const body = await validateBody<Record<string, unknown>>(schemaOf(kind), data);
    await checkRelationsExist(kind, body);
    if (kind.key === 'registers') await checkRegisterRules(body, existing);
    const withSearch: Record<string, unknown> = { ...body, searchText: searchTextOf(Object.entries(body).filter(([f]) => !kind.relations[f]).map(([, v]) => v)) };
    return withSearch;
  }

  async function find(kind: LibraryKind, documentId: string): Promise<Entry> {
    const entry = DOCUMENT_ID.test(documentId) ? await repository.findOne(kind.uid, documentId, populateOf(kind)) : null;
    if (!entry) throw new NotFoundError(`No ${kind.label} with documentId "${documentId}"`);
    return entry;
  }

  return {
    kind: (key: LibraryKindKey) => LIBRARY_KINDS[key],
    present,

    async list(key: LibraryKindKey, query: ListQuery) {
      const kind = LIBRARY_KINDS[key];
      const { results, total } = await repository.findPage(kind.uid, { ...query, populate: populateOf(kind) });
      const usedBy = kind.usedByRegisterField ? await usedByOf(kind, results.map((entry) => entry.documentId)) : null;
      return {
        entries: results,
        results: results.map((entry) => (usedBy ? { ...present(kind, entry), usedBy: usedBy.get(entry.documentId) ?? [] } : present(kind, entry))),
        pagination: paginationOf(query, total),
      };
    },

    /** One entry; a library entry with the registers using it (`usedBy`). */
    async findOne(key: LibraryKindKey, documentId: string) {
      const kind = LIBRARY_KINDS[key];
      const entry = present(kind, await find(kind, documentId));
      if (!kind.usedByRegisterField) return entry;
      return { ...entry, usedBy: (await usedByOf(kind, [documentId])).get(documentId) ?? [] };
    },

    /** The stored entry with its relations, as the domain needs it (not the API shape). */
    async load(key: LibraryKindKey, documentId: string) {
      return find(LIBRARY_KINDS[key], documentId);
    },

    async create(key: LibraryKindKey, data: unknown) {
      const kind = LIBRARY_KINDS[key];
      const body = await validated(kind, data);
      if (kind.key === 'controllers' && !body.country) body.country = config().defaultCountry;
      return present(kind, await stored(kind, body, undefined, () => repository.create(kind.uid, body, populateOf(kind))));
    },

    /** Partial update: the given fields replace the stored ones, and the result is validated whole. */
    async update(key: LibraryKindKey, documentId: string, data: unknown) {
      const kind = LIBRARY_KINDS[key];
      const existing = await find(kind, documentId);
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw fieldError('data', 'data must be an object');
      const body = await validated(kind, { ...editable(kind, existing), ...data }, existing);
      // Fields the editor cleared must be stored as null, not left as they were.
      for (const field of fieldsOf(kind)) if (!(field in body)) body[field] = kind.relations[field]?.multiple ? [] : null;
      const updated = await stored(kind, body, existing, () => repository.update(kind.uid, documentId, body, populateOf(kind)));
      return present(kind, updated as Entry);
    },

    async remove(key: LibraryKindKey, documentId: string) {
      const kind = LIBRARY_KINDS[key];
      const entry = await find(kind, documentId);
      const refused = await deletionConflict(kind, documentId);
      if (refused) throw refused;
      try {
        await repository.delete(kind.uid, documentId);
      } catch (error) {
        // A publish, or a register taking this entry up, committed first: the database's guard decided.
        if (isGuardRefusal(error)) throw (await deletionConflict(kind, documentId)) ?? error;
        throw error;
      }
      return present(kind, entry);
    },
  };
};
