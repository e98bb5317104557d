import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type paths } from '../../api/client';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type PoolQuery = NonNullable<paths['/api/v1/pool']['get']['parameters']['query']>;
export type PoolPage = paths['/api/v1/pool']['get']['responses'][200]['content']['application/json'];
export type PoolAccount = PoolPage['items'][number];
export type PoolRule = paths['/api/v1/pool/rules']['get']['responses'][200]['content']['application/json'][number];
export type PoolRuleInput = paths['/api/v1/pool/rules/default']['put']['requestBody']['content']['application/json'];

export const poolKeys = {
  all: ['pool'] as const,
  list: (query: PoolQuery) => ['pool', 'list', query] as const,
  rules: ['pool', 'rules'] as const,
};

export function usePool(query: PoolQuery) {
  return useQuery({
    queryKey: poolKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pool', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePoolRules() {
  return useQuery({
    queryKey: poolKeys.rules,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pool/rules', { signal })),
  });
}

/**
 * Removes the account from every cached pool page at once (optimistic), and puts the pages back
 * when the server refuses; either way the lists are fetched again afterwards.
 */
function useTakeFromPool<V extends { account: PoolAccount }>(send: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onMutate: async ({ account }) => {
      await client.cancelQueries({ queryKey: poolKeys.all });
      const before = client.getQueriesData<PoolPage>({ queryKey: ['pool', 'list'] });
      client.setQueriesData<PoolPage>({ queryKey: ['pool', 'list'] }, (page) =>
        page ? { ...page, items: page.items.filter((a) => a.id !== account.id), total: page.total - 1 } : page,
      );
      return { before };
    },
    onError: (_e, _v, context) => {
      context?.before.forEach(([key, data]) => client.setQueryData(key, data));
    },
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: poolKeys.all });
      await client.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}

export function useClaim() {
  return useTakeFromPool(({ account }: { account: PoolAccount }) =>
    unwrap(
      api.POST('/api/v1/pool/{id}/claim', {
        params: { path: { id: account.id }, header: { 'If-Match': ifMatch(account.version) } },
      }),
    ),
  );
}

export function useAssign() {
  return useTakeFromPool(({ account, userId }: { account: PoolAccount; userId: number }) =>
    unwrap(
      api.POST('/api/v1/pool/{id}/assign', {
        params: { path: { id: account.id }, header: { 'If-Match': ifMatch(account.version) } },
        body: { userId },
      }),
    ),
  );
}

/**
 * Releases the account; `onReleased` runs first (it leaves the account page), since the caller may
 * no longer see the account and refetching it there would only answer 404.
 */
export function useRelease(accountId: number, onReleased: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      unwrapEmpty(
        api.POST('/api/v1/accounts/{id}/release', {
          params: { path: { id: accountId }, header: { 'If-Match': ifMatch(version) } },
          body: { reason },
        }),
      ),
    // The rep may no longer see the account: drop its page's queries (a refetch would answer 404)
    // and refresh only the lists.
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['accounts', 'detail', accountId] });
      onReleased();
      await client.invalidateQueries({ queryKey: poolKeys.all });
      await client.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}

/** Saves the default rule (teamId absent) or a team's own one, under the version it was read with. */
export function useSaveRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ rule, input }: { rule: PoolRule; input: PoolRuleInput }) => {
      const header = { 'If-Match': ifMatch(rule.version) };
      return rule.teamId == null
        ? unwrap(api.PUT('/api/v1/pool/rules/default', { params: { header }, body: input }))
        : unwrap(
            api.PUT('/api/v1/pool/rules/teams/{teamId}', {
              params: { path: { teamId: rule.teamId }, header },
              body: input,
            }),
          );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: poolKeys.rules }),
  });
}
