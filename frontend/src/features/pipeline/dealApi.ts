import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type DealContact = components['schemas']['DealContact'];
export type DealContactInput = components['schemas']['DealContactInput'];
export type StageChange = components['schemas']['StageChange'];
export type DealCompetitor = components['schemas']['DealCompetitor'];

const keys = {
  deal: (id: number) => ['pipeline', 'deal', id] as const,
  history: (id: number) => ['pipeline', 'deal', id, 'history'] as const,
  contacts: (id: number) => ['pipeline', 'deal', id, 'contacts'] as const,
  competitors: (id: number) => ['pipeline', 'deal', id, 'competitors'] as const,
};

// Under the 'pipeline' key, so a move on the board or here refreshes all of it.
export function useDeal(id: number) {
  return useQuery({
    queryKey: keys.deal(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/opportunities/{id}', { params: { path: { id } }, signal })),
    enabled: id > 0,
  });
}

export function useStageHistory(id: number) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/opportunities/{id}/stage-history', { params: { path: { id } }, signal })),
  });
}

export function useDealContacts(id: number) {
  return useQuery({
    queryKey: keys.contacts(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/opportunities/{id}/contacts', { params: { path: { id } }, signal })),
  });
}

export function useDealCompetitors(id: number) {
  return useQuery({
    queryKey: keys.competitors(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/opportunities/{opportunityId}/competitors', { params: { path: { opportunityId: id } }, signal })),
  });
}

export function usePutDealContact(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: number; body: DealContactInput }) =>
      unwrap(api.PUT('/api/v1/opportunities/{id}/contacts/{contactId}', { params: { path: { id, contactId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.contacts(id) }),
  });
}

export function useRemoveDealContact(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contactId: number) =>
      unwrapEmpty(api.DELETE('/api/v1/opportunities/{id}/contacts/{contactId}', { params: { path: { id, contactId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.contacts(id) }),
  });
}

/** The activities about one deal. */
export function useDealActivities(accountId: number, opportunityId: number) {
  return useQuery({
    queryKey: ['activities', accountId, 'deal', opportunityId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/activities', {
          params: { path: { accountId }, query: { opportunityId, size: 50, sort: '-occurredOn' } },
          signal,
        }),
      ),
    enabled: accountId > 0,
  });
}
