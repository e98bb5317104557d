import { median, quadrantOf, quadrantSplits } from './quadrant';

describe('quadrant', () => {
  it('computes medians', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('places points in the four quadrants of the input/output model', () => {
    const pts = [
      { id: 1, name: 'a', input: 1, output: 10 },
      { id: 2, name: 'b', input: 9, output: 9 },
      { id: 3, name: 'c', input: 2, output: 1 },
      { id: 4, name: 'd', input: 10, output: 2 },
    ];
    const s = quadrantSplits(pts);
    expect(s).toEqual({ input: 5.5, output: 5.5 });
    expect(pts.map((p) => quadrantOf(p, s.input, s.output))).toEqual([
      'PROTECT_AND_GROW',
      'OPTIMISE_COST',
      'MAINTAIN',
      'FIX_OR_REDUCE',
    ]);
    expect(quadrantSplits(pts, { output: 100 }).output).toBe(100);
  });
});
