import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * sha256 of the snapshot in canonical JSON (RFC 8785: sorted keys, fixed number format), so the
 * same content always gives the same hash whatever the key order a database returns.
 */
export function contentHash(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error('cannot hash an undefined value');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
