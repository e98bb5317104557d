/** One customer's value (revenue or profit) for the Pareto curve. */
export interface ParetoItem {
  id: number | string;
  name: string;
  value: number;
}

export interface ParetoPoint {
  /** Share of customers up to and including this one, 0..1 (largest first). */
  customerShare: number;
  /** Cumulative share of value, 0..1. */
  valueShare: number;
  item: ParetoItem;
}

export interface ParetoCurve {
  points: ParetoPoint[];
  total: number;
  /** Share of customers (0..1) that together make `threshold` of the value; undefined when no value. */
  customersForThreshold: number | undefined;
  /** How many customers that is. */
  countForThreshold: number | undefined;
}

/**
 * The 20/80 curve (domain.md §1): customers sorted by value, largest first, against the
 * cumulative share of value. Negative values (credit notes) count as zero.
 */
export function paretoCurve(items: readonly ParetoItem[], threshold = 0.8): ParetoCurve {
  const sorted = [...items].map((i) => ({ ...i, value: Math.max(0, i.value) })).sort((a, b) => b.value - a.value);
  const total = sorted.reduce((sum, i) => sum + i.value, 0);
  const n = sorted.length;
  let cumulative = 0;
  let countForThreshold: number | undefined;
  const points = sorted.map((item, index) => {
    cumulative += item.value;
    const valueShare = total > 0 ? cumulative / total : 0;
    // A tiny epsilon so 0.8 computed as 0.7999999 still counts as reaching the line.
    if (countForThreshold === undefined && total > 0 && valueShare >= threshold - 1e-9) countForThreshold = index + 1;
    return { customerShare: (index + 1) / n, valueShare, item };
  });
  return {
    points,
    total,
    countForThreshold,
    customersForThreshold: countForThreshold === undefined ? undefined : countForThreshold / n,
  };
}
