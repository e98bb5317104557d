/**
 * Locale-aware formatters. They take the locale explicitly so they stay pure and testable;
 * components get them bound to the active language through `useFormatters`.
 */

const EMPTY = '—';

export function formatMoney(
  value: number | null | undefined,
  locale: string,
  currency = 'CNY',
  options: { compact?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: options.compact ? 'compact' : 'standard',
    maximumFractionDigits: options.compact ? 1 : 0,
    minimumFractionDigits: 0,
  }).format(value);
}

function toDate(value: string | Date | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar date (e.g. 2026年3月5日 / Mar 5, 2026) in the given time zone (default: the browser's). */
export function formatDate(value: string | Date | null | undefined, locale: string, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(date);
}

/** A date with its time of day (delivery logs, retries). */
export function formatDateTime(value: string | Date | null | undefined, locale: string, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(date);
}

/**
 * A month, for plans and forecasts. Accepts `YYYY-MM` (read as that calendar month, no time zone
 * shift) or a full date.
 */
export function formatMonth(value: string | Date | null | undefined, locale: string, timeZone?: string): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})$/.exec(value);
    if (match) {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
    }
  }
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone }).format(date);
}
