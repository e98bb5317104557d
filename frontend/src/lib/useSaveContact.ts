import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../api/client';
import type { components } from '../api/schema';
import { unwrap } from '../api/unwrap';

type ContactInput = components['schemas']['ContactInput'];

/**
 * Creates a key person on the account, or replaces one (PUT with If-Match). The contacts tab and the
 * decision map show the same people, so both are refreshed: the account's detail queries (contacts
 * included) and every decision-map query. The keys are the prefixes of accounts/ and decision-map/.
 */
export function useSaveContact(accountId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: ContactInput }) =>
      id === undefined || version === undefined
        ? unwrap(api.POST('/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body }))
        : unwrap(api.PUT('/api/v1/contacts/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['accounts', 'detail', accountId] }),
        client.invalidateQueries({ queryKey: ['decision-map'] }),
      ]),
  });
}
