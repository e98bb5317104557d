import { Segmented, Skeleton } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useIsPhone } from '../../lib/useIsPhone';
import { AskModal } from './AskModal';
import { type Opportunity, type Stage, STAGES, useBoard, useStageProbabilities } from './api';
import { BoardFilters, useBoardFilters } from './BoardFilters';
import { DRAG_TYPE } from './DealCard';
import { StageColumn } from './StageColumn';
import { TransitionNotice } from './TransitionNotice';
import { useStageMoves } from './useStageMoves';

/**
 * The kanban: one column per stage with the server's totals. A card moves by drag and drop or by its
 * "move to" menu (the touch way), to the stages the server says the deal may go to; each move offers
 * an undo. On a phone one column shows at a time, chosen with a stage switcher.
 */
export function KanbanBoard({ canMove }: { canMove: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const phone = useIsPhone();
  const filters = useBoardFilters();
  const [shown, setShown] = useState<Stage>('LEAD');
  const board = useBoard(filters.query);
  const probabilities = useStageProbabilities();
  const moves = useStageMoves();
  const [dragging, setDragging] = useState<Opportunity | null>(null);
  const [over, setOver] = useState<Stage | null>(null);

  const deals = new Map((board.data?.columns ?? []).flatMap((c) => c.items.map((d) => [d.id, d] as const)));
  const probability = (s: Stage) => probabilities.data?.find((p) => p.stage === s)?.probability;

  const onDrop = (e: DragEvent, to: Stage) => {
    e.preventDefault();
    setOver(null);
    const id = Number(e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain'));
    const deal = deals.get(id) ?? dragging;
    setDragging(null);
    if (deal) moves.request(deal, to);
  };

  const columns = phone ? STAGES.filter((s) => s === shown) : STAGES;
  const { ask } = moves;
  return (
    <>
      <BoardFilters filters={filters} canMove={canMove} phone={phone} />
      {phone && (
        <div style={{ overflowX: 'auto', marginBottom: 8 }}>
          <Segmented<Stage>
            value={shown}
            onChange={setShown}
            aria-label={t('repDay.kanban.stageSwitcher')}
            data-testid="stage-switcher"
            options={STAGES.map((s) => ({
              value: s,
              label: `${label('stage', s)} ${board.data?.columns.find((c) => c.stage === s)?.count ?? 0}`,
            }))}
          />
        </div>
      )}
      <div aria-live="polite">{moves.notice && <TransitionNotice notice={moves.notice} onClose={moves.dismissNotice} />}</div>
      {/* The board keeps its filters above while it loads or fails, so this is not a QueryBoundary. */}
      {board.isError && <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending ? (
        <Skeleton active aria-label={t('common.loading')} />
      ) : board.data ? (
        <div style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }} data-testid="kanban">
          {columns.map((stage) => (
            <StageColumn
              key={stage}
              stage={stage}
              column={board.data.columns.find((c) => c.stage === stage)}
              dragging={dragging}
              over={over}
              setOver={setOver}
              onDrop={onDrop}
              canMove={canMove}
              phone={phone}
              probability={probability}
              onDragStart={setDragging}
              onMove={moves.request}
            />
          ))}
        </div>
      ) : null}
      {ask && <AskModal ask={ask} busy={moves.busy} error={moves.askError} onCancel={moves.cancelAsk} onSubmit={(body) => moves.send(ask.deal, body)} />}
    </>
  );
}
