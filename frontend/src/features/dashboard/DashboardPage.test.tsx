import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import * as dashboardApi from './api';
import * as attentionApi from './attentionApi';
import DashboardPage from './DashboardPage';

const ok = (data: unknown) => ({ data, isPending: false, isError: false, refetch: vi.fn() }) as never;

describe('DashboardPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows categories, the 20/80 headline, the forecast and the needs-attention items from the server', async () => {
    vi.spyOn(dashboardApi, 'useCategoryOverview').mockReturnValue(
      ok({
        asOf: '2026-11-23',
        categories: [{ category: 'KEY', count: 20, revenue12: 65000000, grossProfit12: 13000000 }],
        keyHealth: {
          keyCount: 20,
          note: '',
          withoutAccountManager: { count: 1, accounts: [{ id: 7, name: '中国工商银行江苏省分行' }] },
          notContactedIn90Days: { count: 0, accounts: [] },
        },
      }),
    );
    vi.spyOn(dashboardApi, 'useRevenuePareto').mockReturnValue(
      ok({
        metric: 'REVENUE',
        asOf: '2026-11-23',
        windowStart: '2025-12-01',
        windowEnd: '2026-11-01',
        customerCount: 120,
        total: 98000000,
        customersFor80Percent: 22,
        customerShareFor80Percent: 0.183333,
        top20PercentCount: 24,
        top20PercentValueShare: 0.812345,
        gini: 0.64,
        points: [
          { customerShare: 0, valueShare: 0 },
          { customerShare: 1, valueShare: 1 },
        ],
      }),
    );
    vi.spyOn(dashboardApi, 'useCohortFunnel').mockReturnValue(ok({ mode: 'COHORT', cohort: { from: '', to: '', deals: 0, stages: [] } }));
    vi.spyOn(dashboardApi, 'useQuarterForecast').mockReturnValue(
      ok({ period: '2026-Q4', start: '', end: '', owners: [], teams: [], slipped: [], total: { closed: 800000, commit: 1, bestCase: 2, pipeline: 3, weighted: 1 } }),
    );
    vi.spyOn(attentionApi, 'useAttention').mockReturnValue(
      ok({
        page: 0,
        size: 10,
        total: 2,
        items: [
          { kind: 'KEY_WITHOUT_MANAGER', accountId: 7, accountName: '中国工商银行江苏省分行', link: '/accounts/7' },
          {
            kind: 'STUCK_DEAL',
            accountId: 8,
            accountName: '江苏省税务局',
            ownerId: 3,
            ownerName: '李娜',
            dealId: 41,
            dealName: '数据中心升级',
            stage: 'PROPOSAL',
            amount: 1200000,
            days: 45,
            thresholdDays: 24,
            link: '/opportunities/41',
          },
        ],
      }),
    );
    renderWithProviders(<DashboardPage />);

    expect(screen.getByRole('heading', { level: 2, name: '仪表盘' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-pareto-headline')).toHaveTextContent('18% 的客户（120 家中的 22 家）贡献了 80% 的销售额');
    expect(screen.getByText('前 20% 的客户（24 家）贡献了 81% 的销售额')).toBeInTheDocument();
    expect(screen.getByTestId('category-card-KEY')).toHaveTextContent('20');
    expect(screen.getByText(/¥80万/)).toBeInTheDocument();
    const attention = screen.getByTestId('key-attention');
    expect(await screen.findByRole('link', { name: '中国工商银行江苏省分行' })).toHaveAttribute('href', '/accounts/7');
    expect(attention).toHaveTextContent('大客户没有客户经理');
    // a stuck deal names its owner and account and opens the deal page
    expect(screen.getByRole('link', { name: '数据中心升级' })).toHaveAttribute('href', '/opportunities/41');
    expect(screen.getByRole('link', { name: '江苏省税务局' })).toHaveAttribute('href', '/accounts/8');
    expect(attention).toHaveTextContent('李娜');
    expect(attention).toHaveTextContent('在当前阶段 45 天（通常不超过 24 天）');
  });
});
