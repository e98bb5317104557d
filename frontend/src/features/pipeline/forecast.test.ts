import { forecastRows } from './forecast';

const fig = (bestCase: number) => ({ closed: 0, commit: 0, bestCase, pipeline: bestCase, weighted: 0 });

describe('forecastRows', () => {
  it('lists owners or teams, biggest best case first', () => {
    const f = {
      owners: [
        { ownerId: 1, ownerName: '李娜', figures: fig(10) },
        { ownerId: 2, ownerName: '赵敏', figures: fig(30) },
      ],
      teams: [{ teamId: 5, teamName: '华东大客户部', figures: fig(40) }, { figures: fig(50) }],
    };
    expect(forecastRows(f, 'owner', '-').map((r) => r.name)).toEqual(['赵敏', '李娜']);
    expect(forecastRows(f, 'team', 'No team').map((r) => [r.key, r.name])).toEqual([
      ['t-none-1', 'No team'],
      ['t-5', '华东大客户部'],
    ]);
  });
});
