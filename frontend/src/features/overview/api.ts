import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type AccountOverview = components['schemas']['AccountOverview'];
export type OverviewPipelineStage = components['schemas']['OverviewPipelineStage'];

export function useAccountOverview(accountId: number) {
  return useQuery({
    queryKey: ['account-overview', accountId] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{id}/overview', { params: { path: { id: accountId } }, signal })),
  });
}

const OPEN_ORDER = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION'];

/** Open stages in funnel order with totals. */
export function pipelineSummary(stages: readonly OverviewPipelineStage[]): { rows: OverviewPipelineStage[]; count: number; amount: number } {
  const rows = [...stages].sort((a, b) => OPEN_ORDER.indexOf(a.stage) - OPEN_ORDER.indexOf(b.stage));
  return {
    rows,
    count: rows.reduce((s, r) => s + r.count, 0),
    amount: rows.reduce((s, r) => s + r.amount, 0),
  };
}
