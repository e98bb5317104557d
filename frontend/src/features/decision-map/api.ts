import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type DecisionMap = components['schemas']['DecisionMap'];
export type DecisionMapNode = components['schemas']['DecisionMapNode'];
export type DecisionMapGap = components['schemas']['DecisionMapGap'];
export type DecisionMapEdge = components['schemas']['DecisionMapEdge'];
export type Attitude = components['schemas']['Attitude'];
export type BuyingRole = components['schemas']['BuyingRole'];
export type Severity = components['schemas']['Severity'];
export type Layer = components['schemas']['Layer'];
export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];
export type PortfolioQuery = NonNullable<paths['/api/v1/decision-maps']['get']['parameters']['query']>;
export type PortfolioRow = components['schemas']['DecisionMapSummary'];

export const decisionMapKeys = {
  all: ['decision-map'] as const,
  account: (id: number) => [...decisionMapKeys.all, 'account', id] as const,
  asOf: (id: number, asOf: string) => [...decisionMapKeys.all, 'account', id, 'asOf', asOf] as const,
  portfolio: (q: PortfolioQuery) => [...decisionMapKeys.all, 'portfolio', q] as const,
  contact: (id: number) => [...decisionMapKeys.all, 'contact', id] as const,
};

export function useDecisionMap(accountId: number) {
  return useQuery({
    queryKey: decisionMapKeys.account(accountId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts/{id}/decision-map', { params: { path: { id: accountId } }, signal })),
  });
}

/** The map as it stood at the end of a past day (replayed by the server from the audit trail). */
export function useDecisionMapAsOf(accountId: number, asOf: string | undefined) {
  return useQuery({
    queryKey: decisionMapKeys.asOf(accountId, asOf ?? ''),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/accounts/{id}/decision-map', { params: { path: { id: accountId }, query: { asOf: asOf ?? '' } }, signal }),
      ),
    enabled: asOf !== undefined,
    staleTime: Infinity, // the past does not change
  });
}

export function useDecisionMapPortfolio(query: PortfolioQuery) {
  return useQuery({
    queryKey: decisionMapKeys.portfolio(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/decision-maps', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The full contact (with its version for If-Match); the map node carries no version. */
export function useContact(id: number | undefined) {
  return useQuery({
    queryKey: decisionMapKeys.contact(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
