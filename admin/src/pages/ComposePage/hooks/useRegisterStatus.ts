import { useEntry } from '../../../api/queries';
import type { RegisterStatus } from '../../../api/types';

/**
 * The register's publishing status (latest version, its päivitetty date, unpublished changes,
 * completeness), from the register the page has already loaded: no request of its own. A save
 * answers with the new status; a publish asks for the register again.
 */
export function useRegisterStatus(documentId: string): RegisterStatus | undefined {
  return useEntry('registers', documentId).data?.status;
}
