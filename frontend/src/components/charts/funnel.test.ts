import { biggestLeak, funnelSteps } from './funnel';

describe('funnelSteps', () => {
  it('computes conversion from the previous and the first stage', () => {
    const steps = funnelSteps([
      { stage: 'LEAD', count: 200 },
      { stage: 'QUALIFIED', count: 80 },
      { stage: 'PROPOSAL', count: 40 },
      { stage: 'WON', count: 10 },
    ]);
    expect(steps.map((s) => s.conversionFromPrevious)).toEqual([undefined, 0.4, 0.5, 0.25]);
    expect(steps.map((s) => s.conversionFromFirst)).toEqual([1, 0.4, 0.2, 0.05]);
    expect(biggestLeak(steps)?.stage).toBe('WON');
  });

  it('leaves conversion undefined after an empty stage', () => {
    const steps = funnelSteps([
      { stage: 'LEAD', count: 0 },
      { stage: 'QUALIFIED', count: 0 },
    ]);
    expect(steps[0]?.conversionFromFirst).toBeUndefined();
    expect(steps[1]?.conversionFromPrevious).toBeUndefined();
    expect(biggestLeak(steps)).toBeUndefined();
  });
});
