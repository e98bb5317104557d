import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import Account360 from './Account360';
import * as overviewApi from './api';

const overview: overviewApi.AccountOverview = {
  accountId: 42,
  accountName: '江苏省税务局',
  classification: {
    category: 'KEY',
    source: 'POLICY',
    why: [{ code: 'BELOW_THRESHOLD', params: { score: 0.58, threshold: 0.7 } }],
    whatWouldChange: [{ code: 'RAISE_FACTOR', params: { threshold: 0.7, factor: 'revenue12', percentile: 0.61, targetPercentile: 0.74 } }],
  },
  plan: { status: 'ACTIVE', periodStart: '2026-01-01', periodEnd: '2026-12-31', overdueActions: 2 },
  decisionMap: { score: 45, topGaps: [{ code: 'NO_COACH', severity: 'HIGH', messageKey: 'gap.NO_COACH', actionKey: 'gap.NO_COACH.action', action: 'x' }] },
  openPipeline: [
    { stage: 'PROPOSAL', count: 1, amount: 300000 },
    { stage: 'LEAD', count: 2, amount: 100000 },
  ],
  lastActivities: [{ id: 1, kind: 'VISIT', occurredOn: '2026-11-02', purpose: '二期方案交流' }],
  nextActivities: [],
  overdueCommitments: [{ id: 3, side: 'US', description: '提交报价', dueOn: '2026-11-01' }],
  competitors: [],
};

describe('Account360', () => {
  afterEach(() => vi.restoreAllMocks());

  it('summarises category, plan, map, pipeline, activities and commitments', () => {
    vi.spyOn(overviewApi, 'useAccountOverview').mockReturnValue({ data: overview, isPending: false, isError: false } as never);
    renderWithProviders(<Account360 accountId={42} />);
    expect(screen.getByText('得分 58% 低于大客户阈值 70%')).toBeInTheDocument();
    expect(screen.getByText('要达到阈值 70%，销售额（12 个月）的百分位需从 61% 提高到 74%')).toBeInTheDocument();
    expect(screen.getByText('没有内线')).toBeInTheDocument();
    expect(screen.getByText('二期方案交流')).toBeInTheDocument();
    expect(screen.getByText('提交报价')).toBeInTheDocument();
    expect(screen.getByText('暂无竞争对手记录')).toBeInTheDocument();
    // open stages in funnel order with a total
    const cells = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(cells.findIndex((c) => c.includes('线索'))).toBeLessThan(cells.findIndex((c) => c.includes('方案')));
  });
});

describe('pipelineSummary', () => {
  it('orders open stages and totals them', () => {
    const s = overviewApi.pipelineSummary(overview.openPipeline);
    expect(s.rows.map((r) => r.stage)).toEqual(['LEAD', 'PROPOSAL']);
    expect(s.count).toBe(3);
    expect(s.amount).toBe(400000);
  });
});
