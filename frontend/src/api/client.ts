import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ProblemError } from './problem';

/**
 * The one API client. baseUrl '' keeps calls on the SPA's own origin (`/api/v1/...`):
 * Vite proxies them in dev, the backend serves the SPA in production, and the session
 * cookie travels with `credentials: 'include'`.
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'include',
  headers: { Accept: 'application/json, application/problem+json' },
});

// A fetch that never reached the server becomes a status-0 problem, so screens handle one error type.
const networkAsProblem: Middleware = {
  onError({ error }) {
    if (error instanceof ProblemError) return error;
    return new ProblemError({ status: 0, title: undefined, detail: error instanceof Error ? error.message : undefined });
  },
};
api.use(networkAsProblem);

export type { paths };
