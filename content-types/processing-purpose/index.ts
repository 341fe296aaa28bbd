import schema from './schema.json';
import { withChoices } from '../attributes';

export default { schema: withChoices(schema, { legalBasis: 'legalBasis', legitimateInterestOf: 'legitimateInterestOf' }) };
