import { paretoCurve } from './pareto';

const items = (values: number[]) => values.map((value, i) => ({ id: i, name: `c${i}`, value }));

describe('paretoCurve', () => {
  it('finds the share of customers that make 80% of the value', () => {
    // 10 customers: two bring 80 of 100.
    const curve = paretoCurve(items([5, 50, 2, 30, 3, 2, 2, 2, 2, 2]));
    expect(curve.total).toBe(100);
    expect(curve.countForThreshold).toBe(2);
    expect(curve.customersForThreshold).toBeCloseTo(0.2);
    expect(curve.points[0]?.item.value).toBe(50);
    expect(curve.points[1]?.valueShare).toBeCloseTo(0.8);
    expect(curve.points.at(-1)?.valueShare).toBeCloseTo(1);
    expect(curve.points.at(-1)?.customerShare).toBe(1);
  });

  it('needs every customer when values are equal', () => {
    const curve = paretoCurve(items([1, 1, 1, 1, 1]));
    expect(curve.countForThreshold).toBe(4); // 4/5 = 80%
    expect(curve.customersForThreshold).toBeCloseTo(0.8);
  });

  it('has no headline without value, and treats negatives as zero', () => {
    expect(paretoCurve([]).customersForThreshold).toBeUndefined();
    expect(paretoCurve(items([0, -5])).customersForThreshold).toBeUndefined();
    expect(paretoCurve(items([-10, 10])).countForThreshold).toBe(1);
  });
});
