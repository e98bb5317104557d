import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { ProblemError } from '../api/problem';
import type { components } from '../api/schema';
import { unwrap, unwrapEmpty } from '../api/unwrap';

export type SessionUser = components['schemas']['SessionUser'];
export type SessionCredentials = components['schemas']['SignInInput'];
export type Role = SessionUser['role'];

export const sessionKey = ['session'] as const;

/** The signed-in user, or null when there is no session (401). Other failures are thrown. */
export const sessionOptions = queryOptions({
  queryKey: sessionKey,
  queryFn: async ({ signal }): Promise<SessionUser | null> => {
    try {
      return await unwrap(api.GET('/api/v1/session', { signal }));
    } catch (e) {
      if (e instanceof ProblemError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionOptions);
}

/** The signed-in user; only for screens rendered behind the session gate. */
export function useCurrentUser(): SessionUser | null {
  return useQuery(sessionOptions).data ?? null;
}

export function hasRole(user: SessionUser | null | undefined, ...roles: Role[]): boolean {
  return user !== null && user !== undefined && roles.includes(user.role);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SessionCredentials) => unwrap(api.POST('/api/v1/session', { body: credentials })),
    onSuccess: (user) => {
      // Another user's cached data must not show through.
      client.clear();
      client.setQueryData(sessionKey, user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.DELETE('/api/v1/session')),
    onSettled: () => {
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}

/** Only same-origin app paths are accepted as a `next` target (no open redirects). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export function loginPath(wanted: string): string {
  return wanted === '/' || wanted.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(wanted)}`;
}
