import schema from './schema.json';
import { withChoices } from '../attributes';

export default { schema: withChoices(schema, { role: 'recipientRole', transferSafeguard: 'transferSafeguard', art49Derogation: 'art49Derogation' }) };
