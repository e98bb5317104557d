/** The policy editor's pure rules: weights as percentages in the form, fractions in the API. */

export const FACTORS = ['revenue12', 'grossProfit12', 'growth', 'potential', 'strategicValue'] as const;
export type FactorName = (typeof FACTORS)[number];
export type Weights = Record<FactorName, number>;

export interface PolicyForm {
  /** Percent, 0..100, at most 2 decimals (the API keeps 4 decimals of the fraction). */
  weights: Weights;
  /** Percent, 0..100. */
  keyThreshold: number;
  /** Percent, (0, 100]. */
  keyCapShare: number;
  windowMonths: number;
  description?: string;
}

export interface PolicyValues {
  weights: Weights;
  keyThreshold: number;
  keyCapShare: number;
  windowMonths: number;
  description?: string;
}

/** Basis points (1/100 of a percent), so sums are exact integers. */
const bp = (percent: number) => Math.round(percent * 100);

export function weightSumPercent(weights: Partial<Weights>): number {
  return FACTORS.reduce((sum, f) => sum + bp(weights[f] ?? 0), 0) / 100;
}

export type PolicyIssue =
  | { field: 'weights'; code: 'SUM'; sum: number }
  | { field: `weights.${FactorName}`; code: 'RANGE' | 'DECIMALS' }
  | { field: 'keyThreshold'; code: 'RANGE' | 'FRACTION' }
  | { field: 'keyCapShare'; code: 'RANGE' | 'FRACTION' }
  | { field: 'windowMonths'; code: 'RANGE' };

/** What the server would refuse, checked before sending (the server's 400 remains the authority). */
export function validatePolicy(form: PolicyForm): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const f of FACTORS) {
    const v = form.weights[f];
    if (!Number.isFinite(v) || v < 0 || v > 100) issues.push({ field: `weights.${f}`, code: 'RANGE' });
    else if (Math.abs(v * 100 - bp(v)) > 1e-6) issues.push({ field: `weights.${f}`, code: 'DECIMALS' });
  }
  const sum = weightSumPercent(form.weights);
  if (sum !== 100) issues.push({ field: 'weights', code: 'SUM', sum });
  // The form speaks percent, the API fractions: 0.6 typed here would be 0.6 %, almost certainly meant as 60 %.
  if (!Number.isFinite(form.keyThreshold) || form.keyThreshold < 0 || form.keyThreshold > 100) {
    issues.push({ field: 'keyThreshold', code: 'RANGE' });
  } else if (form.keyThreshold > 0 && form.keyThreshold < 1) {
    issues.push({ field: 'keyThreshold', code: 'FRACTION' });
  }
  if (!Number.isFinite(form.keyCapShare) || form.keyCapShare <= 0 || form.keyCapShare > 100) {
    issues.push({ field: 'keyCapShare', code: 'RANGE' });
  } else if (form.keyCapShare < 1) {
    issues.push({ field: 'keyCapShare', code: 'FRACTION' });
  }
  if (!Number.isInteger(form.windowMonths) || form.windowMonths < 1 || form.windowMonths > 36) {
    issues.push({ field: 'windowMonths', code: 'RANGE' });
  }
  return issues;
}

/** Fractions with at most 4 decimals, as the API wants them. */
const fraction = (percent: number) => bp(percent) / 10000;

export function toPolicyInput(form: PolicyForm): PolicyValues {
  const weights = Object.fromEntries(FACTORS.map((f) => [f, fraction(form.weights[f])])) as Weights;
  return {
    weights,
    keyThreshold: fraction(form.keyThreshold),
    keyCapShare: fraction(form.keyCapShare),
    windowMonths: form.windowMonths,
    ...(form.description?.trim() ? { description: form.description.trim() } : {}),
  };
}

export function toPolicyForm(p: PolicyValues): PolicyForm {
  const pct = (v: number) => Math.round(v * 10000) / 100;
  return {
    weights: Object.fromEntries(FACTORS.map((f) => [f, pct(p.weights[f])])) as Weights,
    keyThreshold: pct(p.keyThreshold),
    keyCapShare: pct(p.keyCapShare),
    windowMonths: p.windowMonths,
    description: p.description,
  };
}

const CATEGORIES = ['KEY', 'TARGET', 'NORMAL', 'LOST'] as const;

/** The transition matrix as rows (from) × columns (to), with the categories in the method's order. */
export function transitionMatrix(transitions: readonly { from: string; to: string; count: number }[]): {
  categories: string[];
  cell: (from: string, to: string) => number;
  changed: number;
} {
  const seen = new Set<string>(CATEGORIES);
  for (const t of transitions) {
    seen.add(t.from);
    seen.add(t.to);
  }
  const counts = new Map<string, number>();
  let changed = 0;
  for (const t of transitions) {
    const key = `${t.from}>${t.to}`;
    counts.set(key, (counts.get(key) ?? 0) + t.count);
    if (t.from !== t.to) changed += t.count;
  }
  return { categories: [...seen], cell: (from, to) => counts.get(`${from}>${to}`) ?? 0, changed };
}
