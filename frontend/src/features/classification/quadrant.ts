/** One account on the input/output plot (docs/method.md §3). */
export interface QuadrantPoint {
  id: number | string;
  name: string;
  /** Input B: people, money and materials spent. */
  input: number;
  /** Output A: revenue, profit or influence. */
  output: number;
}

export type Quadrant = 'PROTECT_AND_GROW' | 'OPTIMISE_COST' | 'MAINTAIN' | 'FIX_OR_REDUCE';

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** High output is at or above the output split; high input at or above the input split. */
export function quadrantOf(p: QuadrantPoint, inputSplit: number, outputSplit: number): Quadrant {
  const highOut = p.output >= outputSplit;
  const highIn = p.input >= inputSplit;
  if (highOut && !highIn) return 'PROTECT_AND_GROW';
  if (highOut && highIn) return 'OPTIMISE_COST';
  if (!highOut && !highIn) return 'MAINTAIN';
  return 'FIX_OR_REDUCE';
}

/** The splits default to the medians so each axis divides the portfolio in half. */
export function quadrantSplits(
  points: readonly QuadrantPoint[],
  splits: { input?: number; output?: number } = {},
): { input: number; output: number } {
  return {
    input: splits.input ?? median(points.map((p) => p.input)),
    output: splits.output ?? median(points.map((p) => p.output)),
  };
}
