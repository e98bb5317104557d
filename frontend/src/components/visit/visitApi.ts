import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type ActivityInput = components['schemas']['ActivityInput'];
export type Commitment = components['schemas']['Commitment'];

/** An account's contacts, for pickers (visits, buying centres); a customer has tens, one page holds them. */
export function useAccountContactOptions(accountId: number) {
  return useQuery({
    queryKey: ['accounts', 'detail', accountId, 'contacts', 'picker'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId }, query: { size: 500 } }, signal })),
    enabled: accountId > 0,
  });
}

/** An account's deals, for the visit's deal picker. */
export function useAccountDealOptions(accountId: number) {
  return useQuery({
    queryKey: ['accounts', 'detail', accountId, 'opportunities', 'picker'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/opportunities', { params: { query: { accountId, size: 500, sort: '-updatedAt' } }, signal })),
    enabled: accountId > 0,
  });
}

/** Logs an activity; what it touches refreshes: activities and timeline, contacts' dates, maps, overview, plan. */
export function useLogVisit(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityInput) =>
      unwrap(api.POST('/api/v1/accounts/{accountId}/activities', { params: { path: { accountId } }, body })),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['activities', accountId] }),
        client.invalidateQueries({ queryKey: ['account-overview', accountId] }),
        client.invalidateQueries({ queryKey: ['plan', accountId] }),
        client.invalidateQueries({ queryKey: ['accounts', 'detail', accountId] }),
        client.invalidateQueries({ queryKey: ['decision-map'] }),
      ]);
    },
  });
}

/** A visit must end with a customer commitment or a reason why not (the backend checks it too). */
export function visitNeedsReason(kind: ActivityInput['kind'], commitmentDescription: string | undefined, reason: string | undefined): boolean {
  return kind === 'VISIT' && !commitmentDescription?.trim() && !reason?.trim();
}
