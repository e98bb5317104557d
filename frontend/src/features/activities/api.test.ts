import { keptRates } from './api';

describe('keptRates', () => {
  it('counts only settled promises per side', () => {
    const r = keptRates([
      { side: 'CUSTOMER', status: 'KEPT' },
      { side: 'CUSTOMER', status: 'KEPT' },
      { side: 'CUSTOMER', status: 'BROKEN' },
      { side: 'CUSTOMER', status: 'OPEN' },
      { side: 'US', status: 'OPEN' },
    ]);
    expect(r.CUSTOMER).toEqual({ kept: 2, broken: 1, open: 1, pct: 66.7 });
    expect(r.US).toEqual({ kept: 0, broken: 0, open: 1, pct: undefined });
  });
});
