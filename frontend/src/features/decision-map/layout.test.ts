import { layeredLayout, widthForInfluence } from './layout';

describe('layeredLayout', () => {
  it('puts each layer on its own row, EXECUTIVE on top, owners last', () => {
    const pos = layeredLayout(
      [
        { id: 'u', row: 'USER', width: 100 },
        { id: 'e', row: 'EXECUTIVE', width: 100 },
        { id: 'd', row: 'DECISION', width: 100 },
        { id: 'i', row: 'IMPLEMENTATION', width: 100 },
        { id: 'o', row: 'OWNERS', width: 100 },
      ],
      [],
      { rowHeight: 100 },
    );
    expect(['e', 'd', 'i', 'u', 'o'].map((id) => pos.get(id)?.y)).toEqual([0, 100, 200, 300, 400]);
    expect(pos.get('e')?.x).toBe(-50); // a single node is centred
  });

  it('orders a row by its neighbours above so reporting lines do not cross', () => {
    const pos = layeredLayout(
      [
        { id: 'e1', row: 'EXECUTIVE', width: 100 },
        { id: 'e2', row: 'EXECUTIVE', width: 100 },
        { id: 'd2', row: 'DECISION', width: 100 }, // listed first, reports to e2
        { id: 'd1', row: 'DECISION', width: 100 },
      ],
      [
        { source: 'd1', target: 'e1' },
        { source: 'd2', target: 'e2' },
      ],
      { gap: 20 },
    );
    expect(pos.get('d1')?.order).toBe(0);
    expect(pos.get('d2')?.order).toBe(1);
    expect(pos.get('d1')?.x).toBe(-110);
    expect(pos.get('d2')?.x).toBe(10);
  });

  it('sizes nodes by influence within bounds', () => {
    expect(widthForInfluence(1)).toBe(120);
    expect(widthForInfluence(5)).toBe(200);
    expect(widthForInfluence(9)).toBe(200);
    expect(widthForInfluence(undefined)).toBe(160);
  });
});
