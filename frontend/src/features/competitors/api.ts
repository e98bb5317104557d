import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type CompetitorPresence = components['schemas']['CompetitorPresence'];
export type CompetitorPresenceInput = components['schemas']['CompetitorPresenceInput'];
export type CompetitorFootprint = components['schemas']['CompetitorFootprint'];

const keys = {
  presence: (accountId: number) => ['competitors', 'presence', accountId] as const,
  catalogue: ['competitors', 'catalogue'] as const,
  footprint: (id: number) => ['competitors', 'footprint', id] as const,
};

export function usePresence(accountId: number) {
  return useQuery({
    queryKey: keys.presence(accountId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{accountId}/competitors', { params: { path: { accountId } }, signal })),
  });
}

export function useCompetitorCatalogue() {
  return useQuery({
    queryKey: keys.catalogue,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competitors', { params: { query: { size: 200, sort: 'name' } }, signal })),
    staleTime: 5 * 60_000,
  });
}

export function useFootprint(id: number | undefined) {
  return useQuery({
    queryKey: keys.footprint(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competitors/{id}/footprint', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}

export function useSavePresence(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: CompetitorPresenceInput }) =>
      id === undefined || version === undefined
        ? unwrap(api.POST('/api/v1/accounts/{accountId}/competitors', { params: { path: { accountId } }, body }))
        : unwrap(api.PUT('/api/v1/competitor-presence/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competitors'] }),
  });
}

export function useDeletePresence(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrapEmpty(api.DELETE('/api/v1/competitor-presence/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.presence(accountId) }),
  });
}
