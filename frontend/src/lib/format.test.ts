import { formatDate, formatMoney, formatMonth } from './format';

// Intl may use narrow no-break spaces; compare on normalised whitespace.
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats CNY per locale without decimals', () => {
    expect(formatMoney(1234567.4, 'zh-CN')).toBe('¥1,234,567');
    expect(formatMoney(1234567.4, 'en-US')).toBe('CN¥1,234,567');
  });

  it('supports compact notation', () => {
    expect(formatMoney(12_500_000, 'zh-CN', 'CNY', { compact: true })).toBe('¥1250万');
    expect(formatMoney(12_500_000, 'en-US', 'CNY', { compact: true })).toBe('CN¥12.5M');
  });

  it('shows a dash for missing values', () => {
    expect(formatMoney(undefined, 'zh-CN')).toBe('—');
    expect(formatMoney(null, 'en-US')).toBe('—');
    expect(formatMoney(Number.NaN, 'en-US')).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats an ISO instant in the given time zone', () => {
    expect(formatDate('2026-03-05T23:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年3月6日');
    expect(norm(formatDate('2026-03-05T23:30:00Z', 'en-US', 'UTC'))).toBe('Mar 5, 2026');
  });

  it('shows a dash for missing or invalid input', () => {
    expect(formatDate(undefined, 'zh-CN')).toBe('—');
    expect(formatDate('not a date', 'zh-CN')).toBe('—');
  });
});

describe('formatMonth', () => {
  it('reads YYYY-MM as that calendar month', () => {
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-12', 'en-US')).toBe('December 2026');
  });

  it('accepts a full date', () => {
    expect(formatMonth('2026-01-31T20:00:00Z', 'en-US', 'UTC')).toBe('January 2026');
  });
});
