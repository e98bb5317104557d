import { Alert, App, Badge, Button, DatePicker, Empty, Flex, Input, Segmented, Select, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { useIsPhone } from '../../lib/useIsPhone';
import { type Ask, AskModal } from './AskModal';
import {
  type BoardQuery,
  type Opportunity,
  type Stage,
  TransitionRefusedError,
  type TransitionInput,
  STAGES,
  useBoard,
  useOwnerOptions,
  useStageProbabilities,
  useTransition,
} from './api';
import { DealCard, DRAG_TYPE } from './DealCard';

interface Notice {
  title: string;
  detail?: string;
  allowed?: Stage[];
}

/** Server-side field errors naming `reason`: the move went back a stage, which needs a reason. */
function asksForReason(e: unknown): boolean {
  return e instanceof ProblemError && e.status === 400 && (e.problem.errors ?? []).some((f) => f.field === 'reason');
}

/**
 * The kanban: one column per stage with the server's totals. A card moves by drag and drop or by its
 * "move to" menu (the touch way), to the stages the server says the deal may go to; each move offers
 * an undo. On a phone one column shows at a time, chosen with a stage switcher.
 */
export function KanbanBoard({ canMove }: { canMove: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [q, setQ] = useState('');
  const [ownerId, setOwnerId] = useState<number | undefined>();
  const [close, setClose] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [shown, setShown] = useState<Stage>('LEAD');
  const query: BoardQuery = {
    size: 30,
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(ownerId !== undefined ? { ownerId } : {}),
    ...(close?.[0] ? { closeFrom: close[0].format('YYYY-MM-DD') } : {}),
    ...(close?.[1] ? { closeTo: close[1].format('YYYY-MM-DD') } : {}),
  };
  const board = useBoard(query);
  const users = useOwnerOptions();
  const probabilities = useStageProbabilities();
  const transition = useTransition();
  const [dragging, setDragging] = useState<Opportunity | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [askError, setAskError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const deals = new Map((board.data?.columns ?? []).flatMap((c) => c.items.map((d) => [d.id, d] as const)));
  const probability = (s: Stage) => probabilities.data?.find((p) => p.stage === s)?.probability;

  const refused = (e: unknown) => {
    if (e instanceof TransitionRefusedError) {
      setNotice({ title: e.problem.title ?? t('pipeline.refusedTitle'), detail: e.problem.detail, allowed: e.allowedTransitions });
    } else if (e instanceof ProblemError && e.status === 412) {
      setNotice({ title: t('pipeline.stale') });
    } else {
      setNotice({ title: e instanceof ProblemError ? (e.problem.title ?? e.message) : String(e), detail: e instanceof ProblemError ? e.problem.detail : undefined });
    }
  };

  const undo = (moved: Opportunity, back: Stage) => {
    message.destroy('moved');
    transition.mutate(
      { deal: moved, body: { to: back, reason: t('repDay.kanban.undoReason') } },
      {
        onSuccess: (d) => void message.success(t('repDay.kanban.undone', { deal: d.name, stage: label('stage', d.stage) })),
        onError: refused,
      },
    );
  };

  const send = (deal: Opportunity, body: TransitionInput) => {
    setNotice(null);
    transition.mutate(
      { deal, body },
      {
        onSuccess: (moved) => {
          setAsk(null);
          const back = deal.stage;
          void message.open({
            key: 'moved',
            type: 'success',
            duration: 8,
            content: (
              <span data-testid="move-toast">
                {t('pipeline.moved', { deal: moved.name, stage: label('stage', moved.stage) })}{' '}
                {moved.allowedTransitions.includes(back) && (
                  <Button size="small" type="link" onClick={() => undo(moved, back)} data-testid="undo-move">
                    {t('repDay.kanban.undo')}
                  </Button>
                )}
              </span>
            ),
          });
        },
        onError: (e) => {
          if (!ask && !body.reason && asksForReason(e)) {
            // Going back a stage needs a reason: ask for it, then send again.
            setAskError(null);
            setAsk({ deal, to: body.to, kind: 'REASON' });
          } else if (ask && !(e instanceof TransitionRefusedError) && !(e instanceof ProblemError && e.status === 412)) {
            setAskError(e);
          } else {
            setAsk(null);
            refused(e);
          }
        },
      },
    );
  };

  const request = (deal: Opportunity, to: Stage) => {
    if (deal.stage === to) return;
    if (!deal.allowedTransitions.includes(to)) {
      setNotice({
        title: t('pipeline.refused.NOT_ALLOWED', { from: label('stage', deal.stage), to: label('stage', to) }),
        allowed: deal.allowedTransitions,
      });
      return;
    }
    if (to === 'LOST') {
      setAskError(null);
      setAsk({ deal, to, kind: 'LOST' });
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

  const columns = phone ? STAGES.filter((s) => s === shown) : STAGES;
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <Input.Search allowClear placeholder={t('pipeline.search')} aria-label={t('pipeline.search')} onSearch={setQ} style={{ maxWidth: phone ? undefined : 260 }} />
        <Select<number>
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('repDay.kanban.owner')}
          aria-label={t('repDay.kanban.owner')}
          value={ownerId}
          onChange={setOwnerId}
          options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          style={{ width: phone ? '100%' : 180 }}
          data-testid="owner-filter"
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={close}
          onChange={(v) => setClose(v)}
          placeholder={[t('repDay.kanban.closeFrom'), t('repDay.kanban.closeTo')]}
          aria-label={t('repDay.kanban.closeRange')}
          style={{ width: phone ? '100%' : 280 }}
        />
        {canMove && !phone && <Typography.Text type="secondary">{t('pipeline.dragHint')}</Typography.Text>}
      </Flex>
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
      <div aria-live="polite">
        {notice && (
          <Alert
            type="error"
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
        <div style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }} data-testid="kanban">
          {columns.map((stage) => {
            const column = board.data.columns.find((c) => c.stage === stage);
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
                    <DealCard key={deal.id} deal={deal} canMove={canMove} probability={probability(deal.stage)} onDragStart={setDragging} onMove={request} />
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
      {ask && <AskModal ask={ask} busy={transition.isPending} error={askError} onCancel={() => setAsk(null)} onSubmit={(body) => send(ask.deal, body)} />}
    </>
  );
}
