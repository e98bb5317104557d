import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type paths } from '../../../api/client';
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

export type MergePreview = components['schemas']['AccountMergePreview'];
export type MergeCounts = components['schemas']['MergeCounts'];
export type AccountField = components['schemas']['AccountField'];
type MergeAccount = MergePreview['survivor'];

export function useMergePreview(survivorId: number, duplicateId: number) {
  return useQuery({
    queryKey: ['accounts', 'merge-preview', survivorId, duplicateId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/accounts/{id}/merge-preview', {
          params: { path: { id: survivorId }, query: { duplicateId } },
          signal,
        }),
      ),
    enabled: survivorId > 0 && duplicateId > 0,
  });
}

export type MergeResult = components['schemas']['AccountMerge'];

/**
 * Merges the duplicate into the survivor. The duplicate's cached queries and the preview are
 * removed, not refetched (the duplicate's id answers 404 now); then the lists and the survivor.
 */
export function useMergeAccounts(onMerged: (r: MergeResult) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { survivor: MergeAccount; duplicate: MergeAccount; takeFromDuplicate: AccountField[] }) =>
      unwrap(
        api.POST('/api/v1/accounts/{id}/merge', {
          params: { path: { id: v.survivor.id }, header: { 'If-Match': ifMatch(v.survivor.version) } },
          body: {
            duplicateId: v.duplicate.id,
            duplicateVersion: v.duplicate.version,
            takeFromDuplicate: v.takeFromDuplicate,
          },
        }),
      ),
    onSuccess: async (r, v) => {
      client.removeQueries({ queryKey: ['accounts', 'detail', v.duplicate.id] });
      client.removeQueries({ queryKey: ['accounts', 'merge-preview'] });
      onMerged(r);
      await client.invalidateQueries({ queryKey: ['accounts', 'list'] });
      await client.invalidateQueries({ queryKey: ['accounts', 'detail', r.survivor.id] });
      await client.invalidateQueries({ queryKey: ['accounts', 'duplicate-clusters'] });
    },
  });
}
