import { Button, DatePicker, Drawer, Form, Input, Modal, Progress, Radio, Rate, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CategoryLabel } from '../../components/CategoryLabel';
import { CodeTag } from '../../components/CodeTag';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { quarterOf } from '../../lib/period';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type Review, type ReviewInput, type WorksheetRow, useDecideReview, useOpenCycle, useReviewCycles, useSubmitReview, useWorksheet } from './api';

const RECOMMENDATIONS = ['KEEP', 'PROMOTE', 'DEMOTE', 'WATCH'] as const;
const SCORES = ['contributionRevenue', 'contributionProfit', 'contributionBrand', 'potential', 'satisfaction', 'loyalty'] as const;

function OpenCycle({ onClose, onOpened }: { onClose: () => void; onOpened: (id: number) => void }) {
  const { t } = useTranslation();
  const open = useOpenCycle();
  const [period, setPeriod] = useState(quarterOf(new Date()));
  const [dueOn, setDueOn] = useState<Dayjs | null>(null);
  const [withNormal, setWithNormal] = useState(false);
  return (
    <Modal
      open
      title={t('review.openCycle')}
      okText={t('review.open')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: open.isPending, disabled: !/^\d{4}-Q[1-4]$/.test(period) }}
      onCancel={onClose}
      onOk={() =>
        open.mutate(
          { period, ...(dueOn ? { dueOn: dueOn.format('YYYY-MM-DD') } : {}), categories: withNormal ? ['KEY', 'NORMAL'] : ['KEY'] },
          { onSuccess: (c) => onOpened(c.id) },
        )
      }
    >
      {open.isError && <ProblemAlert error={open.error} />}
      <Form layout="vertical">
        <Form.Item label={t('review.period')}>
          <Input value={period} onChange={(e) => setPeriod(e.target.value)} aria-label={t('review.period')} />
        </Form.Item>
        <Form.Item label={t('review.dueOn')}>
          <DatePicker value={dueOn} onChange={setDueOn} aria-label={t('review.dueOn')} />
        </Form.Item>
        <Form.Item label={t('review.accounts')}>
          <Radio.Group value={withNormal} onChange={(e) => setWithNormal(e.target.value as boolean)}>
            <Radio value={false}>{t('review.keyOnly')}</Radio>
            <Radio value={true}>{t('review.keyAndNormal')}</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Figures({ row }: { row: WorksheetRow }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  return (
    <Space orientation="vertical" size={2} data-testid="review-figures">
      <Typography.Text>{t('review.figures.revenue12', { amount: fmt.money(row.revenue12) })}</Typography.Text>
      <Typography.Text>{t('review.figures.grossProfit12', { amount: fmt.money(row.grossProfit12) })}</Typography.Text>
      <Typography.Text>{t('review.figures.won12', { amount: fmt.money(row.won12) })}</Typography.Text>
      <Typography.Text>
        {t('review.figures.pipeline', { count: row.openDeals, amount: fmt.money(row.openPipeline) })}
      </Typography.Text>
      <Typography.Text>
        {t('review.figures.relationshipStage', { stage: label('relationshipStage', row.relationshipStage) })}
      </Typography.Text>
    </Space>
  );
}

function ReviewForm({ row, onClose }: { row: WorksheetRow; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmitReview();
  const r = row.review;
  const [form] = Form.useForm<ReviewInput>();
  return (
    <Drawer open size="large" title={t('review.fill', { account: row.accountName })} onClose={onClose}>
      <Figures row={row} />
      {submit.isError && <ProblemAlert error={submit.error} />}
      <Form<ReviewInput>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ ...r }}
        onFinish={(body) => submit.mutate({ review: r, body }, { onSuccess: onClose })}
      >
        {SCORES.map((s) => (
          <Form.Item key={s} name={s} label={t(`review.scores.${s}`)} rules={[{ required: true, message: t('review.required') }]}>
            <Rate count={5} aria-label={t(`review.scores.${s}`)} />
          </Form.Item>
        ))}
        <Form.Item name="contributionComment" label={t('review.comment')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="recommendation" label={t('review.recommendation')} rules={[{ required: true, message: t('review.required') }]}>
          <Radio.Group>
            {RECOMMENDATIONS.map((x) => (
              <Radio.Button key={x} value={x}>
                {t(`review.recommendations.${x}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('review.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}

function DecideModal({ row, onClose }: { row: WorksheetRow; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideReview();
  const [accept, setAccept] = useState(true);
  const [note, setNote] = useState('');
  const [expires, setExpires] = useState<Dayjs | null>(null);
  const review: Review = row.review;
  return (
    <Modal
      open
      title={t('review.decide', { account: row.accountName })}
      okText={t('review.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: decide.isPending }}
      onCancel={onClose}
      onOk={() =>
        decide.mutate(
          { review, body: { accept, ...(note ? { note } : {}), ...(expires ? { overrideExpiresOn: expires.format('YYYY-MM-DD') } : {}) } },
          { onSuccess: onClose },
        )
      }
    >
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Figures row={row} />
      <Typography.Paragraph strong style={{ marginTop: 12 }}>
        {t('review.recommended', { recommendation: t(`review.recommendations.${review.recommendation ?? 'KEEP'}`) })}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('review.decision')}>
          <Radio.Group value={accept} onChange={(e) => setAccept(e.target.value as boolean)}>
            <Radio value={true}>{t('review.accept')}</Radio>
            <Radio value={false}>{t('review.reject')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('review.note')}>
          <Input.TextArea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('review.note')} />
        </Form.Item>
        {accept && (review.recommendation === 'PROMOTE' || review.recommendation === 'DEMOTE') && (
          <Form.Item label={t('review.overrideExpires')} extra={t('review.overrideHint')}>
            <DatePicker value={expires} onChange={setExpires} aria-label={t('review.overrideExpires')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Periodic key-account review: a manager opens a cycle, account managers score their accounts, the manager decides. */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const cycles = useReviewCycles();
  const selected = search.get('cycle') ? Number(search.get('cycle')) : cycles.data?.[0]?.id;
  const cycle = cycles.data?.find((c) => c.id === selected);
  const sheet = useWorksheet(selected);
  const [opening, setOpening] = useState(false);
  const [filling, setFilling] = useState<WorksheetRow | null>(null);
  const [deciding, setDeciding] = useState<WorksheetRow | null>(null);
  const canOpen = hasRole(user, 'ADMIN', 'MANAGER');
  const canFill = hasRole(user, 'ADMIN', 'MANAGER', 'REP');

  const columns: TableColumnsType<WorksheetRow> = [
    {
      key: 'account',
      title: t('review.columns.account'),
      sorter: (a, b) => a.accountName.localeCompare(b.accountName),
      render: (_: unknown, row) => <Link to={`/accounts/${row.review.accountId}?tab=classification`}>{row.accountName}</Link>,
    },
    { key: 'category', title: t('review.columns.category'), render: (_: unknown, row) => <CategoryLabel category={row.category} /> },
    { key: 'owner', title: t('review.columns.owner'), render: (_: unknown, row) => row.ownerName ?? t('attention.noOwner') },
    {
      key: 'revenue',
      title: t('review.columns.revenue12'),
      align: 'right',
      sorter: (a, b) => a.revenue12 - b.revenue12,
      render: (_: unknown, row) => fmt.money(row.revenue12, { compact: true }),
    },
    {
      key: 'status',
      title: t('review.columns.status'),
      render: (_: unknown, row) => (
        <CodeTag palette={row.review.status === 'PENDING' ? 'gold' : row.review.status === 'SUBMITTED' ? 'orange' : 'volcano'} code={row.review.status}>
          {t(`review.status.${row.review.status}`)}
        </CodeTag>
      ),
    },
    {
      key: 'recommendation',
      title: t('review.recommendation'),
      render: (_: unknown, row) => (row.review.recommendation ? t(`review.recommendations.${row.review.recommendation}`) : '—'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, row) => (
        <Space>
          {canFill && (row.review.status === 'PENDING' || row.review.status === 'SUBMITTED') && (
            <Button size="small" onClick={() => setFilling(row)}>
              {row.review.status === 'PENDING' ? t('review.fillButton') : t('review.editButton')}
            </Button>
          )}
          {canOpen && row.review.status === 'SUBMITTED' && (
            <Button size="small" type="primary" onClick={() => setDeciding(row)}>
              {t('review.decideButton')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('review.title')}
      </Typography.Title>
      {cycles.isError && <ProblemAlert error={cycles.error} onRetry={() => void cycles.refetch()} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('review.cycle')}
          style={{ minWidth: 220 }}
          placeholder={t('review.noCycle')}
          value={selected}
          onChange={(id: number) => setSearch({ cycle: String(id) })}
          options={(cycles.data ?? []).map((c) => ({ value: c.id, label: `${c.period}${c.dueOn ? ` · ${t('review.due', { date: fmt.date(c.dueOn) })}` : ''}` }))}
        />
        {canOpen && (
          <Button type="primary" onClick={() => setOpening(true)}>
            {t('review.openCycle')}
          </Button>
        )}
      </Space>
      {cycle && (
        <Space size={24} style={{ marginBottom: 16 }} wrap data-testid="review-progress">
          <Progress
            type="circle"
            size={64}
            percent={Math.round(Number(cycle.progressPct ?? 0))}
            aria-label={t('review.progress', { done: cycle.done, total: cycle.total, decided: cycle.decided })}
          />
          <Typography.Text>{t('review.progress', { done: cycle.done, total: cycle.total, decided: cycle.decided })}</Typography.Text>
        </Space>
      )}
      {sheet.isError && <ProblemAlert error={sheet.error} onRetry={() => void sheet.refetch()} />}
      <Table<WorksheetRow>
        size="small"
        rowKey={(row) => row.review.id}
        loading={sheet.isLoading}
        dataSource={sheet.data ?? []}
        columns={columns}
        locale={{ emptyText: cycles.data?.length ? t('review.empty') : t('review.noCycle') }}
        scroll={{ x: 'max-content' }}
      />
      {opening && <OpenCycle onClose={() => setOpening(false)} onOpened={(id) => { setOpening(false); setSearch({ cycle: String(id) }); }} />}
      {filling && <ReviewForm row={filling} onClose={() => setFilling(null)} />}
      {deciding && <DecideModal row={deciding} onClose={() => setDeciding(null)} />}
    </section>
  );
}
