import { libraryController } from './library';
import registers from './registers';
import settings from './settings';
import notices from './notices';
import preview from './preview';
import diff from './diff';
import verification from './verification';
import completeness from './completeness';
import importer from './import';

export default {
  controllers: libraryController('controllers'),
  purposes: libraryController('purposes'),
  dataCategories: libraryController('data-categories'),
  recipients: libraryController('recipients'),
  registers,
  settings,
  notices,
  preview,
  diff,
  verification,
  completeness,
  import: importer,
};
