import type { Core } from '@strapi/strapi';
import { libraryController } from './library';
import registers from './registers';
import settings from './settings';
import notices from './notices';
import preview from './preview';
import diff from './diff';
import verification from './verification';
import completeness from './completeness';
import importer from './import';
import record from './record';

export default {
  controllers: libraryController('controllers'),
  purposes: libraryController('purposes'),
  dataCategories: libraryController('data-categories'),
  recipients: libraryController('recipients'),
  // A register is a library entry with status, publishing and a history besides.
  registers: ({ strapi }: { strapi: Core.Strapi }) => ({ ...libraryController('registers')({ strapi }), ...registers({ strapi }) }),
  settings,
  notices,
  preview,
  diff,
  verification,
  completeness,
  import: importer,
  record,
};
