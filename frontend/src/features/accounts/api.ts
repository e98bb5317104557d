import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type paths } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

type ListOperation = paths['/api/v1/accounts']['get'];

/** Query parameters of GET /api/v1/accounts (page is 0-based). */
export type AccountListQuery = NonNullable<ListOperation['parameters']['query']>;
export type AccountPage = ListOperation['responses'][200]['content']['application/json'];
export type Account = AccountPage['items'][number];
export type AccountInput = components['schemas']['AccountInput'];
export type Category = Account['category'];
export type KaKind = NonNullable<Account['kaKind']>;
export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];
export type Layer = Contact['layer'];
export type Opportunity = components['schemas']['Opportunity'];
export type OpportunityInput = components['schemas']['OpportunityInput'];
export type Stage = Opportunity['stage'];
export type AccountFact = components['schemas']['AccountFact'];
export type AuditRecord = components['schemas']['AuditRecord'];
export type User = components['schemas']['User'];
export type Industry = components['schemas']['Industry'];

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountListQuery) => [...accountKeys.all, 'list', query] as const,
  detail: (id: number) => [...accountKeys.all, 'detail', id] as const,
  contacts: (id: number, layer?: Layer) => [...accountKeys.all, 'detail', id, 'contacts', layer ?? 'ALL'] as const,
  opportunities: (id: number) => [...accountKeys.all, 'detail', id, 'opportunities'] as const,
  facts: (id: number) => [...accountKeys.all, 'detail', id, 'facts'] as const,
  audit: (id: number) => [...accountKeys.all, 'detail', id, 'audit'] as const,
};

export function accountListOptions(query: AccountListQuery) {
  return queryOptions({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts', { params: { query }, signal })),
    // Keep the previous page on screen while the next one loads, so the table does not flash.
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(query: AccountListQuery) {
  return useQuery(accountListOptions(query));
}

export function useAccount(id: number) {
  return useQuery({
    queryKey: accountKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } }, signal })),
  });
}

/** Reads an account again (its cache entry too, so the next save sends the current version). */
export function useReloadAccount() {
  const client = useQueryClient();
  return (id: number) =>
    client.fetchQuery({
      queryKey: accountKeys.detail(id),
      queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } }, signal })),
      staleTime: 0,
    });
}

/** One contact or deal as it is now, for a form whose save was refused as stale. */
export const fetchContact = (id: number) => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } }));
export const fetchOpportunity = (id: number) => unwrap(api.GET('/api/v1/opportunities/{id}', { params: { path: { id } } }));

export function useContacts(accountId: number, layer?: Layer) {
  return useQuery({
    queryKey: accountKeys.contacts(accountId, layer),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts', {
          params: { path: { accountId }, query: { size: 500, ...(layer ? { layer } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunities(accountId: number) {
  return useQuery({
    queryKey: accountKeys.opportunities(accountId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/opportunities', { params: { query: { accountId, size: 500, sort: '-updatedAt' } }, signal })),
  });
}

/** The last 24 months, newest first (the backend's default order). */
export function useFacts(accountId: number) {
  return useQuery({
    queryKey: accountKeys.facts(accountId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts/{accountId}/facts', { params: { path: { accountId }, query: { size: 24 } }, signal })),
  });
}

export function useAudit(accountId: number, enabled: boolean) {
  return useQuery({
    queryKey: accountKeys.audit(accountId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit', { params: { query: { accountId, size: 100 } }, signal })),
    enabled,
  });
}

/** Users for the owner picker; the list is small (a sales organisation), one page is enough. */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: ['users', 'picker'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { params: { query: { size: 500, sort: 'name' } }, signal })),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useIndustries(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['industries'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/industries', { signal })),
    staleTime: 10 * 60_000,
  });
}

interface SaveAccount {
  id?: number;
  version?: number;
  body: AccountInput;
  duplicateReason?: string;
}

export function useSaveAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body, duplicateReason }: SaveAccount) => {
      // the reason to keep a likely duplicate travels as a query parameter, not in the account
      const query = duplicateReason ? { duplicateReason } : {};
      return id === undefined || version === undefined
        ? unwrap(api.POST('/api/v1/accounts', { params: { query }, body }))
        : unwrap(
            api.PUT('/api/v1/accounts/{id}', {
              params: { path: { id }, header: { 'If-Match': ifMatch(version) }, query },
              body,
            }),
          );
    },
    onSuccess: (account) => {
      client.setQueryData(accountKeys.detail(account.id), account);
      void client.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}

export function useDeleteContact(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrapEmpty(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
  });
}

export function useSaveOpportunity(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: OpportunityInput }) =>
      id === undefined || version === undefined
        ? unwrap(api.POST('/api/v1/opportunities', { body }))
        : unwrap(
            api.PUT('/api/v1/opportunities/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
  });
}
