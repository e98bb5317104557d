import { attentionRows } from './attention';

describe('attentionRows', () => {
  it('merges the sources per account, most reasons first', () => {
    const rows = attentionRows({
      withoutAccountManager: [{ id: 1, name: 'A' }],
      notContactedIn90Days: [
        { id: 1, name: 'A' },
        { id: 2, name: 'B' },
      ],
      decisionMaps: [
        { accountId: 3, accountName: 'C', score: 20, highGaps: 1, topGap: 'NO_DECISION_MAKER' },
        { accountId: 2, accountName: 'B', score: 90, highGaps: 0 },
        { accountId: 4, accountName: 'D', score: 80, highGaps: 0 },
      ],
      cadence: [
        { accountId: 4, accountName: 'D', category: 'KEY', message: 'late', daysSinceVisit: 45, ruleDays: 30 },
        { accountId: 9, accountName: 'Z', category: 'NORMAL', message: 'late', ruleDays: 60 },
      ],
      due: [
        { accountId: 4, accountName: 'D', type: 'COMMITMENT', overdue: true },
        { accountId: 4, accountName: 'D', type: 'COMMITMENT', overdue: true },
        { accountId: 4, accountName: 'D', type: 'PLAN_ACTION', overdue: true },
        { accountId: 8, accountName: 'not KEY', type: 'COMMITMENT', overdue: true },
        { accountId: 3, accountName: 'C', type: 'COMMITMENT', overdue: false },
      ],
    });
    expect(rows.map((r) => r.accountId)).toEqual([1, 4, 3, 2]);
    expect(rows[0]?.reasons.map((r) => r.kind)).toEqual(['NO_MANAGER', 'NOT_CONTACTED']);
    expect(rows[1]?.reasons).toEqual([
      { kind: 'CADENCE', message: 'late', daysSinceVisit: 45, ruleDays: 30 },
      { kind: 'OVERDUE_COMMITMENTS', count: 2 },
    ]);
    expect(rows[2]?.reasons).toEqual([{ kind: 'WEAK_DECISION_MAP', score: 20, topGap: 'NO_DECISION_MAKER' }]);
    expect(rows[3]?.score).toBe(90);
  });

  it('is empty without sources', () => {
    expect(attentionRows({})).toEqual([]);
  });
});
