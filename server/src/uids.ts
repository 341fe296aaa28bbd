export const PLUGIN_ID = 'privacy-notices';

export const UID = {
  controller: 'plugin::privacy-notices.controller',
  purpose: 'plugin::privacy-notices.processing-purpose',
  dataCategory: 'plugin::privacy-notices.data-category',
  recipient: 'plugin::privacy-notices.recipient',
  register: 'plugin::privacy-notices.register',
  noticeVersion: 'plugin::privacy-notices.notice-version',
  eventClaim: 'plugin::privacy-notices.event-claim',
} as const;

/** The content type of each kind of library entry (domain/types.ts LIBRARY_PARTS). */
export const LIBRARY_PART_UIDS = {
  controllers: UID.controller,
  purposes: UID.purpose,
  'data-categories': UID.dataCategory,
  recipients: UID.recipient,
} as const;

/** RBAC actions, registered in bootstrap and checked on every admin route. */
export const ACTIONS = {
  read: 'plugin::privacy-notices.read',
  compose: 'plugin::privacy-notices.compose',
  publish: 'plugin::privacy-notices.publish',
  settings: 'plugin::privacy-notices.settings',
  exportRecord: 'plugin::privacy-notices.export-record',
} as const;
