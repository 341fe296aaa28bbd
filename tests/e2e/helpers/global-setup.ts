/**
 * Runs once before the browser tests (Jest's globalSetup of the e2e project): builds the
 * playground's admin panel when it is missing or stale. Building there, not in each test file,
 * keeps two test files running side by side from rebuilding playground/build under each other.
 */
import { ensureAdminBuild } from './playground';

export default async function globalSetup(): Promise<void> {
  await ensureAdminBuild();
}
