import { usePrivacyNoticesApi } from '../../../api/client';
import { useLoader } from '../../../api/useLoader';
import type { RegisterStatus } from '../../../api/types';

/** The register's publishing status (latest version, its päivitetty date, unpublished changes, completeness). */
export function useRegisterStatus(documentId: string, refreshKey: number) {
  const api = usePrivacyNoticesApi();
  return useLoader(
    async (): Promise<RegisterStatus | null> => (await api.findOne('registers', documentId)).status ?? null,
    `${documentId}:${refreshKey}`,
  );
}
