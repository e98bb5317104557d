import { stuckByOwner } from './stuck';

describe('stuckByOwner', () => {
  it('counts, sums and finds the longest stay per owner, most deals first', () => {
    const groups = stuckByOwner([
      { id: 1, ownerId: 7, amount: 100, daysInStage: 30 },
      { id: 2, ownerId: 8, amount: 500, daysInStage: 20 },
      { id: 3, ownerId: 7, amount: 50.5, daysInStage: 45.5 },
      { id: 4, ownerId: null, amount: 10, daysInStage: 15 },
    ]);
    expect(groups.map((g) => g.ownerId)).toEqual([7, 8, null]);
    expect(groups[0]).toMatchObject({ count: 2, amount: 150.5, longestDays: 45.5 });
    expect(groups[0]?.deals.map((d) => d.id)).toEqual([1, 3]);
    expect(groups[1]).toMatchObject({ count: 1, amount: 500, longestDays: 20 });
  });
});
