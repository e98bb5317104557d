/**
 * Layered layout of a decision map (docs/method.md §6). The layers are given by the method —
 * EXECUTIVE on top down to USER, our relationship owners in a row below — so no rank needs
 * computing; only the order inside each row does. That is the ordering step of a Sugiyama
 * layout: a few barycenter sweeps so connected people sit above each other and edges cross less.
 */
export const LAYERS = ['EXECUTIVE', 'DECISION', 'IMPLEMENTATION', 'USER'] as const;
export type MapLayer = (typeof LAYERS)[number];
/** Our own people who own relationships sit in a row of their own. */
export const OWNER_ROW = 'OWNERS' as const;
export type MapRow = MapLayer | typeof OWNER_ROW;
export const ROWS: readonly MapRow[] = [...LAYERS, OWNER_ROW];

export interface LayoutNode {
  id: string;
  row: MapRow;
  /** Drawn width in px (nodes are sized by influence). */
  width: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Positioned {
  id: string;
  x: number;
  y: number;
  row: MapRow;
  order: number;
}

export interface LayoutOptions {
  rowHeight?: number;
  gap?: number;
  sweeps?: number;
}

function byRow(nodes: readonly LayoutNode[]): Map<MapRow, LayoutNode[]> {
  const rows = new Map<MapRow, LayoutNode[]>(ROWS.map((r) => [r, []]));
  for (const n of nodes) rows.get(n.row)?.push(n);
  return rows;
}

export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  { rowHeight = 140, gap = 32, sweeps = 4 }: LayoutOptions = {},
): Map<string, Positioned> {
  const rows = byRow(nodes);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const order = new Map<string, number>();
  for (const list of rows.values()) list.forEach((n, i) => order.set(n.id, i));

  const rowIndex = new Map<string, number>();
  for (const n of nodes) rowIndex.set(n.id, ROWS.indexOf(n.row));

  // Alternate down and up sweeps: each row is sorted by the mean position of its neighbours in
  // the row just above (down) or below (up). Nodes without such neighbours keep their place.
  for (let s = 0; s < sweeps; s++) {
    const down = s % 2 === 0;
    const sequence = down ? ROWS.slice(1) : ROWS.slice(0, -1).reverse();
    for (const row of sequence) {
      const list = rows.get(row) ?? [];
      const here = ROWS.indexOf(row);
      const ref = down ? here - 1 : here + 1;
      const keyed = list.map((n) => {
        const adj = (neighbours.get(n.id) ?? []).filter((m) => rowIndex.get(m) === ref);
        const bary = adj.length === 0 ? (order.get(n.id) ?? 0) : adj.reduce((sum, m) => sum + (order.get(m) ?? 0), 0) / adj.length;
        return { n, bary, was: order.get(n.id) ?? 0 };
      });
      keyed.sort((a, b) => a.bary - b.bary || a.was - b.was);
      rows.set(
        row,
        keyed.map((k) => k.n),
      );
      keyed.forEach((k, i) => order.set(k.n.id, i));
    }
  }

  // Each row is centred on x = 0.
  const out = new Map<string, Positioned>();
  ROWS.forEach((row, r) => {
    const list = rows.get(row) ?? [];
    const width = list.reduce((sum, n) => sum + n.width, 0) + gap * Math.max(0, list.length - 1);
    let x = -width / 2;
    list.forEach((n, i) => {
      out.set(n.id, { id: n.id, x, y: r * rowHeight, row, order: i });
      x += n.width + gap;
    });
  });
  return out;
}

/** Influence 1..5 → node width; unknown influence draws as the middle size. */
export function widthForInfluence(influence: number | undefined): number {
  const i = influence === undefined || !Number.isFinite(influence) ? 3 : Math.min(5, Math.max(1, Math.round(influence)));
  return 120 + (i - 1) * 20;
}
