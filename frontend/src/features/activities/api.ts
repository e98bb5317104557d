import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type Activity = components['schemas']['Activity'];
export type ActivityInput = components['schemas']['ActivityInput'];
export type Commitment = components['schemas']['Commitment'];
export type CommitmentStatus = components['schemas']['CommitmentStatus'];
export type TimelineEntry = components['schemas']['TimelineEntry'];

const keys = {
  commitments: (accountId: number) => ['activities', accountId, 'commitments'] as const,
  timeline: (accountId: number, page: number) => ['activities', accountId, 'timeline', page] as const,
};

/** The account's story, newest first: activities, stage changes, category changes, plan changes. */
export function useTimeline(accountId: number, page: number, size = 20) {
  return useQuery({
    queryKey: keys.timeline(accountId, page),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/timeline', { params: { path: { accountId }, query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCommitments(accountId: number) {
  return useQuery({
    queryKey: keys.commitments(accountId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{accountId}/commitments', { params: { path: { accountId } }, signal })),
  });
}

function useRefresh(accountId: number) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['activities', accountId] });
    await client.invalidateQueries({ queryKey: ['account-overview', accountId] });
    await client.invalidateQueries({ queryKey: ['plan', accountId] });
    // The people met have a new last-contact date, which moves the map's gaps.
    await client.invalidateQueries({ queryKey: ['accounts', 'detail', accountId] });
    await client.invalidateQueries({ queryKey: ['decision-map'] });
  };
}

export function useSetCommitmentStatus(accountId: number) {
  const refresh = useRefresh(accountId);
  return useMutation({
    mutationFn: ({ id, version, status }: { id: number; version: number; status: CommitmentStatus }) =>
      unwrap(
        api.PUT('/api/v1/commitments/{id}/status', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { status },
        }),
      ),
    onSuccess: refresh,
  });
}

export interface KeptRate {
  kept: number;
  broken: number;
  open: number;
  /** kept / (kept + broken) in percent; undefined while nothing is settled. */
  pct: number | undefined;
}

/** Promises-kept rate per side: only settled promises (KEPT or BROKEN) count. */
export function keptRates(commitments: readonly Pick<Commitment, 'side' | 'status'>[]): Record<Commitment['side'], KeptRate> {
  const rate = (side: Commitment['side']): KeptRate => {
    const mine = commitments.filter((c) => c.side === side);
    const kept = mine.filter((c) => c.status === 'KEPT').length;
    const broken = mine.filter((c) => c.status === 'BROKEN').length;
    const open = mine.filter((c) => c.status === 'OPEN').length;
    return { kept, broken, open, pct: kept + broken === 0 ? undefined : Math.round((kept / (kept + broken)) * 1000) / 10 };
  };
  return { CUSTOMER: rate('CUSTOMER'), US: rate('US') };
}
