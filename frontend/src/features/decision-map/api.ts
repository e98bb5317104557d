import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type paths } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

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

export type RelationshipOwner = components['schemas']['RelationshipOwner'];
export interface OwnerCandidate {
  id: number;
  name: string;
}

/** Who of us holds the relationship with a contact, strongest first. */
export function useRelationshipOwners(contactId: number | undefined) {
  return useQuery({
    queryKey: [...decisionMapKeys.contact(contactId ?? 0), 'owners'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/contacts/{id}/relationship-owners', { params: { path: { id: contactId ?? 0 } }, signal })),
    enabled: contactId !== undefined,
  });
}

/**
 * The people of ours who may hold a relationship at this account: its owner, its account team and
 * the caller's team (an ADMIN without a team: the owner's team) — not every user of the company.
 */
export function useOwnerCandidates(accountId: number, caller: { teamId?: number } | null) {
  return useQuery({
    queryKey: [...decisionMapKeys.account(accountId), 'owner-candidates', caller?.teamId ?? null] as const,
    queryFn: async ({ signal }): Promise<OwnerCandidate[]> => {
      const [account, team] = await Promise.all([
        unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: accountId } }, signal })),
        unwrap(api.GET('/api/v1/accounts/{id}/team', { params: { path: { id: accountId } }, signal })),
      ]);
      const teamId =
        caller?.teamId ??
        (account.ownerId !== undefined ? (await unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id: account.ownerId } }, signal }))).teamId : undefined);
      const colleagues =
        teamId === undefined
          ? []
          : (await unwrap(api.GET('/api/v1/users', { params: { query: { teamId, size: 500, sort: 'name' } }, signal }))).items.filter((u) => u.active);
      const out = new Map<number, string>();
      if (account.ownerId !== undefined) out.set(account.ownerId, account.ownerName ?? String(account.ownerId));
      for (const m of team) out.set(m.userId, m.name);
      for (const u of colleagues) out.set(u.id, u.name);
      return [...out].map(([id, name]) => ({ id, name }));
    },
    staleTime: 60_000,
  });
}

/** Adds or removes one of our relationship owners; the map (owners row, SINGLE_THREADED gap) follows. */
export function useOwnerChange(contactId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { add: { userId: number; strength: number } } | { remove: RelationshipOwner }) =>
      'add' in change
        ? unwrap(api.POST('/api/v1/contacts/{id}/relationship-owners', { params: { path: { id: contactId } }, body: change.add })).then(() => undefined)
        : unwrapEmpty(
            api.DELETE('/api/v1/contacts/{id}/relationship-owners/{ownerId}', {
              params: { path: { id: contactId, ownerId: change.remove.id }, header: { 'If-Match': ifMatch(change.remove.version) } },
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: decisionMapKeys.all }),
  });
}
