import { fireEvent, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { renderWithProviders } from '../../test/render';
import { ProblemError, toProblem } from '../../api/problem';
import * as pipelineApi from './api';
import { KanbanBoard } from './KanbanBoard';

const deal = (id: number, stage: pipelineApi.Stage, name: string, allowedTransitions: pipelineApi.Stage[]): pipelineApi.Opportunity => ({
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
  allowedTransitions,
  stageChangedAt: new Date(Date.now() - 5 * 86_400_000 - 60_000).toISOString(),
  expectedCloseDate: '2020-01-31',
  version: 3,
});

const board: pipelineApi.Board = {
  columns: [
    { stage: 'LEAD', count: 5, amount: 900000, items: [deal(1, 'LEAD', '扩容项目', ['QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'])] },
    { stage: 'QUALIFIED', count: 0, amount: 0, items: [] },
    { stage: 'PROPOSAL', count: 1, amount: 300000, items: [deal(3, 'PROPOSAL', '方案项目', ['LEAD', 'QUALIFIED', 'NEGOTIATION', 'WON', 'LOST'])] },
    { stage: 'NEGOTIATION', count: 0, amount: 0, items: [] },
    { stage: 'WON', count: 1, amount: 200000, items: [deal(2, 'WON', '已签项目', ['COLLECTED'])] },
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
    vi.spyOn(pipelineApi, 'useStageProbabilities').mockReturnValue({ data: [{ stage: 'LEAD', probability: 10 }] } as never);
    vi.spyOn(pipelineApi, 'useOwnerOptions').mockReturnValue({ data: { items: [] } } as never);
    vi.spyOn(pipelineApi, 'useCompetitors').mockReturnValue({ data: { items: [] }, isPending: false } as never);
  });

  afterEach(() => vi.restoreAllMocks());

  it('shows the server totals and moves a deal forward with If-Match from its version', () => {
    renderWithProviders(<KanbanBoard canMove />);
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

  it('shows days in stage, the probability and an overdue close date on each card', () => {
    renderWithProviders(<KanbanBoard canMove />);
    const card = screen.getByTestId('deal-1');
    expect(card).toHaveTextContent('本阶段 5 天');
    expect(card).toHaveTextContent('10%');
    expect(card).toHaveTextContent('预计成交 2020年1月31日 已过');
    expect(within(card).getByRole('link', { name: '扩容项目' })).toHaveAttribute('href', '/opportunities/1');
  });

  it('asks for a reason when the server says a move back needs one, then sends it with the reason', async () => {
    mutate.mockImplementationOnce((_vars, opts: { onError: (e: unknown) => void }) =>
      opts.onError(new ProblemError(toProblem({ status: 400, title: 'Bad request', errors: [{ field: 'reason', message: 'needs a reason' }] }, 400))),
    );
    renderWithProviders(<KanbanBoard canMove />);
    fireEvent.dragStart(screen.getByTestId('deal-3'), { dataTransfer: dataTransfer(3) });
    fireEvent.drop(screen.getByTestId('column-LEAD'), { dataTransfer: dataTransfer(3) });
    expect(mutate).toHaveBeenCalledWith({ deal: expect.objectContaining({ id: 3 }), body: { to: 'LEAD' } }, expect.anything());
    expect(await screen.findByRole('dialog')).toHaveTextContent('将“方案项目”退回到“线索”');
  });

  it('offers an undo after a move when the deal may go back', async () => {
    mutate.mockImplementationOnce((_vars, opts: { onSuccess: (d: pipelineApi.Opportunity) => void }) =>
      opts.onSuccess(deal(1, 'PROPOSAL', '扩容项目', ['LEAD', 'QUALIFIED', 'NEGOTIATION', 'WON', 'LOST'])),
    );
    renderWithProviders(
      <App>
        <KanbanBoard canMove />
      </App>,
    );
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-PROPOSAL'), { dataTransfer: dataTransfer(1) });
    fireEvent.click(await screen.findByTestId('undo-move'));
    expect(mutate).toHaveBeenLastCalledWith(
      { deal: expect.objectContaining({ id: 1, stage: 'PROPOSAL' }), body: { to: 'LEAD', reason: '撤销误操作的阶段变更' } },
      expect.anything(),
    );
  });

  it("explains a refused drop from the deal's allowed transitions without asking the server", () => {
    renderWithProviders(<KanbanBoard canMove />);
    fireEvent.dragStart(screen.getByTestId('deal-2'), { dataTransfer: dataTransfer(2) });
    fireEvent.drop(screen.getByTestId('column-LEAD'), { dataTransfer: dataTransfer(2) });
    expect(mutate).not.toHaveBeenCalled();
    const notice = screen.getByTestId('transition-notice');
    expect(notice).toHaveTextContent('不能从“签约”移到“线索”');
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
    renderWithProviders(<KanbanBoard canMove />);
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-QUALIFIED'), { dataTransfer: dataTransfer(1) });
    const notice = screen.getByTestId('transition-notice');
    // the server's detail names stage codes: the notice says it with the translated stages instead
    expect(notice).toHaveTextContent('不允许此阶段变更');
    expect(notice).not.toHaveTextContent('WON may only move to COLLECTED');
    expect(notice).toHaveTextContent('可以移到：回款');
  });

  it('asks for the lost reason before moving to LOST', async () => {
    renderWithProviders(<KanbanBoard canMove />);
    fireEvent.dragStart(screen.getByTestId('deal-1'), { dataTransfer: dataTransfer(1) });
    fireEvent.drop(screen.getByTestId('column-LOST'), { dataTransfer: dataTransfer(1) });
    expect(await screen.findByRole('dialog')).toHaveTextContent('将“扩容项目”标记为丢单');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('is read-only without the right to move', () => {
    renderWithProviders(<KanbanBoard canMove={false} />);
    expect(screen.getByTestId('deal-1')).toHaveAttribute('draggable', 'false');
    expect(screen.queryByRole('button', { name: /移动到/ })).not.toBeInTheDocument();
  });
});
