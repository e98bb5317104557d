import type { paths } from '../../api/client';
import type { AccountListQuery, Category, KaKind } from './api';

/** Query of GET /api/v1/exports/{dataset}: the list's filters are part of the contract. */
type ExportQuery = NonNullable<paths['/api/v1/exports/{dataset}']['get']['parameters']['query']>;

/**
 * The accounts list keeps its paging, sorting and filters in the URL so a view can be
 * bookmarked and shared. The URL's `page` is 1-based for people; the API's is 0-based.
 */

export const CATEGORIES = ['KEY', 'NORMAL', 'TARGET', 'LOST'] as const satisfies readonly Category[];
export const KA_KINDS = ['ECONOMIC', 'IMPORTANT', 'GROUP', 'STRATEGIC'] as const satisfies readonly KaKind[];
export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_SIZE = 50;
export const MAX_SIZE = 500;
export const DEFAULT_SORT = '-updatedAt';

/** Sort fields the backend whitelists for GET /api/v1/accounts (see openapi.yaml). */
export const SORTABLE_FIELDS = [
  'name',
  'category',
  'industry',
  'region',
  'strategicValue',
  'estimatedAnnualPotential',
  'externalId',
  'createdAt',
  'updatedAt',
] as const;
export type SortableField = (typeof SORTABLE_FIELDS)[number];

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function text(raw: string | null): string | undefined {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** Only `field` or `-field` with a known field name survives; anything else falls back to the default. */
function sortParam(raw: string | null): string {
  if (!raw) return DEFAULT_SORT;
  const parts = raw.split(',').filter((p) => (SORTABLE_FIELDS as readonly string[]).includes(p.replace(/^-/, '')));
  return parts.length > 0 ? parts.join(',') : DEFAULT_SORT;
}

export function queryFromSearch(search: URLSearchParams): AccountListQuery {
  const page = positiveInt(search.get('page')) ?? 1;
  const size = Math.min(positiveInt(search.get('size')) ?? DEFAULT_SIZE, MAX_SIZE);
  const query: AccountListQuery = { page: page - 1, size, sort: sortParam(search.get('sort')) };
  const q = text(search.get('q'));
  if (q) query.q = q;
  const category = oneOf(CATEGORIES, search.get('category'));
  if (category) query.category = category;
  const kaKind = oneOf(KA_KINDS, search.get('kaKind'));
  if (kaKind) query.kaKind = kaKind;
  const region = text(search.get('region'));
  if (region) query.region = region;
  const industry = text(search.get('industry'));
  if (industry) query.industry = industry;
  const ownerId = positiveInt(search.get('ownerId'));
  if (ownerId) query.ownerId = ownerId;
  return query;
}

/** The inverse of queryFromSearch; defaults are left out to keep URLs short. */
export function searchFromQuery(query: AccountListQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.category) search.set('category', query.category);
  if (query.kaKind) search.set('kaKind', query.kaKind);
  if (query.region) search.set('region', query.region);
  if (query.industry) search.set('industry', query.industry);
  if (query.ownerId !== undefined) search.set('ownerId', String(query.ownerId));
  if (query.sort && query.sort !== DEFAULT_SORT) search.set('sort', query.sort);
  if (query.page !== undefined && query.page > 0) search.set('page', String(query.page + 1));
  if (query.size !== undefined && query.size !== DEFAULT_SIZE) search.set('size', String(query.size));
  return search;
}

export function hasFilters(query: AccountListQuery): boolean {
  return Boolean(query.q || query.category || query.kaKind || query.region || query.industry || query.ownerId);
}

export type SortOrder = 'ascend' | 'descend';

/** The order the table shows for a column: only the first sort key drives the column header. */
export function sortOrderOf(sort: string | undefined, field: SortableField): SortOrder | null {
  const first = (sort ?? DEFAULT_SORT).split(',')[0] ?? '';
  if (first === field) return 'ascend';
  if (first === `-${field}`) return 'descend';
  return null;
}

/** The `sort` value for a click on a column header; a cleared sort goes back to the default. */
export function sortFor(field: SortableField | undefined, order: SortOrder | null | undefined): string {
  if (!field || !order) return DEFAULT_SORT;
  return order === 'descend' ? `-${field}` : field;
}

/**
 * The CSV export of what the list shows: the same filters (the export endpoint takes them),
 * without paging or sorting (the export streams every matching account in id order).
 */
export function exportHref(query: AccountListQuery): string {
  const { q, category, kaKind, region, industry, ownerId } = query;
  const exported: ExportQuery = { format: 'csv', q, category, kaKind, region, industry, ownerId };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(exported)) if (value !== undefined && value !== '') search.set(key, String(value));
  return `/api/v1/exports/accounts?${search.toString()}`;
}

/** What a saved view keeps: the filters and sort as a URL query, without paging. */
export function viewOf(query: AccountListQuery): string {
  return searchFromQuery({ ...query, page: undefined, size: undefined }).toString();
}
