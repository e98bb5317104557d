import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type paths } from '../../api/client';
import { unwrap } from '../../api/unwrap';

type ListOperation = paths['/api/v1/accounts']['get'];

/** Query parameters of GET /api/v1/accounts (page is 0-based). */
export type AccountListQuery = NonNullable<ListOperation['parameters']['query']>;
export type AccountPage = ListOperation['responses'][200]['content']['application/json'];
export type Account = AccountPage['items'][number];
export type Category = Account['category'];
export type KaKind = NonNullable<Account['kaKind']>;

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountListQuery) => [...accountKeys.all, 'list', query] as const,
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
