/**
 * Published versions are immutable. This guard lets the version repository insert rows while
 * every other write to the notice-version table — from this plugin, another plugin, the Content
 * Manager or a query — is refused by the document middleware and database lifecycles.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const versionWrite = new AsyncLocalStorage<true>();

export function insideVersionWrite<T>(write: () => Promise<T>): Promise<T> {
  return versionWrite.run(true, write);
}

export function isVersionWriteAllowed(): boolean {
  return versionWrite.getStore() === true;
}
