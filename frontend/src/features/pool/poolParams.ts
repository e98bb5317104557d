import type { PoolQuery } from './api';

export const POOL_CATEGORIES = ['TARGET', 'NORMAL', 'LOST', 'KEY'] as const;
export const POOL_REASONS = ['INACTIVE', 'RELEASED', 'UNOWNED'] as const;
export const POOL_SORTS = ['-pooledAt', 'name', 'category', '-lastActivityOn'] as const;
export const POOL_PAGE = 20;

function oneOf<T extends string>(values: readonly T[], v: string | null): T | undefined {
  return v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** The pool list's query from the URL, so a filtered view can be bookmarked and shared. */
export function poolQueryFromSearch(search: URLSearchParams): PoolQuery {
  const page = Number(search.get('page'));
  const teamId = Number(search.get('teamId'));
  const query: PoolQuery = {
    page: Number.isSafeInteger(page) && page > 0 ? page : 0,
    size: POOL_PAGE,
    sort: oneOf(POOL_SORTS, search.get('sort')) ?? '-pooledAt',
  };
  const q = search.get('q')?.trim();
  if (q) query.q = q;
  const category = oneOf(POOL_CATEGORIES, search.get('category'));
  if (category) query.category = category;
  const reason = oneOf(POOL_REASONS, search.get('reason'));
  if (reason) query.reason = reason;
  if (Number.isSafeInteger(teamId) && teamId > 0) query.teamId = teamId;
  return query;
}

export function searchFromPoolQuery(query: PoolQuery, tab?: string): URLSearchParams {
  const out = new URLSearchParams();
  if (tab) out.set('tab', tab);
  if (query.q) out.set('q', query.q);
  if (query.category) out.set('category', query.category);
  if (query.reason) out.set('reason', query.reason);
  if (query.teamId) out.set('teamId', String(query.teamId));
  if (query.sort && query.sort !== '-pooledAt') out.set('sort', query.sort);
  if (query.page) out.set('page', String(query.page));
  return out;
}
