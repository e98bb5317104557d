import type { TagPalette } from '../../components/CodeTag';
import type { Attitude, DecisionMapEdge, DecisionMapGap, DecisionMapNode, Severity } from './api';

export const SEVERITY_ORDER: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
export const SEVERITY_PALETTE: Record<Severity, TagPalette> = { HIGH: 'red', MEDIUM: 'gold', LOW: 'grey' };

/** HIGH first; within a severity the server's (rule) order is kept. */
export function sortGaps<T extends Pick<DecisionMapGap, 'severity'>>(gaps: readonly T[]): T[] {
  return gaps
    .map((g, i) => ({ g, i }))
    .sort((a, b) => (SEVERITY_ORDER[a.g.severity] ?? 9) - (SEVERITY_ORDER[b.g.severity] ?? 9) || a.i - b.i)
    .map((x) => x.g);
}

export function countBySeverity(gaps: readonly Pick<DecisionMapGap, 'severity'>[]): Record<Severity, number> {
  const out: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const g of gaps) out[g.severity] += 1;
  return out;
}

/** The last segment of a message key: `gap.NO_COACH` → `NO_COACH` (translated under decisionMap.gap). */
export function gapKey(messageKey: string, fallback: string): string {
  const parts = messageKey.split('.').filter((p) => p !== '' && p !== 'action' && p !== 'gap');
  return parts.at(-1) ?? fallback;
}

export type GraphAttitude = Attitude | 'UNKNOWN';
export type GraphEdgeKind = DecisionMapEdge['kind'];

export interface GraphPerson {
  id: string;
  name: string;
  title?: string;
  layer: DecisionMapNode['layer'];
  attitude: GraphAttitude;
  influence?: number;
  roles: readonly DecisionMapNode['roles'][number][];
  placeholder: boolean;
}

export interface GraphOwner {
  id: string;
  name: string;
}

export interface GraphLink {
  source: string;
  target: string;
  kind: GraphEdgeKind;
}

export const contactNodeId = (id: number) => `c${id}`;
export const userNodeId = (id: number) => `u${id}`;

/** Maps the API's map into the graph's people, owners and links (REPORTS_TO points from a person to their boss). */
export function toGraph(
  map: { nodes: readonly DecisionMapNode[]; users: readonly { id: number; name: string }[]; edges: readonly DecisionMapEdge[] },
  placeholderName: string,
): { people: GraphPerson[]; owners: { id: string; name: string }[]; links: GraphLink[] } {
  const ids = new Set(map.nodes.map((n) => n.id));
  const userIds = new Set(map.users.map((u) => u.id));
  const people = map.nodes.map((n): GraphPerson => ({
    id: contactNodeId(n.id),
    name: n.name ?? placeholderName,
    title: n.title,
    layer: n.layer,
    attitude: n.attitude ?? 'UNKNOWN',
    influence: n.influence,
    roles: n.roles,
    placeholder: n.placeholder,
  }));
  const owners = map.users.map((u) => ({ id: userNodeId(u.id), name: u.name }));
  const links: GraphLink[] = [];
  for (const e of map.edges) {
    if (!ids.has(e.toContactId)) continue;
    if (e.fromContactId !== undefined && ids.has(e.fromContactId)) {
      links.push({ source: contactNodeId(e.fromContactId), target: contactNodeId(e.toContactId), kind: e.kind });
    } else if (e.fromUserId !== undefined && userIds.has(e.fromUserId)) {
      links.push({ source: userNodeId(e.fromUserId), target: contactNodeId(e.toContactId), kind: e.kind });
    }
  }
  return { people, owners, links };
}
