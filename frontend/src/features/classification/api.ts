import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type ParetoMetricParam = NonNullable<NonNullable<paths['/api/v1/analytics/pareto']['get']['parameters']['query']>['metric']>;
export type Pareto = components['schemas']['ParetoDto'];
export type InputOutput = components['schemas']['InputOutputDto'];
export type Quadrant = components['schemas']['Quadrant'];
export type AccountPoint = components['schemas']['AccountPoint'];
export type Policy = components['schemas']['PolicyDto'];
export type PolicyInput = components['schemas']['PolicyInput'];
export type RunSummary = components['schemas']['RunSummaryDto'];
export type Change = components['schemas']['ChangeDto'];
export type Explanation = components['schemas']['ExplanationDto'];
export type OverrideInput = components['schemas']['OverrideInput'];
export type LossStatistics = components['schemas']['LossStatisticsDto'];
export type Category = components['schemas']['Category'];

export const QUADRANTS: readonly Quadrant[] = ['PROTECT_AND_GROW', 'OPTIMISE_COST_TO_SERVE', 'MAINTAIN_CHEAPLY', 'FIX_OR_REDUCE'];

export const classificationKeys = {
  all: ['classification'] as const,
  pareto: (metric: ParetoMetricParam, asOf?: string) => [...classificationKeys.all, 'pareto', metric, asOf ?? 'today'] as const,
  inputOutput: (asOf?: string) => [...classificationKeys.all, 'input-output', asOf ?? 'today'] as const,
  policies: () => [...classificationKeys.all, 'policies'] as const,
  lost: () => [...classificationKeys.all, 'lost-reasons'] as const,
  explanation: (accountId: number) => [...classificationKeys.all, 'explanation', accountId] as const,
};

export function usePareto(metric: ParetoMetricParam, asOf?: string) {
  return useQuery({
    queryKey: classificationKeys.pareto(metric, asOf),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analytics/pareto', { params: { query: { metric, ...(asOf ? { asOf } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Totals, plus every quadrant's accounts (up to 500 each) for the scatter plot. */
export function useInputOutput(asOf?: string) {
  const base = asOf ? { asOf } : {};
  return useQueries({
    queries: QUADRANTS.map((quadrant) => ({
      queryKey: [...classificationKeys.inputOutput(asOf), quadrant] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/analytics/input-output', { params: { query: { ...base, quadrant, size: 500 } }, signal })),
    })),
    combine: (results) => ({
      data: results.every((r) => r.data)
        ? {
            summary: results[0]?.data as InputOutput,
            points: results.flatMap((r) => r.data?.accounts?.items ?? []),
          }
        : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  });
}

export function useLostReasons() {
  return useQuery({
    queryKey: classificationKeys.lost(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/classification/lost-reasons', { signal })),
  });
}

export function usePolicies(enabled = true) {
  return useQuery({
    queryKey: classificationKeys.policies(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/classification/policies', { signal })),
    enabled,
  });
}

export function useCreatePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyInput) => unwrap(api.POST('/api/v1/classification/policies', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: classificationKeys.policies() }),
  });
}

/** A run: dryRun previews (nothing stored), otherwise every account's category is updated. */
export function useRunClassification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { policyVersion?: number; dryRun: boolean; asOf?: string }) =>
      unwrap(api.POST('/api/v1/classification/runs', { body })),
    onSuccess: (summary) => {
      if (!summary.dryRun) {
        // Categories changed everywhere: accounts, analytics, dashboards.
        void client.invalidateQueries();
      }
    },
  });
}

/** Activates a version, then runs it for real so the categories follow at once. */
export function useActivateAndRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      await unwrap(api.POST('/api/v1/classification/policies/{version}/activate', { params: { path: { version } } }));
      return unwrap(api.POST('/api/v1/classification/runs', { body: { policyVersion: version, dryRun: false } }));
    },
    onSettled: () => client.invalidateQueries(),
  });
}

export function useExplanation(accountId: number) {
  return useQuery({
    queryKey: classificationKeys.explanation(accountId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts/{id}/classification', { params: { path: { id: accountId } }, signal })),
  });
}

function useInvalidateAccount(accountId: number) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: classificationKeys.explanation(accountId) });
    // The account's header shows the category too.
    void client.invalidateQueries({ queryKey: ['accounts'] });
  };
}

export function useSetOverride(accountId: number) {
  const invalidate = useInvalidateAccount(accountId);
  return useMutation({
    mutationFn: (body: OverrideInput) =>
      unwrap(api.PUT('/api/v1/accounts/{id}/classification/override', { params: { path: { id: accountId } }, body })),
    onSuccess: invalidate,
  });
}

export function useClearOverride(accountId: number) {
  const invalidate = useInvalidateAccount(accountId);
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(api.DELETE('/api/v1/accounts/{id}/classification/override', { params: { path: { id: accountId } } })),
    onSuccess: invalidate,
  });
}

/** A stored run's changed accounts, one page at a time (a dry run carries only its first page). */
export function useRunChanges(runId: number | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [...classificationKeys.all, 'run-changes', runId, page, size] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/classification/runs/{id}/changes', {
          params: { path: { id: runId ?? 0 }, query: { page, size } },
          signal,
        }),
      ),
    enabled: runId !== undefined && page > 0,
    placeholderData: keepPreviousData,
  });
}
