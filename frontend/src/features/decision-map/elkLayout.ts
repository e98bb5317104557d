import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/**
 * Layout of a decision map (docs/method.md §6) by ELK's layered algorithm: the method's layers are
 * fixed partitions (EXECUTIVE on top down to USER, our relationship owners in a row below), ELK
 * orders the people inside them and routes every line orthogonally around the cards. ELK (≈ 450 KB
 * gzipped) is imported on first use, so it never weighs on the initial bundle.
 */
export const LAYERS = ['EXECUTIVE', 'DECISION', 'IMPLEMENTATION', 'USER'] as const;
export type MapLayer = (typeof LAYERS)[number];
/** Our own people who own relationships sit in a row of their own. */
export const OWNER_ROW = 'OWNERS' as const;
export type MapRow = MapLayer | typeof OWNER_ROW;
export const ROWS: readonly MapRow[] = [...LAYERS, OWNER_ROW];

/** Cards' height; the width grows with influence. */
export const NODE_HEIGHT = 100;
/** Room left of the cards for the layer labels. */
export const BAND_GUTTER = 112;
const BAND_PAD = 16;

export interface LayoutNode {
  id: string;
  row: MapRow;
  width: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Band {
  row: MapRow;
  y: number;
  height: number;
  /** No card in this layer: the band holds a note instead. */
  empty: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: Map<string, Box>;
  /** Polyline per edge id, from the edge's source to its target. */
  edges: Map<string, { x: number; y: number }[]>;
  bands: Band[];
}

/** Influence 1..5 → card width; unknown influence draws as the middle size. */
export function widthForInfluence(influence: number | undefined): number {
  const i = influence === undefined || !Number.isFinite(influence) ? 3 : Math.min(5, Math.max(1, Math.round(influence)));
  return 150 + (i - 1) * 20;
}

/** Id of the invisible stand-in that keeps an empty layer's band open. */
export const emptyRowId = (row: MapRow) => `empty-${row}`;

/**
 * ELK's partitions must be visited top-down, so each edge is laid out from its upper end to its
 * lower one; `flipped` says the drawn line runs the other way (a REPORTS_TO points up to the boss).
 */
export function orient(edges: readonly LayoutEdge[], rowOf: ReadonlyMap<string, MapRow>): (LayoutEdge & { flipped: boolean })[] {
  const out: (LayoutEdge & { flipped: boolean })[] = [];
  for (const e of edges) {
    const s = rowOf.get(e.source);
    const t = rowOf.get(e.target);
    if (s === undefined || t === undefined || e.source === e.target) continue;
    const flipped = ROWS.indexOf(s) > ROWS.indexOf(t);
    out.push(flipped ? { id: e.id, source: e.target, target: e.source, flipped } : { ...e, flipped });
  }
  return out;
}

/** Horizontal bands, one per row, split halfway between the lowest card of a row and the highest of the next. */
export function bandsOf(rows: readonly { row: MapRow; top: number; bottom: number; empty: boolean }[], totalHeight: number): Band[] {
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    const next = rows[i + 1];
    const y = prev ? (prev.bottom + r.top) / 2 : 0;
    const end = next ? (r.bottom + next.top) / 2 : totalHeight;
    return { row: r.row, y, height: end - y, empty: r.empty };
  });
}

let engine: Promise<{ layout: (graph: ElkNode) => Promise<ElkNode> }> | undefined;
function elk() {
  engine ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return engine;
}

export async function layoutMap(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<MapLayout> {
  const used = new Set(nodes.map((n) => n.row));
  // The owners' row only exists when someone of ours holds a relationship.
  const rows = ROWS.filter((r) => r !== OWNER_ROW || used.has(OWNER_ROW));
  const all: LayoutNode[] = [...nodes, ...rows.filter((r) => !used.has(r)).map((r) => ({ id: emptyRowId(r), row: r, width: 180 }))];
  const rowOf = new Map(all.map((n) => [n.id, n.row]));
  const oriented = orient(edges, rowOf);
  const graph: ElkNode = {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // Partitions only order nodes of one component; people without any line must keep their layer too.
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '32',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': `[top=${BAND_PAD},left=${BAND_GUTTER},bottom=${BAND_PAD},right=${BAND_PAD}]`,
    },
    children: all.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.id === emptyRowId(n.row) ? 40 : NODE_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(ROWS.indexOf(n.row)) },
    })),
    edges: oriented.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const out = await (await elk()).layout(graph);

  const boxes = new Map<string, Box>();
  for (const c of out.children ?? []) boxes.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  const height = out.height ?? 0;
  const extents = rows.map((row) => {
    const inRow = all.filter((n) => n.row === row).map((n) => boxes.get(n.id));
    const top = Math.min(...inRow.map((b) => b?.y ?? 0));
    const bottom = Math.max(...inRow.map((b) => (b?.y ?? 0) + (b?.height ?? 0)));
    return { row, top, bottom, empty: !used.has(row) };
  });

  const flipped = new Map(oriented.map((e) => [e.id, e.flipped]));
  const lines = new Map<string, { x: number; y: number }[]>();
  for (const e of out.edges ?? []) {
    const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    lines.set(e.id, flipped.get(e.id) ? points.reverse() : points);
  }
  for (const r of rows.filter((r) => !used.has(r))) boxes.delete(emptyRowId(r));
  return { width: out.width ?? 0, height, nodes: boxes, edges: lines, bands: bandsOf(extents, height) };
}
