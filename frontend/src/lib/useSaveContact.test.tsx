import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { useSaveContact } from './useSaveContact';

const contact = { id: 9, accountId: 42, name: '王局长', layer: 'DECISION', version: 4 };
const ok = () => Promise.resolve({ data: contact, response: new Response(null, { status: 200 }) }) as never;

function hook() {
  const client = new QueryClient();
  const invalidated = vi.spyOn(client, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { result: renderHook(() => useSaveContact(42), { wrapper }).result, invalidated };
}

describe('useSaveContact', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates on the account without a version, then refreshes the account and the decision maps', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(ok);
    const { result, invalidated } = hook();
    await act(() => result.current.mutateAsync({ body: { name: '王局长', layer: 'DECISION' } }));
    expect(post).toHaveBeenCalledWith('/api/v1/accounts/{accountId}/contacts', expect.objectContaining({ params: { path: { accountId: 42 } } }));
    expect(invalidated.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([['accounts', 'detail', 42], ['decision-map']]);
  });

  it('replaces with If-Match from the version it was read at', async () => {
    const put = vi.spyOn(api, 'PUT').mockImplementation(ok);
    const { result } = hook();
    await act(() => result.current.mutateAsync({ id: 9, version: 4, body: { name: '王局长', layer: 'DECISION' } }));
    expect(put).toHaveBeenCalledWith('/api/v1/contacts/{id}', expect.objectContaining({ params: { path: { id: 9 }, header: { 'If-Match': '"4"' } } }));
  });
});
