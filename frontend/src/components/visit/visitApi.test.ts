import { visitNeedsReason } from './visitApi';

describe('visitNeedsReason', () => {
  it('asks a visit without commitment for a reason', () => {
    expect(visitNeedsReason('VISIT', '', '')).toBe(true);
    expect(visitNeedsReason('VISIT', 'buy 500', undefined)).toBe(false);
    expect(visitNeedsReason('VISIT', undefined, 'first meeting')).toBe(false);
    expect(visitNeedsReason('CALL', undefined, undefined)).toBe(false);
  });
});
