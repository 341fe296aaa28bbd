import library from './library';
import publishing from './publishing';
import notices from './notices';

export type LibraryService = ReturnType<typeof library>;
export type PublishingService = ReturnType<typeof publishing>;
export type NoticesService = ReturnType<typeof notices>;

export default { library, publishing, notices };
