import { useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import { unwrap } from '../../api/unwrap';

export type CategoryOverview = paths['/api/v1/analytics/categories']['get']['responses'][200]['content']['application/json'];
export type Pareto = paths['/api/v1/analytics/pareto']['get']['responses'][200]['content']['application/json'];
export type Funnel = paths['/api/v1/pipeline/funnel']['get']['responses'][200]['content']['application/json'];
export type Forecast = paths['/api/v1/pipeline/forecast']['get']['responses'][200]['content']['application/json'];

const STALE = 60_000;

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
