import { isoDay, last12Months, quarterOf, quarterRange, shiftQuarter } from './period';

describe('periods', () => {
  it('finds the quarter of a date in UTC', () => {
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-11-23T12:00:00Z'))).toBe('2026-Q4');
  });

  it('gives the days of a quarter and shifts across years', () => {
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange('2026-13')).toBeUndefined();
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', -5)).toBe('2025-Q1');
  });

  it('spans the last 12 months', () => {
    expect(last12Months(new Date('2026-11-23T08:00:00Z'))).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(isoDay(new Date('2026-02-03T23:00:00Z'))).toBe('2026-02-03');
  });
});
