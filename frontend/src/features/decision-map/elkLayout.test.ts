import { bandsOf, type Box, layoutMap, orient, widthForInfluence } from './elkLayout';

/** Does the axis-parallel segment a→b pass through the inside of the box? */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x2 > box.x + 1 && x1 < box.x + box.width - 1 && y2 > box.y + 1 && y1 < box.y + box.height - 1;
}

describe('decision-map layout', () => {
  it('lays an edge out from its upper row down and remembers which ones it turned', () => {
    const rows = new Map([
      ['boss', 'EXECUTIVE'],
      ['me', 'USER'],
      ['rep', 'OWNERS'],
    ] as const);
    expect(
      orient(
        [
          { id: 'r', source: 'me', target: 'boss' },
          { id: 'o', source: 'rep', target: 'me' },
          { id: 'self', source: 'me', target: 'me' },
          { id: 'gone', source: 'me', target: 'nobody' },
        ],
        rows,
      ),
    ).toEqual([
      { id: 'r', source: 'boss', target: 'me', flipped: true },
      { id: 'o', source: 'me', target: 'rep', flipped: true },
    ]);
  });

  it('splits bands halfway between rows, the first from 0 and the last to the bottom', () => {
    expect(
      bandsOf(
        [
          { row: 'EXECUTIVE', top: 16, bottom: 116, empty: false },
          { row: 'DECISION', top: 176, bottom: 276, empty: true },
        ],
        300,
      ),
    ).toEqual([
      { row: 'EXECUTIVE', y: 0, height: 146, empty: false },
      { row: 'DECISION', y: 146, height: 154, empty: true },
    ]);
  });

  it('puts each layer below the one above it and routes reporting lines around the cards', async () => {
    const nodes = [
      { id: 'pres', row: 'EXECUTIVE' as const, width: 150 },
      { id: 'head1', row: 'DECISION' as const, width: 150 },
      { id: 'head2', row: 'DECISION' as const, width: 190 },
      { id: 'chief', row: 'IMPLEMENTATION' as const, width: 150 },
      { id: 'rep', row: 'OWNERS' as const, width: 150 },
    ];
    const edges = [
      { id: 'a', source: 'head1', target: 'pres' },
      { id: 'b', source: 'head2', target: 'pres' },
      { id: 'c', source: 'chief', target: 'head2' },
      { id: 'd', source: 'rep', target: 'pres' },
    ];
    const map = await layoutMap(nodes, edges);
    const y = (id: string) => map.nodes.get(id)?.y ?? Number.NaN;
    expect(y('pres')).toBeLessThan(y('head1'));
    expect(y('head1')).toBeLessThan(y('chief'));
    expect(y('chief')).toBeLessThan(y('rep'));
    // USER has nobody: its band is kept open, in order, and marked empty.
    expect(map.bands.map((b) => [b.row, b.empty])).toEqual([
      ['EXECUTIVE', false],
      ['DECISION', false],
      ['IMPLEMENTATION', false],
      ['USER', true],
      ['OWNERS', false],
    ]);
    for (const b of map.bands) {
      const inside = nodes.filter((n) => n.row === b.row).map((n) => map.nodes.get(n.id) as Box);
      for (const box of inside) expect(box.y >= b.y && box.y + box.height <= b.y + b.height).toBe(true);
    }
    // Drawn from subordinate to boss: the line starts at the lower card and ends at the upper one.
    const a = map.edges.get('a') ?? [];
    expect(a.at(0)?.y).toBeGreaterThan(a.at(-1)?.y ?? Infinity);
    for (const [id, points] of map.edges) {
      const ends = new Set([edges.find((e) => e.id === id)?.source, edges.find((e) => e.id === id)?.target]);
      for (let i = 1; i < points.length; i++) {
        const [p, q] = [points[i - 1], points[i]];
        expect(p && q && (p.x === q.x || p.y === q.y), `edge ${id} is orthogonal`).toBe(true);
        for (const [nid, box] of map.nodes) {
          if (!ends.has(nid) && p && q) expect(crosses(p, q, box), `edge ${id} passes through ${nid}`).toBe(false);
        }
      }
    }
  });

  it('sizes cards by influence, unknown as the middle', () => {
    expect([1, 3, 5, undefined, 9].map(widthForInfluence)).toEqual([150, 190, 230, 190, 230]);
  });
});
