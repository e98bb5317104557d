import { MoreOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Dropdown, Empty, Flex, Form, Input, Modal, Select, Skeleton, Typography } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { fieldErrorsOf } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import {
  LOST_REASONS,
  type LostReason,
  type Opportunity,
  type Stage,
  TransitionRefusedError,
  type TransitionInput,
  useBoard,
  useCompetitors,
  useTransition,
} from './api';
import { allowedTargets, checkDrop, STAGES } from './transitions';

const DRAG_TYPE = 'application/x-pareto-deal';

interface Ask {
  deal: Opportunity;
  to: Stage;
  kind: 'LOST' | 'REASON';
}

interface AskValues {
  lostReason?: LostReason;
  lostReasonText?: string;
  competitorId?: number;
  reason?: string;
}

interface Notice {
  type: 'success' | 'error';
  title: string;
  detail?: string;
  allowed?: Stage[];
}

function AskModal({
  ask,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  ask: Ask;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (body: TransitionInput) => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<AskValues>();
  const reason = Form.useWatch('lostReason', form);
  const competitors = useCompetitors(ask.kind === 'LOST' && reason === 'COMPETITOR');
  const fieldNames = ['lostReason', 'lostReasonText', 'competitorId', 'reason'] as const;
  const { fields, unmatched } = fieldErrorsOf(error, fieldNames);
  const title =
    ask.kind === 'LOST'
      ? t('pipeline.lostTitle', { deal: ask.deal.name })
      : t('pipeline.backTitle', { deal: ask.deal.name, stage: label('stage', ask.to) });

  return (
    <Modal
      open
      title={title}
      okText={t('pipeline.move')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then((v) =>
          onSubmit(
            ask.kind === 'LOST'
              ? {
                  to: ask.to,
                  lostReason: v.lostReason,
                  ...(v.lostReason === 'OTHER' ? { lostReasonText: v.lostReasonText?.trim() } : {}),
                  ...(v.lostReason === 'COMPETITOR' ? { competitorId: v.competitorId } : {}),
                }
              : { to: ask.to, reason: v.reason?.trim() },
          ),
        )
      }
      destroyOnHidden
    >
      <Form<AskValues> form={form} layout="vertical" fields={fields.map((f) => ({ name: f.name as keyof AskValues, errors: f.errors }))}>
        {ask.kind === 'LOST' ? (
          <>
            <Form.Item name="lostReason" label={t('pipeline.lostReason')} rules={[{ required: true, message: t('pipeline.lostReasonRequired') }]}>
              <Select options={LOST_REASONS.map((r) => ({ value: r, label: label('lostReason', r) }))} />
            </Form.Item>
            {reason === 'OTHER' && (
              <Form.Item
                name="lostReasonText"
                label={t('pipeline.lostReasonText')}
                rules={[{ required: true, whitespace: true, message: t('pipeline.lostReasonTextRequired') }]}
              >
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            )}
            {reason === 'COMPETITOR' && (
              <Form.Item name="competitorId" label={t('pipeline.competitor')} rules={[{ required: true, message: t('pipeline.competitorRequired') }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={competitors.isPending}
                  options={(competitors.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  notFoundContent={competitors.isError ? t('pipeline.competitorsFailed') : undefined}
                />
              </Form.Item>
            )}
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('pipeline.backReason')}
            rules={[{ required: true, whitespace: true, message: t('pipeline.backReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
      {unmatched && error !== null && <ProblemAlert error={error} />}
    </Modal>
  );
}

function DealCard({
  deal,
  canMove,
  canReopen,
  onDragStart,
  onMove,
}: {
  deal: Opportunity;
  canMove: boolean;
  canReopen: boolean;
  onDragStart: (deal: Opportunity | null) => void;
  onMove: (deal: Opportunity, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const targets = allowedTargets(deal.stage, canReopen);
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
    >
      <Flex justify="space-between" gap={4} align="start">
        <Typography.Text strong style={{ wordBreak: 'break-word' }}>
          {deal.name}
        </Typography.Text>
        {canMove && targets.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: targets.map((s) => ({ key: s, label: label('stage', s) })),
              onClick: ({ key }) => onMove(deal, key as Stage),
            }}
          >
            <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('pipeline.moveDeal', { deal: deal.name })} />
          </Dropdown>
        )}
      </Flex>
      <div>
        <Link to={`/accounts/${deal.accountId}?tab=opportunities`}>{deal.accountName ?? t('common.noValue')}</Link>
      </div>
      <Flex justify="space-between" wrap gap={4}>
        <Typography.Text>{fmt.money(deal.amount)}</Typography.Text>
        <Typography.Text type="secondary">{deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : ''}</Typography.Text>
      </Flex>
      {deal.ownerName && <Typography.Text type="secondary">{deal.ownerName}</Typography.Text>}
    </Card>
  );
}

/** The kanban: one column per stage with the server's totals; drag a card (or use its menu) to move the deal. */
export function KanbanBoard({ canMove, canReopen }: { canMove: boolean; canReopen: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const [q, setQ] = useState('');
  const board = useBoard({ size: 30, ...(q.trim() ? { q: q.trim() } : {}) });
  const transition = useTransition();
  const [dragging, setDragging] = useState<Opportunity | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [askError, setAskError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const deals = new Map((board.data?.columns ?? []).flatMap((c) => c.items.map((d) => [d.id, d] as const)));

  const send = (deal: Opportunity, body: TransitionInput) => {
    setNotice(null);
    transition.mutate(
      { deal, body },
      {
        onSuccess: (moved) => {
          setAsk(null);
          setNotice({ type: 'success', title: t('pipeline.moved', { deal: moved.name, stage: label('stage', moved.stage) }) });
        },
        onError: (e) => {
          if (e instanceof TransitionRefusedError) {
            setAsk(null);
            setNotice({
              type: 'error',
              title: e.problem.title ?? t('pipeline.refusedTitle'),
              detail: e.problem.detail,
              allowed: e.allowedTransitions,
            });
          } else if (e instanceof ProblemError && e.status === 412) {
            setAsk(null);
            setNotice({ type: 'error', title: t('pipeline.stale') });
          } else if (ask || body.to === 'LOST' || body.reason) {
            setAskError(e);
          } else {
            setNotice({ type: 'error', title: e instanceof ProblemError ? (e.problem.title ?? e.message) : String(e), detail: e instanceof ProblemError ? e.problem.detail : undefined });
          }
        },
      },
    );
  };

  const request = (deal: Opportunity, to: Stage) => {
    const check = checkDrop(deal.stage, to, canReopen);
    if (!check.ok) {
      if (check.code === 'SAME') return;
      setNotice({
        type: 'error',
        title: t(`pipeline.refused.${check.code}`, {
          from: label('stage', deal.stage),
          to: label('stage', to),
          collected: label('stage', 'COLLECTED'),
        }),
        allowed: check.allowed,
      });
      return;
    }
    if (check.ask) {
      setAskError(null);
      setAsk({ deal, to, kind: check.ask });
      return;
    }
    send(deal, { to });
  };

  const onDrop = (e: DragEvent, to: Stage) => {
    e.preventDefault();
    setOver(null);
    const id = Number(e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain'));
    const deal = deals.get(id) ?? dragging;
    setDragging(null);
    if (deal) request(deal, to);
  };

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }} align="center">
        <Input.Search
          allowClear
          placeholder={t('pipeline.search')}
          aria-label={t('pipeline.search')}
          onSearch={setQ}
          style={{ maxWidth: 320 }}
        />
        {canMove && <Typography.Text type="secondary">{t('pipeline.dragHint')}</Typography.Text>}
      </Flex>
      <div aria-live="polite">
        {notice && (
          <Alert
            type={notice.type}
            showIcon
            closable={{ onClose: () => setNotice(null) }}
            style={{ marginBottom: 12 }}
            data-testid="transition-notice"
            title={notice.title}
            description={
              notice.detail || notice.allowed ? (
                <>
                  {notice.detail && <div>{notice.detail}</div>}
                  {notice.allowed && (
                    <div>
                      {notice.allowed.length === 0
                        ? t('pipeline.noMoves')
                        : t('pipeline.allowed', { stages: notice.allowed.map((s) => label('stage', s)).join('、') })}
                    </div>
                  )}
                </>
              ) : undefined
            }
          />
        )}
      </div>
      {board.isError && <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending ? (
        <Skeleton active aria-label={t('common.loading')} />
      ) : board.data ? (
        <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }} data-testid="kanban">
          {STAGES.map((stage) => {
            const column = board.data.columns.find((c) => c.stage === stage);
            const droppable = dragging !== null && checkDrop(dragging.stage, stage, canReopen).ok;
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
                  flex: '0 0 240px',
                  background: over === stage ? '#e6f4ff' : '#fafafa',
                  border: `1px ${droppable ? 'dashed #1677ff' : 'solid #f0f0f0'}`,
                  borderRadius: 8,
                  padding: 8,
                  minHeight: 320,
                }}
              >
                <header style={{ marginBottom: 8 }}>
                  <Flex justify="space-between" align="center">
                    <Typography.Text strong>{label('stage', stage)}</Typography.Text>
                    <Badge count={column?.count ?? 0} showZero overflowCount={9999} color="#595959" />
                  </Flex>
                  <Typography.Text type="secondary" data-testid={`column-total-${stage}`}>
                    {fmt.money(column?.amount ?? 0)}
                  </Typography.Text>
                </header>
                <Flex vertical gap={8}>
                  {(column?.items ?? []).map((deal) => (
                    <DealCard
                      key={deal.id}
                      deal={deal}
                      canMove={canMove}
                      canReopen={canReopen}
                      onDragStart={setDragging}
                      onMove={request}
                    />
                  ))}
                  {column && column.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.emptyColumn')} />}
                  {column && column.count > column.items.length && (
                    <Typography.Text type="secondary">{t('pipeline.more', { shown: column.items.length, total: column.count })}</Typography.Text>
                  )}
                </Flex>
              </section>
            );
          })}
        </div>
      ) : null}
      {ask && (
        <AskModal
          ask={ask}
          busy={transition.isPending}
          error={askError}
          onCancel={() => setAsk(null)}
          onSubmit={(body) => send(ask.deal, body)}
        />
      )}
    </>
  );
}
