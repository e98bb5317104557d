/** Why a KEY account needs attention, gathered from the health checks, decision maps and plans. */
export type AttentionReason =
  | { kind: 'NO_MANAGER' }
  | { kind: 'NOT_CONTACTED' }
  | { kind: 'NO_PLAN' }
  | { kind: 'WEAK_DECISION_MAP'; score: number; topGap?: string }
  | { kind: 'CADENCE'; message: string; daysSinceVisit?: number; ruleDays: number }
  | { kind: 'OVERDUE_COMMITMENTS'; count: number };

export interface AttentionRow {
  accountId: number;
  accountName: string;
  reasons: AttentionReason[];
  /** The decision-map score, when known (lower is weaker). */
  score?: number;
}

interface Ref {
  id: number;
  name: string;
}

export interface AttentionSources {
  withoutAccountManager?: readonly Ref[];
  notContactedIn90Days?: readonly Ref[];
  withoutAccountPlan?: readonly Ref[];
  /** KEY decision maps, any order. */
  decisionMaps?: readonly {
    accountId: number;
    accountName: string;
    score: number;
    highGaps: number;
    topGap?: string;
  }[];
  cadence?: readonly { accountId: number; accountName: string; category: string; message: string; daysSinceVisit?: number; ruleDays: number }[];
  due?: readonly { accountId: number; accountName: string; type: string; overdue: boolean }[];
}

/** A decision map this weak or with a high-severity gap is worth a look. */
export const WEAK_MAP_SCORE = 50;

/**
 * Merges the sources into one row per KEY account, most reasons first, then weakest decision map.
 * Overdue commitments only count for accounts known to be KEY from another source.
 */
export function attentionRows(src: AttentionSources): AttentionRow[] {
  const rows = new Map<number, AttentionRow>();
  const keyIds = new Set<number>();
  const add = (id: number, name: string, reason: AttentionReason) => {
    const row = rows.get(id) ?? { accountId: id, accountName: name, reasons: [] };
    row.reasons.push(reason);
    rows.set(id, row);
  };
  for (const a of src.withoutAccountManager ?? []) add(a.id, a.name, { kind: 'NO_MANAGER' });
  for (const a of src.notContactedIn90Days ?? []) add(a.id, a.name, { kind: 'NOT_CONTACTED' });
  for (const a of src.withoutAccountPlan ?? []) add(a.id, a.name, { kind: 'NO_PLAN' });
  for (const a of [...(src.withoutAccountManager ?? []), ...(src.notContactedIn90Days ?? []), ...(src.withoutAccountPlan ?? [])]) {
    keyIds.add(a.id);
  }
  for (const m of src.decisionMaps ?? []) {
    keyIds.add(m.accountId);
    if (m.score < WEAK_MAP_SCORE || m.highGaps > 0) {
      add(m.accountId, m.accountName, { kind: 'WEAK_DECISION_MAP', score: m.score, ...(m.topGap ? { topGap: m.topGap } : {}) });
    }
  }
  for (const m of src.decisionMaps ?? []) {
    const row = rows.get(m.accountId);
    if (row) row.score = m.score;
  }
  for (const c of src.cadence ?? []) {
    if (c.category !== 'KEY') continue;
    keyIds.add(c.accountId);
    add(c.accountId, c.accountName, {
      kind: 'CADENCE',
      message: c.message,
      ruleDays: c.ruleDays,
      ...(c.daysSinceVisit === undefined ? {} : { daysSinceVisit: c.daysSinceVisit }),
    });
  }
  const overdue = new Map<number, { name: string; count: number }>();
  for (const d of src.due ?? []) {
    if (!d.overdue || d.type !== 'COMMITMENT' || !keyIds.has(d.accountId)) continue;
    const o = overdue.get(d.accountId) ?? { name: d.accountName, count: 0 };
    o.count++;
    overdue.set(d.accountId, o);
  }
  for (const [id, o] of overdue) add(id, o.name, { kind: 'OVERDUE_COMMITMENTS', count: o.count });

  return [...rows.values()].sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY) ||
      a.accountName.localeCompare(b.accountName),
  );
}
