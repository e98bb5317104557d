import type { Concession } from './api';
import { giveVsGet, progressPercent } from './ledger';

const commitment = (id: number, status: 'OPEN' | 'KEPT' | 'BROKEN', targetValue?: number) => ({
  id,
  accountId: 1,
  side: 'CUSTOMER' as const,
  kind: 'VOLUME' as const,
  description: 'x',
  status,
  targetValue,
  version: 0,
});
const concession = (id: number, amount: number, tradedFor?: ReturnType<typeof commitment>): Concession => ({
  id,
  accountId: 1,
  kind: 'DISCOUNT',
  description: 'd',
  amount,
  grantedOn: '2026-01-01',
  tradedFor,
  version: 0,
});

describe('giveVsGet', () => {
  it('sums what we gave and counts each commitment got once', () => {
    const c1 = commitment(1, 'KEPT', 500);
    const c2 = commitment(2, 'OPEN', 200);
    const r = giveVsGet([concession(1, 1000, c1), concession(2, 500, c1), concession(3, 300, c2), concession(4, 50)]);
    expect(r).toEqual({ given: 1850, got: 2, kept: 1, gotValue: 700, unbacked: 1, unbackedAmount: 50 });
  });

  it('is all zero for an empty ledger', () => {
    expect(giveVsGet([])).toEqual({ given: 0, got: 0, kept: 0, gotValue: 0, unbacked: 0, unbackedAmount: 0 });
  });
});

describe('progressPercent', () => {
  it('caps attainment to the bar', () => {
    expect(progressPercent(79.17)).toBe(79);
    expect(progressPercent(130)).toBe(100);
    expect(progressPercent(undefined)).toBe(0);
  });
});
