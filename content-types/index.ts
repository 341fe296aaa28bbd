/**
 * Every content type of the plugin, registered by the server from here.
 * All are hidden from the Content Manager: the plugin's own admin page is the one editing surface,
 * and its versioning replaces Strapi's draft & publish.
 */
import controller from './controller/schema.json';
import processingPurpose from './processing-purpose/schema.json';
import dataCategory from './data-category/schema.json';
import recipient from './recipient/schema.json';
import register from './register/schema.json';
import noticeVersion from './notice-version/schema.json';

export default {
  controller: { schema: controller },
  'processing-purpose': { schema: processingPurpose },
  'data-category': { schema: dataCategory },
  recipient: { schema: recipient },
  register: { schema: register },
  'notice-version': { schema: noticeVersion },
};
