import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import { ProblemError } from './problem';
import type { paths } from './schema';

export const CSRF_COOKIE = 'pareto_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_PATH = '/api/v1/session';

/** Reads one cookie by name from a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

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

/**
 * Every request says it comes from script (so the server answers 401 without a Basic challenge)
 * and in which language the UI is (the server writes problem titles and details in it), and every
 * write carries the double-submit CSRF token from the JS-readable cookie.
 */
export const sessionHeaders: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(scriptHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
};

/** The headers above for a call made without the client (an XHR upload that reports progress). */
export function scriptHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': currentLanguage() };
  if (WRITES.has(method.toUpperCase())) {
    const token = typeof document === 'undefined' ? undefined : readCookie(document.cookie, CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  return headers;
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler | undefined;

/** app/ decides what a 401 means for navigation (back to sign-in with `next`). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | undefined): void {
  onUnauthorized = handler;
}

/** For calls made without the client: a 401 means the same as anywhere else. */
export function notifyUnauthorized(): void {
  onUnauthorized?.();
}

/**
 * Any 401 sends the user to sign in, except a failed sign-in itself (POST /session answers
 * 401 for bad credentials, which the form shows) and the session probe (the gate handles it).
 */
export const unauthorizedRedirect: Middleware = {
  onResponse({ request, response }) {
    if (response.status !== 401) return undefined;
    const path = new URL(request.url, 'http://x').pathname;
    if (path === SESSION_PATH) return undefined;
    onUnauthorized?.();
    return undefined;
  },
};

// A fetch that never reached the server becomes a status-0 problem, so screens handle one error type.
const networkAsProblem: Middleware = {
  onError({ error }) {
    if (error instanceof ProblemError) return error;
    return new ProblemError({ status: 0, title: undefined, detail: error instanceof Error ? error.message : undefined });
  },
};
api.use(sessionHeaders, unauthorizedRedirect, networkAsProblem);

export type { paths };

/** The If-Match value for a record read earlier: the backend's ETag is its quoted version. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
