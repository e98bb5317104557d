import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type paths } from '../../api/client';
import { ProblemError, toProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type Board = components['schemas']['OpportunityBoard'];
export type BoardColumn = components['schemas']['OpportunityBoardColumn'];
export type Opportunity = components['schemas']['Opportunity'];
export type Stage = components['schemas']['Stage'];
export type TransitionInput = components['schemas']['TransitionInput'];
export type LostReason = components['schemas']['DealLostReason'];
export type Funnel = components['schemas']['Funnel'];
export type Forecast = components['schemas']['Forecast'];
export type StuckDeal = components['schemas']['StuckDeal'];
export type CustomerFunnel = components['schemas']['CustomerFunnel'];
export type BoardQuery = NonNullable<paths['/api/v1/opportunities/board']['get']['parameters']['query']>;

export const STAGES: readonly Stage[] = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'COLLECTED', 'LOST'];

export const LOST_REASONS: readonly LostReason[] = ['PRICE', 'COMPETITOR', 'NO_BUDGET', 'NO_DECISION', 'TIMING', 'REQUIREMENTS', 'RELATIONSHIP', 'OTHER'];

export const pipelineKeys = {
  all: ['pipeline'] as const,
  board: (q: BoardQuery) => [...pipelineKeys.all, 'board', q] as const,
};

export function useBoard(query: BoardQuery) {
  return useQuery({
    queryKey: pipelineKeys.board(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/opportunities/board', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A refused transition (409): the problem plus the stages the deal may move to now. */
export class TransitionRefusedError extends ProblemError {
  readonly allowedTransitions: Stage[];

  constructor(body: unknown, status: number, language?: string | null) {
    super(toProblem(body, status, language));
    const allowed = (body as { allowedTransitions?: unknown } | null)?.allowedTransitions;
    this.allowedTransitions = Array.isArray(allowed) ? allowed.filter((s): s is Stage => typeof s === 'string') : [];
  }
}

export function useTransition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ deal, body }: { deal: Pick<Opportunity, 'id' | 'version'>; body: TransitionInput }) => {
      const { data, error, response } = await api.POST('/api/v1/opportunities/{id}/transitions', {
        params: { path: { id: deal.id }, header: { 'If-Match': ifMatch(deal.version) } },
        body,
      });
      if (response.ok && data) return data;
      if (response.status === 409) throw new TransitionRefusedError(error, 409, response.headers.get('Content-Language'));
      throw new ProblemError(toProblem(error, response.status, response.headers.get('Content-Language')));
    },
    // Totals, funnels and forecasts all move with a deal; the account pages list deals too.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: pipelineKeys.all });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void client.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}

export function useCompetitors(enabled: boolean) {
  return useQuery({
    queryKey: ['competitors', 'picker'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competitors', { params: { query: { size: 500, sort: 'name' } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export type FunnelQuery =
  | { mode: 'cohort'; from: string; to: string }
  | { mode: 'snapshot'; asOf?: string };

export function useFunnel(query: FunnelQuery) {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'funnel', query] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pipeline/funnel', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useForecast(period: string) {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'forecast', period] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pipeline/forecast', { params: { query: { period } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useStuck(ownerId?: number) {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'stuck', ownerId ?? null] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/pipeline/stuck', { params: { query: ownerId ? { ownerId } : {} }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type TargetForecast = paths['/api/v1/team-view/forecast']['get']['responses'][200]['content']['application/json'];
export type TargetForecastLine = TargetForecast['owners'][number];

/** The period's forecast against the targets of the caller's team (managers, admins, read-only users). */
export function useTargetForecast(period: string, enabled: boolean) {
  return useQuery({
    queryKey: ['team-view', period, 'forecast'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/team-view/forecast', { params: { query: { period } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export type DealListQuery = NonNullable<paths['/api/v1/opportunities']['get']['parameters']['query']>;

/** A page of deals behind a figure (a funnel stage, an owner), newest change first. */
export function useDealList(query: DealListQuery) {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'list', query] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/opportunities', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerFunnel() {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'customer-funnel'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pipeline/customer-funnel', { signal })),
  });
}

/** The probability per stage (a setting), shown on each card. */
export function useStageProbabilities() {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'stage-probabilities'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pipeline/stage-probabilities', { signal })),
    staleTime: 10 * 60_000,
  });
}

/** Whole days a deal has been in its stage, or undefined when the API gives no instant. */
export function daysInStage(deal: Pick<Opportunity, 'stageChangedAt'>, now: Date = new Date()): number | undefined {
  if (!deal.stageChangedAt) return undefined;
  return Math.max(0, Math.floor((now.getTime() - new Date(deal.stageChangedAt).getTime()) / 86_400_000));
}

/** An open deal whose expected close date has passed (today in the browser's calendar). */
export function closeOverdue(deal: Pick<Opportunity, 'expectedCloseDate' | 'stage'>, today: string): boolean {
  const open = deal.stage === 'LEAD' || deal.stage === 'QUALIFIED' || deal.stage === 'PROPOSAL' || deal.stage === 'NEGOTIATION';
  return open && deal.expectedCloseDate !== undefined && deal.expectedCloseDate < today;
}

/** Users for the board's owner filter; a sales organisation fits one page. */
export function useOwnerOptions() {
  return useQuery({
    queryKey: [...pipelineKeys.all, 'owners'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { params: { query: { size: 500, sort: 'name' } }, signal })),
    staleTime: 5 * 60_000,
  });
}
