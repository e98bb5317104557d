import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import * as classificationApi from './api';
import { PolicyEditor } from './PolicyEditor';

const active: classificationApi.Policy = {
  version: 1,
  status: 'ACTIVE',
  used: true,
  createdAt: '2026-11-01T00:00:00Z',
  createdBy: 'admin@pareto.demo',
  weights: { revenue12: 0.35, grossProfit12: 0.3, growth: 0.1, potential: 0.15, strategicValue: 0.1 },
  keyThreshold: 0.7,
  keyCapShare: 0.2,
  windowMonths: 12,
};

const summary: classificationApi.RunSummary = {
  dryRun: true,
  asOf: '2026-11-23',
  policyVersion: 2,
  windowStart: '2025-12-01',
  windowEnd: '2026-11-01',
  keyThreshold: 0.7,
  keyCap: 20,
  activeCount: 100,
  policyKeyCount: 18,
  counts: { KEY: 20, TARGET: 10, NORMAL: 60, LOST: 10 },
  transitions: [
    { from: 'NORMAL', to: 'KEY', count: 3 },
    { from: 'KEY', to: 'KEY', count: 17 },
  ],
  changedCount: 3,
  changes: {
    items: [{ accountId: 42, accountName: '江苏省税务局', from: 'NORMAL', to: 'KEY', source: 'POLICY', score: 0.81 }],
    page: 0,
    size: 50,
    total: 3,
  },
  durationMs: 120,
};

describe('PolicyEditor', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates a version from the active one, checks the weight sum and shows the dry run', async () => {
    const create = vi.fn().mockResolvedValue({ ...active, version: 2, status: 'DRAFT', used: false });
    const run = vi.fn().mockResolvedValue(summary);
    vi.spyOn(classificationApi, 'usePolicies').mockReturnValue({ data: [active], isPending: false, isError: false } as never);
    vi.spyOn(classificationApi, 'useCreatePolicy').mockReturnValue({ mutateAsync: create, isPending: false } as never);
    vi.spyOn(classificationApi, 'useRunClassification').mockReturnValue({ mutateAsync: run, mutate: vi.fn(), isPending: false } as never);
    vi.spyOn(classificationApi, 'useActivateAndRun').mockReturnValue({ mutate: vi.fn(), isPending: false } as never);
    renderWithProviders(<PolicyEditor />);

    fireEvent.click(screen.getByRole('button', { name: /新建版本/ }));
    const form = await screen.findByTestId('policy-form');
    const revenue = within(form).getByLabelText('销售额（12 个月）');
    expect(revenue).toHaveValue('35.00');
    fireEvent.change(revenue, { target: { value: '30' } });
    await waitFor(() => expect(within(form).getByTestId('weight-sum')).toHaveTextContent('合计 95%'));
    fireEvent.click(within(form).getByRole('button', { name: '创建草稿并试运行' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('权重合计为 95%，必须正好为 100%');
    expect(create).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText('毛利（12 个月）'), { target: { value: '35' } });
    await waitFor(() => expect(within(form).getByTestId('weight-sum')).toHaveTextContent('合计 100%'));
    fireEvent.click(within(form).getByRole('button', { name: '创建草稿并试运行' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        weights: { revenue12: 0.3, grossProfit12: 0.35, growth: 0.1, potential: 0.15, strategicValue: 0.1 },
        keyThreshold: 0.7,
        keyCapShare: 0.2,
        windowMonths: 12,
      }),
    );
    expect(run).toHaveBeenCalledWith({ policyVersion: 2, dryRun: true });
    const matrix = await screen.findByTestId('transition-matrix');
    expect(matrix).toHaveTextContent('大客户');
    expect(screen.getByText('江苏省税务局')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '启用并运行' })).toBeInTheDocument();
  }, 180_000);
});
