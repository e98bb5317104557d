import { screen } from '@testing-library/react';
import * as session from '../../lib/session';
import { renderWithProviders } from '../../test/render';
import * as classificationApi from './api';
import { ClassificationTab } from './ClassificationTab';

const explanation: classificationApi.Explanation = {
  accountId: 42,
  category: 'KEY',
  policyCategory: 'NORMAL',
  source: 'OVERRIDE',
  score: 0.823611,
  keyThreshold: 0.7,
  keyRank: 12,
  keyCap: 20,
  policyVersion: 1,
  asOf: '2026-11-23',
  why: [
    { code: 'OVERRIDDEN', params: { category: 'KEY', overrideReason: '行业标杆客户' } },
    { code: 'KEY_SELECTED', params: { score: 0.823611, threshold: 0.7, rank: 12, cap: 20 } },
  ],
  whatWouldChange: [{ code: 'OVERRIDE_ENDS', params: { policyCategory: 'NORMAL' } }],
  factors: [{ name: 'revenue12', raw: 1250000, percentile: 0.611111, weight: 0.35, contribution: 0.213889 }],
  history: [{ runId: 7, asOf: '2026-11-01', policyVersion: 1, category: 'NORMAL', source: 'POLICY', score: 0.5 }],
  override: {
    accountId: 42,
    category: 'KEY',
    reason: '行业标杆客户',
    expired: false,
    updatedAt: '2026-11-20T00:00:00Z',
    version: 0,
    setBy: 'zhao.min@pareto.demo',
  },
};

function mockHooks() {
  vi.spyOn(classificationApi, 'useExplanation').mockReturnValue({ data: explanation, isPending: false, isError: false } as never);
  vi.spyOn(classificationApi, 'useSetOverride').mockReturnValue({ mutate: vi.fn(), isPending: false } as never);
  vi.spyOn(classificationApi, 'useClearOverride').mockReturnValue({ mutate: vi.fn(), isPending: false } as never);
}

const user = (role: session.Role) => ({ id: 1, email: 'x@pareto.demo', name: 'X', role }) as unknown as session.SessionUser;

describe('ClassificationTab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('explains the category with factors, rule, history and the override for a MANAGER', () => {
    mockHooks();
    vi.spyOn(session, 'useCurrentUser').mockReturnValue(user('MANAGER'));
    renderWithProviders(<ClassificationTab accountId={42} />);
    expect(screen.getByTestId('classification-rule')).toHaveTextContent('已手动设为大客户：行业标杆客户');
    expect(screen.getByTestId('classification-rule')).toHaveTextContent('得分 82.4% 达到大客户阈值 70%，且排名第 12，在名额上限 20 以内');
    expect(screen.getByText('清除手动分类或其到期后，回到策略给出的类别（常规客户）')).toBeInTheDocument();
    expect(screen.getAllByText('人工指定').length).toBeGreaterThan(0);
    expect(screen.getByText('销售额（12 个月）')).toBeInTheDocument();
    expect(screen.getByText('35%')).toBeInTheDocument();
    expect(screen.getByText('0.214')).toBeInTheDocument();
    expect(screen.getByText('第 12 名（上限 20）')).toBeInTheDocument();
    expect(screen.getByTestId('override-form')).toHaveTextContent('行业标杆客户');
    expect(screen.getByRole('button', { name: '取消人工指定' })).toBeInTheDocument();
  });

  it('hides the override form from a REP', () => {
    mockHooks();
    vi.spyOn(session, 'useCurrentUser').mockReturnValue(user('REP'));
    renderWithProviders(<ClassificationTab accountId={42} />);
    expect(screen.getByTestId('classification-rule')).toBeInTheDocument();
    expect(screen.queryByTestId('override-form')).not.toBeInTheDocument();
  });
});
