import library from './library';
import publishing from './publishing';
import notices from './notices';
import preview from './preview';
import verification from './verification';
import completeness from './completeness';
import importer from './import';
import record from './record';
import events from './events';

/** The plugin's services; reach one with getService (get-service.ts), typed by its name. */
export default { library, publishing, notices, verification, preview, completeness, import: importer, record, events };
