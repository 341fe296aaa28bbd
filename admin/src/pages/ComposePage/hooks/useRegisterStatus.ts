import { usePrivacyNoticesApi } from '../../../api/client';
import { useLoader } from '../../../api/useLoader';
import type { RegisterStatus } from '../../../api/types';

/**
 * The register's publishing status (latest version, its päivitetty date, unpublished changes).
 * The admin API reports it in the registers list, so this reads the list narrowed by the slug.
 */
export function useRegisterStatus(documentId: string, slug: string | undefined, refreshKey: number) {
  const api = usePrivacyNoticesApi();
  return useLoader(async (): Promise<RegisterStatus | null> => {
    if (!slug) return null;
    const { data } = await api.list('registers', { q: encodeURIComponent(slug), pageSize: 100 });
    return data.find((register) => register.documentId === documentId)?.status ?? null;
  }, `${documentId}:${slug}:${refreshKey}`);
}
