import { useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { unwrap } from '../../api/unwrap';

export type CategoryOverview = paths['/api/v1/analytics/categories']['get']['responses'][200]['content']['application/json'];
export type Pareto = paths['/api/v1/analytics/pareto']['get']['responses'][200]['content']['application/json'];
export type Funnel = paths['/api/v1/pipeline/funnel']['get']['responses'][200]['content']['application/json'];
export type Forecast = paths['/api/v1/pipeline/forecast']['get']['responses'][200]['content']['application/json'];
export type Portfolio = paths['/api/v1/decision-maps']['get']['responses'][200]['content']['application/json'];
export type PortfolioRow = Portfolio['items'][number];
export type CadenceFinding = paths['/api/v1/activities/cadence-findings']['get']['responses'][200]['content']['application/json'][number];
export type DueList = paths['/api/v1/activities/due']['get']['responses'][200]['content']['application/json'];
export type DueItem = DueList['owners'][number]['items'][number];

const STALE = 60_000;

/**
 * Sources of the attention list that belong to features which may not be deployed (plans):
 * a 404 or 403 reads as "nothing to add" instead of failing the dashboard.
 */
async function optional<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (e) {
    if (e instanceof ProblemError && (e.status === 404 || e.status === 403 || e.status === 405)) return null;
    throw e;
  }
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
};

export function useCategoryOverview() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'categories'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/analytics/categories', { signal })),
    staleTime: STALE,
  });
}

export function useRevenuePareto() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'pareto', 'revenue'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analytics/pareto', { params: { query: { metric: 'revenue' } }, signal })),
    staleTime: STALE,
  });
}

export function useCohortFunnel(from: string, to: string) {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'funnel', from, to] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/pipeline/funnel', { params: { query: { mode: 'cohort', from, to } }, signal })),
    staleTime: STALE,
  });
}

export function useQuarterForecast(period: string) {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'forecast', period] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pipeline/forecast', { params: { query: { period } }, signal })),
    staleTime: STALE,
  });
}

/** KEY accounts' decision maps, weakest first (the whole KEY portfolio fits one page). */
export function useKeyDecisionMaps() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'decision-maps', 'KEY'] as const,
    queryFn: ({ signal }) =>
      optional(
        unwrap(api.GET('/api/v1/decision-maps', { params: { query: { category: 'KEY', sort: 'score', size: 200 } }, signal })),
      ),
    staleTime: STALE,
  });
}

export function useCadenceFindings() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'cadence'] as const,
    queryFn: ({ signal }) => optional(unwrap(api.GET('/api/v1/activities/cadence-findings', { signal }))),
    staleTime: STALE,
  });
}

/** Open commitments and plan actions already due (withinDays 0): the overdue ones are flagged. */
export function useDueItems() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'due'] as const,
    queryFn: ({ signal }) =>
      optional(unwrap(api.GET('/api/v1/activities/due', { params: { query: { withinDays: 0 } }, signal }))),
    staleTime: STALE,
  });
}
