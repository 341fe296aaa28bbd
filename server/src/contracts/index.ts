/**
 * Request and response shapes of the admin API, shared by the server (which produces them) and
 * the admin (which imports them with `import type`). Type-only: nothing here runs.
 */
export type * from './entries';
export type * from './versions';
export type * from './settings';
export type * from './comparison';
export type * from './preview';
export type { CompletenessItem, CompletenessReport } from '../domain/completeness/types';
export type * from './import';
