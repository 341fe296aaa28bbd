import library from './library';
import publishing from './publishing';
import notices from './notices';
import preview from './preview';
import verification from './verification';
import completeness from './completeness';
import importer from './import';

export type LibraryService = ReturnType<typeof library>;
export type PublishingService = ReturnType<typeof publishing>;
export type NoticesService = ReturnType<typeof notices>;
export type PreviewService = ReturnType<typeof preview>;
export type CompletenessService = ReturnType<typeof completeness>;
export type ImportService = ReturnType<typeof importer>;

export default { library, publishing, notices, verification, preview, completeness, import: importer };
