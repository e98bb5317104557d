import { act, renderHook } from '@testing-library/react';
import { estimatedPercent, uploadPercent, useElapsed } from './progress';

describe('estimatedPercent', () => {
  it('follows the expected duration linearly and stops at 95%', () => {
    expect(estimatedPercent(0, 8_000)).toBe(0);
    expect(estimatedPercent(2_000, 8_000)).toBe(25);
    expect(estimatedPercent(7_000, 8_000)).toBe(88);
    expect(estimatedPercent(20_000, 8_000)).toBe(95);
  });

  it('eases towards 90% without an expected duration: 45% after 10 s, 67.5% after 20 s', () => {
    expect(estimatedPercent(10_000)).toBe(45);
    expect(estimatedPercent(20_000)).toBe(68);
    expect(estimatedPercent(600_000)).toBe(90);
  });
});

describe('uploadPercent', () => {
  it('is the whole share sent, or undefined when the size is unknown', () => {
    expect(uploadPercent(512, 1024)).toBe(50);
    expect(uploadPercent(1023, 1024)).toBe(99);
    expect(uploadPercent(1024, 1024)).toBe(100);
    expect(uploadPercent(10, 0)).toBeUndefined();
    expect(uploadPercent(10, undefined)).toBeUndefined();
  });
});

describe('useElapsed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts while active and resets when it stops', () => {
    const { result, rerender } = renderHook(({ active }) => useElapsed(active, 100), { initialProps: { active: true } });
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBeGreaterThanOrEqual(900);
    rerender({ active: false });
    expect(result.current).toBe(0);
  });
});
