/** Calendar periods the forecast and funnels are asked for, computed in UTC like the backend. */

/** `YYYY-Qn` of the quarter containing `date` (UTC). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** First and last day (inclusive, `YYYY-MM-DD`) of a `YYYY-Qn` quarter; undefined for anything else. */
export function quarterRange(period: string): { from: string; to: string } | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 0));
  return { from: isoDay(start), to: isoDay(end) };
}

/** The quarter `offset` quarters after (negative: before) the given one. */
export function shiftQuarter(period: string, offset: number): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return period;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last 12 months up to `today` as a cohort window: [same day a year ago + 1 day, today]. */
export function last12Months(today: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1));
  return { from: isoDay(from), to: isoDay(today) };
}
