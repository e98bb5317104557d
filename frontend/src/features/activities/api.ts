import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type Activity = components['schemas']['Activity'];
export type ActivityInput = components['schemas']['ActivityInput'];
export type Commitment = components['schemas']['Commitment'];
export type CommitmentStatus = components['schemas']['CommitmentStatus'];

const keys = {
  activities: (accountId: number, page: number) => ['activities', accountId, 'list', page] as const,
  commitments: (accountId: number) => ['activities', accountId, 'commitments'] as const,
};

export function useActivities(accountId: number, page: number) {
  return useQuery({
    queryKey: keys.activities(accountId, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/activities', {
          params: { path: { accountId }, query: { page, size: 20, sort: '-occurredOn' } },
          signal,
        }),
      ),
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
  };
}

export function useLogActivity(accountId: number) {
  const refresh = useRefresh(accountId);
  return useMutation({
    mutationFn: (body: ActivityInput) =>
      unwrap(api.POST('/api/v1/accounts/{accountId}/activities', { params: { path: { accountId } }, body })),
    onSuccess: refresh,
  });
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

/** A visit must end with a customer commitment or a reason why not (the backend checks it too). */
export function visitNeedsReason(kind: ActivityInput['kind'], commitmentDescription: string | undefined, reason: string | undefined): boolean {
  return kind === 'VISIT' && !commitmentDescription?.trim() && !reason?.trim();
}
