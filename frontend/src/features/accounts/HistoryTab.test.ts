import { changesOf } from './HistoryTab';
import { chronological } from './RevenueChart';

describe('changesOf', () => {
  it('reads field → [before, after]', () => {
    expect(changesOf({ region: ['华东', '华南'], strategicValue: [null, 4] })).toEqual([
      { field: 'region', before: '华东', after: '华南' },
      { field: 'strategicValue', before: '—', after: '4' },
    ]);
  });

  it('ignores shapes it does not know', () => {
    expect(changesOf(null)).toEqual([]);
    expect(changesOf([1, 2])).toEqual([]);
    expect(changesOf({ name: 'x' })).toEqual([{ field: 'name', before: '—', after: 'x' }]);
  });
});

describe('chronological', () => {
  it('orders months oldest first', () => {
    const f = (month: string) => ({ id: 1, accountId: 1, month, revenue: 0, grossProfit: 0, costToServe: 0, orderCount: 0, createdAt: '', updatedAt: '', version: 0 });
    expect(chronological([f('2026-03'), f('2025-12'), f('2026-01')]).map((x) => x.month)).toEqual(['2025-12', '2026-01', '2026-03']);
  });
});
