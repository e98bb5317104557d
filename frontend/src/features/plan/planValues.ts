import type { TagPalette } from '../../components/CodeTag';
import type { Commitment, ObjectiveInput } from './api';

const MONEY_METRICS = new Set(['REVENUE', 'GROSS_PROFIT']);
export const METRICS: readonly ObjectiveInput['metric'][] = ['REVENUE', 'GROSS_PROFIT', 'ORDER_COUNT', 'SHARE_OF_WALLET', 'NEW_DECISION_CONTACTS', 'CUSTOM'];
export const STATUS_PALETTE: Record<Commitment['status'], TagPalette> = { OPEN: 'blue', KEPT: 'green', BROKEN: 'red' };

/** An objective's value in its metric's unit: money for revenue and gross profit, a percentage for share of wallet. */
export function metricValue(metric: string, v: number | undefined, money: (v: number) => string, none: string): string {
  if (v === undefined) return none;
  if (MONEY_METRICS.has(metric)) return money(v);
  return metric === 'SHARE_OF_WALLET' ? `${v}%` : String(v);
}
