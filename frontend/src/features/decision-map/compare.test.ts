import type { DecisionMap } from './api';
import { compareMaps } from './compare';

const map = (nodes: Partial<DecisionMap['nodes'][number]>[], edges: DecisionMap['edges'] = []): DecisionMap =>
  ({ nodes, edges }) as unknown as DecisionMap;

describe('compareMaps', () => {
  it('finds people added and removed, attitude and closeness changes, and lines', () => {
    const past = map(
      [
        { id: 1, name: '王处长', layer: 'DECISION', attitude: 'NEUTRAL', closeness: 2 },
        { id: 2, name: '李科长', layer: 'IMPLEMENTATION', attitude: 'SUPPORTER', closeness: 3 },
      ],
      [{ kind: 'REPORTS_TO', fromContactId: 2, toContactId: 1 }],
    );
    const now = map(
      [
        { id: 1, name: '王处长', layer: 'DECISION', attitude: 'SUPPORTER', closeness: 4 },
        { id: 3, layer: 'USER' },
      ],
      [{ kind: 'INFLUENCES', fromContactId: 3, toContactId: 1 }],
    );
    const c = compareMaps(past, now, '(unnamed)');
    expect(c.changes).toEqual([
      { kind: 'ATTITUDE', contactId: 1, name: '王处长', from: 'NEUTRAL', to: 'SUPPORTER' },
      { kind: 'CLOSENESS', contactId: 1, name: '王处长', from: '2', to: '4' },
      { kind: 'ADDED', contactId: 3, name: '(unnamed)' },
      { kind: 'REMOVED', contactId: 2, name: '李科长' },
    ]);
    expect(c.linksAdded).toBe(1);
    expect(c.linksRemoved).toBe(1);
  });
});
