/**
 * The 409s the plugin answers, each with a code and parameters in `details` (like a 400's field
 * problems), so that the admin says them in the editor's language; the message stays English for
 * API clients and logs.
 */
import { conflict } from './errors';

export interface EntryUser {
  documentId: string;
  slug: string;
  title?: string;
}

const coded = (code: string, params: Record<string, string | number>) => ({ code, params });

/** A published register's slug is the public address of its versions. */
export const slugFrozen = (slug: string, versions: number) =>
  conflict(`The slug is the public address of ${versions} published version(s) and cannot change.`, {
    slug,
    ...coded('conflict.slugFrozen', { slug, versions }),
  });

/** A register with versions is archived, never deleted. */
export const registerHasVersions = (versions: number) =>
  conflict(`This register has ${versions} published version(s) and cannot be deleted; archive it instead.`, {
    versions,
    ...coded('conflict.registerHasVersions', { versions }),
  });

/** A library entry that registers use cannot be deleted; `usedBy` names them. */
export const entryInUse = (label: string, users: EntryUser[]) =>
  conflict(`This ${label} is used by ${users.length} register(s): ${users.map((r) => r.slug).join(', ')}. Remove it from them first.`, {
    usedBy: users,
    ...coded('conflict.entryInUse', { count: users.length, registers: users.map((r) => r.title || r.slug).join(', ') }),
  });

/** Publishing what the newest version already says. */
export const noChanges = (latestVersion: number) =>
  conflict(`No changes since version ${latestVersion}`, { latestVersion, ...coded('conflict.noChanges', { version: latestVersion }) });

/** Any write of a version other than publishing's insert. */
export const versionsImmutable = () =>
  conflict('Published privacy-notice versions are immutable: a version is only ever added, by publishing its register.', coded('conflict.versionsImmutable', {}));

/** Any write of a register's chain head other than publishing's. */
export const chainHeadFixed = () =>
  conflict("A register's chain head (the number and record hash of its newest version) is moved only by publishing.", coded('conflict.chainHeadFixed', {}));
