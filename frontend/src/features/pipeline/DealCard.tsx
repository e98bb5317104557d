import { SwapOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { closeOverdue, daysInStage, type Opportunity, type Stage } from './api';

export const DRAG_TYPE = 'application/x-pareto-deal';

/** A deal on the board: name (to the deal page), account, amount, days in stage, probability, close date. */
export function DealCard({
  deal,
  canMove,
  probability,
  onDragStart,
  onMove,
}: {
  deal: Opportunity;
  canMove: boolean;
  probability: number | undefined;
  onDragStart: (deal: Opportunity | null) => void;
  onMove: (deal: Opportunity, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const targets = deal.allowedTransitions;
  const days = daysInStage(deal);
  const overdue = closeOverdue(deal, dayjs().format('YYYY-MM-DD'));
  return (
    <Card
      size="small"
      data-testid={`deal-${deal.id}`}
      data-deal-name={deal.name}
      draggable={canMove}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData(DRAG_TYPE, String(deal.id));
        e.dataTransfer.setData('text/plain', String(deal.id));
        e.dataTransfer.effectAllowed = 'move';
        onDragStart(deal);
      }}
      onDragEnd={() => onDragStart(null)}
      style={{ cursor: canMove ? 'grab' : undefined }}
      styles={{ body: { padding: 8 } }}
    >
      <Link to={`/opportunities/${deal.id}`} style={{ fontWeight: 600, wordBreak: 'break-word' }}>
        {deal.name}
      </Link>
      <div style={{ fontSize: 12, wordBreak: 'break-word' }}>
        <Link to={`/accounts/${deal.accountId}?tab=opportunities`}>{deal.accountName ?? t('common.noValue')}</Link>
      </div>
      <Flex justify="space-between" wrap gap={4} style={{ fontSize: 12 }}>
        <span>{fmt.money(deal.amount)}</span>
        {probability !== undefined && <span title={t('repDay.kanban.probability')}>{probability}%</span>}
      </Flex>
      <Flex wrap gap={4} style={{ fontSize: 12, marginTop: 2 }}>
        {days !== undefined && <span>{t('repDay.kanban.daysInStage', { count: days })}</span>}
        {deal.expectedCloseDate && (
          <span>
            {overdue ? (
              <Tag color="red" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                {t('repDay.kanban.closeOverdue', { date: fmt.date(deal.expectedCloseDate) })}
              </Tag>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('repDay.kanban.closeOn', { date: fmt.date(deal.expectedCloseDate) })}
              </Typography.Text>
            )}
          </span>
        )}
      </Flex>
      <Flex justify="space-between" align="center" gap={4} style={{ marginTop: 4 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {deal.ownerName ?? ''}
        </Typography.Text>
        {canMove && targets.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: targets.map((s) => ({ key: s, label: label('stage', s) })),
              onClick: ({ key }) => onMove(deal, key as Stage),
            }}
          >
            <Button size="small" icon={<SwapOutlined />} aria-label={t('repDay.kanban.moveNamed', { deal: deal.name })} data-testid={`move-${deal.id}`}>
              {t('repDay.kanban.moveTo')}
            </Button>
          </Dropdown>
        )}
      </Flex>
    </Card>
  );
}
