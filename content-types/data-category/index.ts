import schema from './schema.json';
import { withChoices } from '../attributes';

export default { schema: withChoices(schema, { special: 'special', art9Ground: 'art9Ground' }) };
