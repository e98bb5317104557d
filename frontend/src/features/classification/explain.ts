/** How a factor's raw value reads: money for revenue, profit and potential, a ratio for growth, 1–5 for strategic value. */
export type FactorFormat = 'money' | 'ratio' | 'number';

export function factorFormat(name: string): FactorFormat {
  if (name === 'growth') return 'ratio';
  if (name === 'strategicValue') return 'number';
  return 'money';
}
