/**
 * Every content type of the plugin, registered by the server from here.
 * All are hidden from the Content Manager: the plugin's own admin page is the one editing surface,
 * and its versioning replaces Strapi's draft & publish. Where a type's attributes come from the
 * domain (the register's fields, enumeration values), its folder's index.ts adds them to schema.json.
 */
import controller from './controller/schema.json';
import processingPurpose from './processing-purpose';
import dataCategory from './data-category';
import recipient from './recipient';
import register from './register';
import noticeVersion from './notice-version/schema.json';
import eventClaim from './event-claim/schema.json';

export default {
  controller: { schema: controller },
  'processing-purpose': processingPurpose,
  'data-category': dataCategory,
  recipient,
  register,
  'notice-version': { schema: noticeVersion },
  // One row per webhook event sent once across every process: the unique key decides who sends it.
  'event-claim': { schema: eventClaim },
};
