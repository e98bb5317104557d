import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import { unwrap } from '../../api/unwrap';

export type SearchResult = paths['/api/v1/search']['get']['responses'][200]['content']['application/json'];
export type SearchHit = SearchResult['items'][number];
export type SearchKind = SearchHit['kind'];

/** Hits for a query (already trimmed); nothing is asked for an empty one. */
export function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/search', { params: { query: { q, limit: 5 } }, signal })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
