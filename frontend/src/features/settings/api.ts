import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type Role = User['role'];
export type Team = components['schemas']['Team'];
export type TeamInput = components['schemas']['TeamInput'];

export const ROLES = ['ADMIN', 'MANAGER', 'REP', 'READONLY'] as const satisfies readonly Role[];

const keys = {
  users: (page: number, q?: string) => ['settings', 'users', page, q ?? ''] as const,
  teams: ['settings', 'teams'] as const,
};

export function useUserPage(page: number, q?: string) {
  return useQuery({
    queryKey: keys.users(page, q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/users', { params: { query: { page, size: 20, sort: 'name', ...(q ? { q } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useTeams() {
  return useQuery({
    queryKey: keys.teams,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/teams', { signal })),
  });
}

export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: UserInput }) =>
      id === undefined || version === undefined
        ? unwrap(api.POST('/api/v1/users', { body }))
        : unwrap(api.PUT('/api/v1/users/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['settings', 'users'] }),
  });
}

export function useCreateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamInput) => unwrap(api.POST('/api/v1/teams', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.teams }),
  });
}
