import { screen } from '@testing-library/react';
import * as session from '../../lib/session';
import { renderWithProviders } from '../../test/render';
import * as teamApi from './api';
import TeamPage from './TeamPage';

const ok = (data: unknown) => ({ data, isPending: false, isError: false, refetch: vi.fn() }) as never;

const figures = (over: Record<string, unknown>) => ({
  keyAccounts: 0, normalAccounts: 0, targetAccounts: 0, lostAccounts: 0, keyWithoutPlan: 0, keyWeakMap: 0, openDeals: 0,
  openPipeline: 0, weightedPipeline: 0, achieved: 0, visits30d: 0, overdueOurs: 0, overdueTheirs: 0, stuckDeals: 0, ...over,
});

describe('TeamPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows one row per rep with attainment, each count linking to the list behind it', async () => {
    vi.spyOn(session, 'useCurrentUser').mockReturnValue({ id: 1, role: 'MANAGER', name: '赵敏', email: 'zhao.min@pareto.dev' } as never);
    vi.spyOn(teamApi, 'useTeams').mockReturnValue(ok([]));
    vi.spyOn(teamApi, 'useTargets').mockReturnValue(ok([]));
    vi.spyOn(teamApi, 'useTeamView').mockReturnValue(
      ok({
        period: '2026-Q4', start: '2026-10-01', end: '2027-01-01', teamId: 5, basis: 'WON', weakMapScore: 50,
        reps: [
          { userId: 7, name: '李娜', teamId: 5, figures: figures({ keyAccounts: 3, keyWithoutPlan: 1, stuckDeals: 2, achieved: 300000, target: 400000, attainment: 75 }) },
          { userId: 8, name: '王强', teamId: 5, figures: figures({ normalAccounts: 4 }) },
        ],
        total: figures({ keyAccounts: 3, normalAccounts: 4, achieved: 300000, target: 400000, attainment: 75 }),
      }),
    );
    renderWithProviders(<TeamPage />, '/team?period=2026-Q4');

    const table = screen.getByTestId('team-table');
    const rowOf = (name: string) => [...table.querySelectorAll('tr')].find((r) => r.textContent?.includes(name)) as HTMLElement;
    const hrefs = (row: HTMLElement, text: string) =>
      [...row.querySelectorAll('a')].filter((a) => a.textContent === text).map((a) => a.getAttribute('href'));
    const li = rowOf('李娜');
    expect(hrefs(li, '3')).toEqual(['/accounts?ownerId=7&category=KEY']);
    expect(hrefs(li, '1')).toEqual(['/attention?ownerId=7&kind=KEY_WITHOUT_PLAN']);
    expect(hrefs(li, '2')).toEqual(['/attention?ownerId=7&kind=STUCK_DEAL']);
    expect(li).toHaveTextContent('75.0%');
    const wang = rowOf('王强');
    expect(wang).toHaveTextContent('未设指标');
    expect(hrefs(wang, '4')).toEqual(['/accounts?ownerId=8&category=NORMAL']);
    // a manager may set targets; the period is in the URL
    expect(li.querySelector('button[aria-label="李娜 的 2026-Q4 销售指标"]')).not.toBeNull();
    expect(screen.getByTestId('team-period')).toHaveTextContent('2026-Q4');
  }, 90_000);
});
