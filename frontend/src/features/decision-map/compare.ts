import type { DecisionMap, DecisionMapEdge } from './api';

/** What changed on the map between a past day and today, per person, then the count of lines. */
export type MapChange =
  | { kind: 'ADDED' | 'REMOVED'; contactId: number; name: string }
  | { kind: 'ATTITUDE' | 'CLOSENESS' | 'LAYER'; contactId: number; name: string; from: string; to: string };

export interface MapComparison {
  changes: MapChange[];
  linksAdded: number;
  linksRemoved: number;
}

const edgeKey = (e: DecisionMapEdge) => `${e.kind}:${e.fromContactId ?? ''}:${e.fromUserId ?? ''}:${e.toContactId}`;
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The past map set against today's: people added and removed, attitude, closeness and layer changes, lines added and removed. */
export function compareMaps(past: DecisionMap, now: DecisionMap, unnamed: string): MapComparison {
  const before = new Map(past.nodes.map((n) => [n.id, n]));
  const after = new Map(now.nodes.map((n) => [n.id, n]));
  const changes: MapChange[] = [];
  for (const n of now.nodes) {
    const name = n.name ?? unnamed;
    const p = before.get(n.id);
    if (!p) {
      changes.push({ kind: 'ADDED', contactId: n.id, name });
      continue;
    }
    for (const kind of ['LAYER', 'ATTITUDE', 'CLOSENESS'] as const) {
      const field = kind === 'LAYER' ? 'layer' : kind === 'ATTITUDE' ? 'attitude' : 'closeness';
      if (text(p[field]) !== text(n[field])) changes.push({ kind, contactId: n.id, name, from: text(p[field]), to: text(n[field]) });
    }
  }
  for (const p of past.nodes) if (!after.has(p.id)) changes.push({ kind: 'REMOVED', contactId: p.id, name: p.name ?? unnamed });
  const pastEdges = new Set(past.edges.map(edgeKey));
  const nowEdges = new Set(now.edges.map(edgeKey));
  return {
    changes,
    linksAdded: [...nowEdges].filter((k) => !pastEdges.has(k)).length,
    linksRemoved: [...pastEdges].filter((k) => !nowEdges.has(k)).length,
  };
}
