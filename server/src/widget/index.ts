/** The embeddable `<privacy-notice>` element, served as a script by the public API (GET /embed.js). */
import { createHash } from 'node:crypto';
import script from './privacy-notice.js?raw';

export const EMBED_SCRIPT: string = script;

/** Changes whenever the script does, for its ETag. */
export const EMBED_SCRIPT_TAG = createHash('sha256').update(script).digest('hex').slice(0, 16);
