import { describe, expect, it } from 'vitest';
import { metricValue } from './planValues';

const money = (v: number) => `¥${v}`;

describe('metricValue', () => {
  it('shows revenue and gross profit as money, share of wallet as a percentage, counts as they are', () => {
    expect(metricValue('REVENUE', 1200000, money, '—')).toBe('¥1200000');
    expect(metricValue('GROSS_PROFIT', 300, money, '—')).toBe('¥300');
    expect(metricValue('SHARE_OF_WALLET', 35, money, '—')).toBe('35%');
    expect(metricValue('ORDER_COUNT', 12, money, '—')).toBe('12');
  });

  it('shows the no-value mark when there is no figure (zero is a figure)', () => {
    expect(metricValue('REVENUE', undefined, money, '—')).toBe('—');
    expect(metricValue('ORDER_COUNT', 0, money, '—')).toBe('0');
  });
});
