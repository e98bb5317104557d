/** One owner's stuck deals: how many, how much, the longest stay. */
export interface OwnerGroup<D> {
  ownerId: number | null;
  count: number;
  amount: number;
  longestDays: number;
  deals: D[];
}

interface StuckLike {
  ownerId?: number | null;
  amount: number;
  daysInStage: number;
}

/** Groups the server's stuck list per owner, most deals first (then the larger amount). */
export function stuckByOwner<D extends StuckLike>(deals: readonly D[]): OwnerGroup<D>[] {
  const groups = new Map<number | null, OwnerGroup<D>>();
  for (const d of deals) {
    const key = d.ownerId ?? null;
    const g = groups.get(key) ?? { ownerId: key, count: 0, amount: 0, longestDays: 0, deals: [] };
    g.count += 1;
    g.amount += d.amount;
    g.longestDays = Math.max(g.longestDays, d.daysInStage);
    g.deals.push(d);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.amount - a.amount);
}
