import type { GraphAttitude, GraphEdgeKind } from './gaps';

/** Champions and supporters in greens, neutral grey, skeptic orange, opponent red. */
export const ATTITUDE_COLORS: Record<GraphAttitude, { background: string; border: string; color: string }> = {
  CHAMPION: { background: '#d9f7be', border: '#237804', color: '#092b00' },
  SUPPORTER: { background: '#f6ffed', border: '#52c41a', color: '#135200' },
  NEUTRAL: { background: '#fafafa', border: '#8c8c8c', color: '#262626' },
  SKEPTIC: { background: '#fff7e6', border: '#d46b08', color: '#612500' },
  OPPONENT: { background: '#fff1f0', border: '#cf1322', color: '#820014' },
  UNKNOWN: { background: '#fff', border: '#d9d9d9', color: '#434343' },
};
export const OWNER_COLORS = { background: '#e6f4ff', border: '#1668dc', color: '#003eb3' };

export const EDGE_STYLES: Record<GraphEdgeKind, { stroke: string; strokeDasharray?: string }> = {
  REPORTS_TO: { stroke: '#595959' },
  INFLUENCES: { stroke: '#d46b08', strokeDasharray: '6 4' },
  ALLY: { stroke: '#389e0d', strokeDasharray: '6 4' },
  RIVAL: { stroke: '#cf1322', strokeDasharray: '6 4' },
  RELATIONSHIP_OWNER: { stroke: '#1668dc', strokeDasharray: '2 4' },
};

/** The element id of a person's card, so the gap list can move focus to it. */
export const nodeElementId = (id: string) => `dm-node-${id}`;

export function focusNode(id: string): void {
  const el = document.getElementById(nodeElementId(id));
  el?.scrollIntoView({ block: 'nearest', inline: 'center' });
  el?.focus();
}

