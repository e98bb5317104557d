import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ProblemError } from '../../api/problem';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type AccountPlan = components['schemas']['AccountPlan'];
export type PlanInput = components['schemas']['PlanInput'];
export type PlanActionInput = components['schemas']['PlanActionInput'];
export type ObjectiveInput = components['schemas']['ObjectiveInput'];
export type ConcessionInput = components['schemas']['ConcessionInput'];
export type CommitmentInput = components['schemas']['CommitmentInput'];
export type Concession = components['schemas']['Concession'];
export type Commitment = components['schemas']['Commitment'];
export type PlanObjective = components['schemas']['PlanObjective'];
export type PlanAction = components['schemas']['PlanAction'];

const planKey = (accountId: number) => ['plan', accountId] as const;

/** The account's active plan, or null when it has none (404). */
export function usePlan(accountId: number) {
  return useQuery({
    queryKey: planKey(accountId),
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(api.GET('/api/v1/accounts/{accountId}/plan', { params: { path: { accountId } }, signal }));
      } catch (e) {
        if (e instanceof ProblemError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

function usePlanMutation<V>(accountId: number, fn: (v: V) => Promise<AccountPlan>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (plan) => {
      client.setQueryData(planKey(accountId), plan);
      await client.invalidateQueries({ queryKey: ['account-overview', accountId] });
    },
  });
}

export function useCreatePlan(accountId: number) {
  return usePlanMutation(accountId, (body: PlanInput) =>
    unwrap(api.POST('/api/v1/accounts/{accountId}/plans', { params: { path: { accountId } }, body })),
  );
}

type Versioned<T> = { version: number; body: T };

export function useAddAction(accountId: number) {
  return usePlanMutation(accountId, ({ version, body }: Versioned<PlanActionInput>) =>
    unwrap(
      api.POST('/api/v1/accounts/{accountId}/plan/actions', {
        params: { path: { accountId }, header: { 'If-Match': ifMatch(version) } },
        body,
      }),
    ),
  );
}

export function useUpdateAction(accountId: number) {
  return usePlanMutation(accountId, ({ version, actionId, body }: Versioned<PlanActionInput> & { actionId: number }) =>
    unwrap(
      api.PUT('/api/v1/accounts/{accountId}/plan/actions/{actionId}', {
        params: { path: { accountId, actionId }, header: { 'If-Match': ifMatch(version) } },
        body,
      }),
    ),
  );
}

export function useAddObjective(accountId: number) {
  return usePlanMutation(accountId, ({ version, body }: Versioned<ObjectiveInput>) =>
    unwrap(
      api.POST('/api/v1/accounts/{accountId}/plan/objectives', {
        params: { path: { accountId }, header: { 'If-Match': ifMatch(version) } },
        body,
      }),
    ),
  );
}

export function useAddConcession(accountId: number) {
  return usePlanMutation(accountId, ({ version, body }: Versioned<ConcessionInput>) =>
    unwrap(
      api.POST('/api/v1/accounts/{accountId}/plan/concessions', {
        params: { path: { accountId }, header: { 'If-Match': ifMatch(version) } },
        body,
      }),
    ),
  );
}

export function useAddCommitment(accountId: number) {
  return usePlanMutation(accountId, ({ version, body }: Versioned<CommitmentInput>) =>
    unwrap(
      api.POST('/api/v1/accounts/{accountId}/plan/commitments', {
        params: { path: { accountId }, header: { 'If-Match': ifMatch(version) } },
        body,
      }),
    ),
  );
}
