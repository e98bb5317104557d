import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../../api/client';
import type { components } from '../../../api/schema';
import { unwrap } from '../../../api/unwrap';

export type DuplicateCheck = components['schemas']['DuplicateCheck'];
export type DuplicateCandidate = components['schemas']['DuplicateCandidate'];
export type DuplicateSignal = DuplicateCandidate['signals'][number];
export type DuplicateCluster = components['schemas']['DuplicateCluster'];
type ClusterQuery = NonNullable<paths['/api/v1/accounts/duplicate-clusters']['get']['parameters']['query']>;

/** The shortest name worth checking: one character matches nothing useful. */
export const MIN_NAME = 2;

export function useDuplicateCheck(name: string, creditCode: string | undefined, excludeId?: number) {
  const query = {
    name,
    ...(creditCode ? { creditCode } : {}),
    ...(excludeId !== undefined ? { excludeId } : {}),
  };
  return useQuery({
    queryKey: ['accounts', 'duplicates', query] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/duplicates', { params: { query }, signal })),
    enabled: name.trim().length >= MIN_NAME,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useDuplicateClusters(query: ClusterQuery) {
  return useQuery({
    queryKey: ['accounts', 'duplicate-clusters', query] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/duplicate-clusters', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
