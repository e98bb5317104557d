import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import * as planApi from './api';
import PlanTab from './PlanTab';

const customer: planApi.Commitment = {
  id: 5, accountId: 42, side: 'CUSTOMER', kind: 'VOLUME', description: '二季度采购 500 台终端', status: 'KEPT', targetValue: 500, version: 0,
};
const plan: planApi.AccountPlan = {
  id: 1,
  accountId: 42,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  status: 'ACTIVE',
  swot: { strengths: ['本地服务团队'], weaknesses: [], opportunities: ['二期项目'], threats: ['竞品降价'] },
  objectives: [{ id: 1, metric: 'REVENUE', targetValue: 1200000, actualValue: 950000, actualSource: 'FACTS', attainmentPct: 79.17, jointAgreed: true, version: 0 }],
  actions: [{ id: 1, what: '安排客户高层参观总部', status: 'OPEN', overdue: true, dueOn: '2026-10-01', version: 0 }],
  jointBusinessPlan: { targets: [], customerCommitments: [customer], ourCommitments: [], executionPct: 79.2 },
  concessions: {
    given: 50000,
    commitmentsTradedFor: 1,
    commitmentsKept: 1,
    exceptions: 0,
    entries: [{ id: 1, accountId: 42, kind: 'DISCOUNT', description: '二期项目 5% 折扣', amount: 50000, grantedOn: '2026-03-01', tradedFor: customer, version: 0 }],
  },
  version: 3,
};

function mutation() {
  return { mutate: vi.fn(), reset: vi.fn(), isPending: false, error: null, variables: undefined } as never;
}

describe('PlanTab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows SWOT, objectives with attainment, overdue actions and the give-vs-get ledger', () => {
    vi.spyOn(planApi, 'usePlan').mockReturnValue({ data: plan, isPending: false, isError: false } as never);
    for (const hook of ['useAddObjective', 'useAddAction', 'useUpdateAction', 'useAddCommitment', 'useAddConcession'] as const) {
      vi.spyOn(planApi, hook).mockReturnValue(mutation());
    }
    renderWithProviders(<PlanTab accountId={42} canEdit />);
    expect(screen.getByText('本地服务团队')).toBeInTheDocument();
    expect(screen.getByText('79.2%')).toBeInTheDocument();
    expect(screen.getByText('已逾期')).toBeInTheDocument();
    expect(screen.getByText('二期项目 5% 折扣')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /记录让步/ })).toBeInTheDocument();
  }, 90_000);

  it('offers to create a plan when the account has none, and nothing for read-only users', () => {
    vi.spyOn(planApi, 'usePlan').mockReturnValue({ data: null, isPending: false, isError: false } as never);
    vi.spyOn(planApi, 'useCreatePlan').mockReturnValue(mutation());
    const { unmount } = renderWithProviders(<PlanTab accountId={42} canEdit />);
    expect(screen.getByRole('button', { name: /创建客户计划/ })).toBeInTheDocument();
    unmount();
    renderWithProviders(<PlanTab accountId={42} canEdit={false} />);
    expect(screen.getByText('该客户还没有客户计划')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /创建客户计划/ })).not.toBeInTheDocument();
  }, 90_000);
});
