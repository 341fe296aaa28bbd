import { libraryController } from './library';
import registers from './registers';
import settings from './settings';
import notices from './notices';

export default {
  controllers: libraryController('controllers'),
  purposes: libraryController('purposes'),
  dataCategories: libraryController('data-categories'),
  recipients: libraryController('recipients'),
  registers,
  settings,
  notices,
};
