import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap, unwrapEmpty } from '../../api/unwrap';

export type ApiToken = components['schemas']['ApiToken'];
export type ApiTokenInput = components['schemas']['ApiTokenInput'];
export type TokenScope = components['schemas']['TokenScope'];
export type StageProbability = components['schemas']['StageProbability'];

const keys = {
  tokens: ['settings', 'tokens'] as const,
  probabilities: ['settings', 'stage-probabilities'] as const,
};

export function useMyTokens() {
  return useQuery({ queryKey: keys.tokens, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tokens', { signal })) });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenInput) => unwrap(api.POST('/api/v1/tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.tokens }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrapEmpty(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.tokens }),
  });
}

/** The seven probabilities and the ETag they were read at: a save names it, so a stale one is refused (412). */
export type StageProbabilitySet = { rows: StageProbability[]; etag: string };

async function probabilitySet(
  request: Promise<{ data?: StageProbability[]; error?: unknown; response: Response }>,
): Promise<StageProbabilitySet> {
  const result = await request;
  const rows = await unwrap(Promise.resolve(result));
  return { rows, etag: result.response.headers.get('ETag') ?? '' };
}

export function useStageProbabilities() {
  return useQuery({
    queryKey: keys.probabilities,
    queryFn: ({ signal }) => probabilitySet(api.GET('/api/v1/pipeline/stage-probabilities', { signal })),
  });
}

export function useSaveStageProbabilities() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ rows, etag }: StageProbabilitySet) =>
      probabilitySet(
        api.PUT('/api/v1/pipeline/stage-probabilities', { params: { header: { 'If-Match': etag } }, body: rows }),
      ),
    onSuccess: (data) => client.setQueryData(keys.probabilities, data),
  });
}

/** ISO instant at the end of the chosen day, or undefined (the server defaults to 90 days). */
export function expiryInstant(day: string | undefined): string | undefined {
  if (!day) return undefined;
  return new Date(`${day}T23:59:59Z`).toISOString();
}
