import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import { unwrap } from '../../api/unwrap';

type Query = NonNullable<paths['/api/v1/attention']['get']['parameters']['query']>;
export type AttentionPage = paths['/api/v1/attention']['get']['responses'][200]['content']['application/json'];
export type AttentionItem = AttentionPage['items'][number];
export type AttentionKind = AttentionItem['kind'];

export const ATTENTION_KINDS: readonly AttentionKind[] = [
  'KEY_WITHOUT_MANAGER',
  'KEY_WITHOUT_PLAN',
  'WEAK_MAP',
  'STALE_MAP',
  'OVERDUE_COMMITMENTS',
  'NOT_VISITED',
  'LOST_WITHOUT_REASON',
  'STUCK_DEAL',
];

/** The server's ranked list of what needs a look; the browser only shows it. */
export function useAttention(query: Query) {
  return useQuery({
    queryKey: ['attention', query] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/attention', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
