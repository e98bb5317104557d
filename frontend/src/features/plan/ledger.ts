import type { Concession } from './api';

export interface GiveGet {
  /** Sum of what we gave. */
  given: number;
  /** Distinct customer commitments we got in return. */
  got: number;
  /** Of those, already kept by the customer. */
  kept: number;
  /** Value the customer committed to (sum of the traded-for commitments' targets, counted once). */
  gotValue: number;
  /** Concessions granted without a commitment (manager exceptions). */
  unbacked: number;
  /** Amount given without anything in return. */
  unbackedAmount: number;
}

/** Give vs get from the ledger's entries (a commitment traded for twice counts once). */
export function giveVsGet(entries: readonly Concession[]): GiveGet {
  const seen = new Map<number, NonNullable<Concession['tradedFor']>>();
  let given = 0;
  let unbacked = 0;
  let unbackedAmount = 0;
  for (const c of entries) {
    given += c.amount;
    if (c.tradedFor) seen.set(c.tradedFor.id, c.tradedFor);
    else {
      unbacked += 1;
      unbackedAmount += c.amount;
    }
  }
  const commitments = [...seen.values()];
  return {
    given,
    got: commitments.length,
    kept: commitments.filter((c) => c.status === 'KEPT').length,
    gotValue: commitments.reduce((s, c) => s + (c.targetValue ?? 0), 0),
    unbacked,
    unbackedAmount,
  };
}

/** Progress bar percent for an objective: attainment capped to 0..100 (the label shows the real value). */
export function progressPercent(attainmentPct: number | undefined): number {
  if (attainmentPct === undefined || !Number.isFinite(attainmentPct)) return 0;
  return Math.max(0, Math.min(100, Math.round(attainmentPct)));
}
