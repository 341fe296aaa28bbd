/**
 * The register: its described fields' attributes come from server/src/domain/register-fields.ts;
 * schema.json holds the type's settings and the attributes the register keeps for itself.
 */
import schema from './schema.json';
import { registerFieldAttributes } from '../attributes';

export default { schema: { ...schema, attributes: { ...registerFieldAttributes(), ...schema.attributes } } };
