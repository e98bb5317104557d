import { toPolicyForm, toPolicyInput, transitionMatrix, validatePolicy, weightSumPercent } from './policy';

const form = {
  weights: { revenue12: 35, grossProfit12: 30, growth: 10, potential: 15, strategicValue: 10 },
  keyThreshold: 70,
  keyCapShare: 20,
  windowMonths: 12,
};

describe('policy form', () => {
  it('sums weights exactly, without float drift', () => {
    expect(weightSumPercent(form.weights)).toBe(100);
    expect(weightSumPercent({ revenue12: 33.33, grossProfit12: 33.33, growth: 33.34 })).toBe(100);
    expect(weightSumPercent({ revenue12: 0.1, grossProfit12: 0.2 })).toBe(0.3);
  });

  it('accepts a valid policy and names each bad field', () => {
    expect(validatePolicy(form)).toEqual([]);
    // Moving 5 points from revenue to gross profit keeps the sum.
    expect(validatePolicy({ ...form, weights: { ...form.weights, revenue12: 30, grossProfit12: 35 } })).toEqual([]);
    expect(validatePolicy({ ...form, weights: { ...form.weights, revenue12: 30 } })).toEqual([
      { field: 'weights', code: 'SUM', sum: 95 },
    ]);
    const bad = validatePolicy({
      weights: { ...form.weights, growth: -1, potential: 15.123 },
      keyThreshold: 101,
      keyCapShare: 0,
      windowMonths: 37,
    });
    expect(bad.map((i) => i.field)).toEqual([
      'weights.growth',
      'weights.potential',
      'weights',
      'keyThreshold',
      'keyCapShare',
      'windowMonths',
    ]);
  });

  it('refuses a fraction typed into a percentage field, so 0.6 is never saved as 0.6 %', () => {
    expect(validatePolicy({ ...form, keyThreshold: 0.6 })).toEqual([{ field: 'keyThreshold', code: 'FRACTION' }]);
    expect(validatePolicy({ ...form, keyCapShare: 0.2 })).toEqual([{ field: 'keyCapShare', code: 'FRACTION' }]);
    // 0 % (everyone above the score threshold) and whole or decimal percentages stay valid.
    expect(validatePolicy({ ...form, keyThreshold: 0 })).toEqual([]);
    expect(validatePolicy({ ...form, keyThreshold: 60.5, keyCapShare: 1 })).toEqual([]);
  });

  it('converts percentages to the API fractions and back', () => {
    const input = toPolicyInput({ ...form, description: '  profit first ' });
    expect(input).toEqual({
      weights: { revenue12: 0.35, grossProfit12: 0.3, growth: 0.1, potential: 0.15, strategicValue: 0.1 },
      keyThreshold: 0.7,
      keyCapShare: 0.2,
      windowMonths: 12,
      description: 'profit first',
    });
    expect(toPolicyForm(input).weights).toEqual(form.weights);
    expect(toPolicyInput({ ...form, weights: { ...form.weights, revenue12: 33.33 } }).weights.revenue12).toBe(0.3333);
  });
});

describe('transitionMatrix', () => {
  it('indexes counts by from/to and counts the changes', () => {
    const m = transitionMatrix([
      { from: 'NORMAL', to: 'KEY', count: 3 },
      { from: 'KEY', to: 'KEY', count: 17 },
      { from: 'KEY', to: 'NORMAL', count: 1 },
    ]);
    expect(m.categories).toEqual(['KEY', 'TARGET', 'NORMAL', 'LOST']);
    expect(m.cell('NORMAL', 'KEY')).toBe(3);
    expect(m.cell('LOST', 'KEY')).toBe(0);
    expect(m.changed).toBe(4);
  });
});
