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
  throw new ProblemError(toProblem(error, response.status));
}
