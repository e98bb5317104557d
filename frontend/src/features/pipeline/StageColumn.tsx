import { Badge, Empty, Flex, Typography } from 'antd';
import type { Dispatch, DragEvent, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import type { BoardColumn, Opportunity, Stage } from './api';
import { DealCard } from './DealCard';

interface StageColumnProps {
  stage: Stage;
  column: BoardColumn | undefined;
  /** The deal being dragged, if any: the column takes it only when the deal may go there. */
  dragging: Opportunity | null;
  over: Stage | null;
  setOver: Dispatch<SetStateAction<Stage | null>>;
  onDrop: (e: DragEvent, to: Stage) => void;
  canMove: boolean;
  phone: boolean;
  probability: (s: Stage) => number | undefined;
  onDragStart: (deal: Opportunity | null) => void;
  onMove: (deal: Opportunity, to: Stage) => void;
}

/** One stage of the kanban: its server totals, its first page of deals, and the drop target. */
export function StageColumn({ stage, column, dragging, over, setOver, onDrop, canMove, phone, probability, onDragStart, onMove }: StageColumnProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const droppable = dragging !== null && dragging.allowedTransitions.includes(stage);
  return (
    <section
      key={stage}
      aria-label={label('stage', stage)}
      data-testid={`column-${stage}`}
      onDragOver={(e) => {
        if (!dragging || droppable) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          if (over !== stage) setOver(stage);
        }
      }}
      onDragLeave={() => setOver((o) => (o === stage ? null : o))}
      onDrop={(e) => onDrop(e, stage)}
      style={{
        flex: '1 1 0',
        minWidth: phone ? 0 : 128,
        background: over === stage ? '#e6f4ff' : '#fafafa',
        border: `1px ${droppable ? 'dashed #1677ff' : 'solid #f0f0f0'}`,
        borderRadius: 8,
        padding: 6,
        minHeight: 320,
      }}
    >
      <header style={{ marginBottom: 8 }}>
        <Flex justify="space-between" align="center" gap={4}>
          <Typography.Text strong>{label('stage', stage)}</Typography.Text>
          <Badge count={column?.count ?? 0} showZero overflowCount={9999} color="#595959" />
        </Flex>
        <Typography.Text type="secondary" data-testid={`column-total-${stage}`} style={{ fontSize: 12 }}>
          {fmt.money(column?.amount ?? 0)}
        </Typography.Text>
      </header>
      <Flex vertical gap={6}>
        {(column?.items ?? []).map((deal) => (
          <DealCard key={deal.id} deal={deal} canMove={canMove} probability={probability(deal.stage)} onDragStart={onDragStart} onMove={onMove} />
        ))}
        {column && column.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.emptyColumn')} />}
        {column && column.count > column.items.length && (
          <Typography.Text type="secondary">{t('pipeline.more', { shown: column.items.length, total: column.count })}</Typography.Text>
        )}
      </Flex>
    </section>
  );
}
