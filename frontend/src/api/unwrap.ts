import { ProblemError, toProblem } from './problem';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Turns an openapi-fetch result into the data or a thrown ProblemError, which is what
 * TanStack Query expects from a query function.
 */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok && data !== undefined) return data;
  throw new ProblemError(toProblem(error, response.status, response.headers.get('Content-Language')));
}

/** For answers without a body (204): succeeds on any 2xx, throws the problem otherwise. */
export async function unwrapEmpty(request: Promise<FetchResult<unknown>>): Promise<void> {
  const { error, response } = await request;
  if (response.ok) return;
  throw new ProblemError(toProblem(error, response.status, response.headers.get('Content-Language')));
}
