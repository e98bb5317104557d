import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import * as pipelineApi from './api';
import { KanbanBoard } from './KanbanBoard';

const deal = (id: number, stage: pipelineApi.Stage, name: string): pipelineApi.Opportunity => ({
  id,
  accountId: 10 + id,
  accountName: `客户 ${id}`,
  name,
  amount: 100000 * id,
  stage,
  forecastCategory: 'PIPELINE',
  forecastCategoryOverridden: false,
  project: { budgetConfirmed: false },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
});

const board: pipelineApi.Board = {
  columns: [
    { stage: 'LEAD', count: 5, amount: 900000, items: [deal(1, 'LEAD', '扩容项目')] },
    { stage: 'QUALIFIED', count: 0, amount: 0, items: [] },
    { stage: 'PROPOSAL', count: 0, amount: 0, items: [] },
    { stage: 'NEGOTIATION', count: 0, amount: 0, items: [] },
    { stage: 'WON', count: 1, amount: 200000, items: [deal(2, 'WON', '已签项目')] },
    { stage: 'COLLECTED', count: 0, amount: 0, items: [] },
    { stage: 'LOST', count: 0, amount: 0, items: [] },
  ],
};

function dataTransfer(id: number) {
  return { getData: () => String(id), setData: () => undefined, dropEffect: 'move', effectAllowed: 'move' };
}

describe('KanbanBoard', () => {
  const mutate = vi.fn();

  beforeEach(() => {
    mutate.mockReset();
    vi.spyOn(pipelineApi, 'useBoard').mockReturnValue({ data: board, isPending: false, isError: false } as never);
    vi.spyOn(pipelineApi, 'useTransition').mockReturnValue({ mutate, isPending: false } as never);
    vi.spyOn(pipelineApi, 'useCompetitors').mockReturnValue({ data: { items: [] }, isPending: false } as never);
  });

  afterEach(() => vi.restoreAllMocks());

  it('shows the server totals and moves a deal forward with If-Match from its version', () => {
    renderWithProviders(<KanbanBoard canMove canReopen={false} />);
    const lead = screen.getByTestId('column-LEAD');
    expect(within(lead).getByText('5')).toBeInTheDocument();
    expect(within(lead).getByText('显示 1 / 共 5 个')).toBeInTheDocument();
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-PROPOSAL'), { dataTransfer: dataTransfer(1) });
    expect(mutate).toHaveBeenCalledWith(
      { deal: expect.objectContaining({ id: 1, version: 3 }), body: { to: 'PROPOSAL' } },
      expect.anything(),
    );
  });

  it('explains a refused drop without asking the server', () => {
    renderWithProviders(<KanbanBoard canMove canReopen={false} />);
    fireEvent.dragStart(screen.getByTestId('deal-2'), { dataTransfer: dataTransfer(2) });
    fireEvent.drop(screen.getByTestId('column-LEAD'), { dataTransfer: dataTransfer(2) });
    expect(mutate).not.toHaveBeenCalled();
    const notice = screen.getByTestId('transition-notice');
    expect(notice).toHaveTextContent('“签约”的商机只能移到“回款”');
    expect(notice).toHaveTextContent('可以移到：回款');
  });

  it('shows the 409 problem and the allowed transitions the server names', () => {
    mutate.mockImplementation((_vars, opts: { onError: (e: unknown) => void }) =>
      opts.onError(
        new pipelineApi.TransitionRefusedError(
          { status: 409, title: '不允许此阶段变更', detail: 'WON may only move to COLLECTED', allowedTransitions: ['COLLECTED'] },
          409,
        ),
      ),
    );
    renderWithProviders(<KanbanBoard canMove canReopen={false} />);
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-QUALIFIED'), { dataTransfer: dataTransfer(1) });
    const notice = screen.getByTestId('transition-notice');
    expect(notice).toHaveTextContent('WON may only move to COLLECTED');
    expect(notice).toHaveTextContent('可以移到：回款');
  });

  it('asks for the lost reason before moving to LOST', async () => {
    renderWithProviders(<KanbanBoard canMove canReopen={false} />);
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-LOST'), { dataTransfer: dataTransfer(1) });
    expect(await screen.findByRole('dialog')).toHaveTextContent('将“扩容项目”标记为丢单');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('is read-only without the right to move', () => {
    renderWithProviders(<KanbanBoard canMove={false} canReopen={false} />);
    expect(screen.getByTestId('deal-1')).toHaveAttribute('draggable', 'false');
    expect(screen.queryByRole('button', { name: /移动商机/ })).not.toBeInTheDocument();
  });
});
