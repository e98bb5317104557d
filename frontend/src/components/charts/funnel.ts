export interface FunnelStageCount {
  /** Stage code, translated by the caller's `label`. */
  stage: string;
  count: number;
  /** Optional money in the stage. */
  amount?: number;
}

export interface FunnelStep extends FunnelStageCount {
  /** Share of the previous stage that reached this one (undefined for the first stage or an empty previous stage). */
  conversionFromPrevious: number | undefined;
  /** Share of the first stage that reached this one. */
  conversionFromFirst: number | undefined;
}

/** Conversion rates down the stages, in the order given (lead first). */
export function funnelSteps(stages: readonly FunnelStageCount[]): FunnelStep[] {
  const first = stages[0]?.count ?? 0;
  return stages.map((s, i) => {
    const previous = i === 0 ? undefined : stages[i - 1]?.count;
    return {
      ...s,
      conversionFromPrevious: previous === undefined || previous === 0 ? undefined : s.count / previous,
      conversionFromFirst: i === 0 || first === 0 ? (i === 0 && first > 0 ? 1 : undefined) : s.count / first,
    };
  });
}

/** The step with the lowest conversion from its previous stage: where the funnel leaks most. */
export function biggestLeak(steps: readonly FunnelStep[]): FunnelStep | undefined {
  let worst: FunnelStep | undefined;
  for (const s of steps) {
    if (s.conversionFromPrevious === undefined) continue;
    if (!worst || s.conversionFromPrevious < (worst.conversionFromPrevious ?? Infinity)) worst = s;
  }
  return worst;
}
