import { countBySeverity, gapKey, sortGaps, toGraph } from './gaps';

describe('sortGaps', () => {
  it('puts HIGH first, then MEDIUM, then LOW, keeping the rule order inside a severity', () => {
    const sorted = sortGaps([
      { severity: 'LOW' as const, code: 'a' },
      { severity: 'HIGH' as const, code: 'b' },
      { severity: 'MEDIUM' as const, code: 'c' },
      { severity: 'HIGH' as const, code: 'd' },
    ]);
    expect(sorted.map((g) => g.code)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('counts gaps by severity', () => {
    expect(countBySeverity([{ severity: 'HIGH' }, { severity: 'LOW' }, { severity: 'HIGH' }])).toEqual({ HIGH: 2, MEDIUM: 0, LOW: 1 });
  });

  it('reads the code out of a message key', () => {
    expect(gapKey('gap.NO_COACH', 'X')).toBe('NO_COACH');
    expect(gapKey('gap.NO_COACH.action', 'X')).toBe('NO_COACH');
    expect(gapKey('', 'X')).toBe('X');
  });
});

describe('toGraph', () => {
  it('maps contacts, owners and edges, dropping edges to unknown nodes', () => {
    const g = toGraph(
      {
        nodes: [
          { id: 1, layer: 'EXECUTIVE', roles: [], layerValueOrientation: '', placeholder: false, name: 'A', attitude: 'CHAMPION' },
          { id: 2, layer: 'DECISION', roles: [], layerValueOrientation: '', placeholder: true },
        ],
        users: [{ id: 7, name: 'Li' }],
        edges: [
          { kind: 'REPORTS_TO', fromContactId: 2, toContactId: 1 },
          { kind: 'RELATIONSHIP_OWNER', fromUserId: 7, toContactId: 1 },
          { kind: 'INFLUENCES', fromContactId: 2, toContactId: 99 },
        ],
      },
      '?',
    );
    expect(g.people.map((p) => [p.id, p.name, p.attitude, p.placeholder])).toEqual([
      ['c1', 'A', 'CHAMPION', false],
      ['c2', '?', 'UNKNOWN', true],
    ]);
    expect(g.owners).toEqual([{ id: 'u7', name: 'Li' }]);
    expect(g.links).toEqual([
      { source: 'c2', target: 'c1', kind: 'REPORTS_TO' },
      { source: 'u7', target: 'c1', kind: 'RELATIONSHIP_OWNER' },
    ]);
  });
});
