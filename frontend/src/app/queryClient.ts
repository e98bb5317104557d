import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';

/** Query defaults, set once for the whole app. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A 4xx will not fix itself: show it at once. Network and 5xx errors get two more tries.
        retry: (failureCount, error) => {
          if (error instanceof ProblemError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one query client; the router's 401 handler needs it outside React. */
export const queryClient = createQueryClient();
