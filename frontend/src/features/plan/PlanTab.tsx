import { Card, Checkbox, Col, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Progress, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CodeTag, type TagPalette } from '../../components/CodeTag';
import { ItemList } from '../../components/ItemList';
import { ProblemAlert } from '../../components/ProblemAlert';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import {
  type AccountPlan,
  type Commitment,
  type CommitmentInput,
  type Concession,
  type ConcessionInput,
  type ObjectiveInput,
  type PlanAction,
  type PlanObjective,
  useAddAction,
  useAddCommitment,
  useAddConcession,
  useAddObjective,
  useCreatePlan,
  usePlan,
  useUpdateAction,
} from './api';
import { InlineForm } from './InlineForm';
import { giveVsGet, progressPercent } from './ledger';

const MONEY_METRICS = new Set(['REVENUE', 'GROSS_PROFIT']);
const METRICS: readonly ObjectiveInput['metric'][] = ['REVENUE', 'GROSS_PROFIT', 'ORDER_COUNT', 'SHARE_OF_WALLET', 'NEW_DECISION_CONTACTS', 'CUSTOM'];
const ACTION_STATUSES: readonly PlanAction['status'][] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const CONCESSION_KINDS: readonly ConcessionInput['kind'][] = ['DISCOUNT', 'REBATE', 'FREE_SERVICE', 'PAYMENT_TERMS'];
const COMMITMENT_KINDS: readonly CommitmentInput['kind'][] = ['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY', 'FOLLOW_UP', 'OTHER'];
/** Kinds a concession can be traded for (ConcessionInput.commitmentId). */
const TRADABLE = new Set(['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY']);
const STATUS_PALETTE: Record<Commitment['status'], TagPalette> = { OPEN: 'blue', KEPT: 'green', BROKEN: 'red' };

function CommitmentList({ items, empty }: { items: readonly Commitment[]; empty: string }) {
  const label = useEnumLabel();
  const fmt = useFormatters();
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ItemList
      size="small"
      dataSource={[...items]}
      renderItem={(c, i: number) => (
        <ItemList.Item key={i}>
          <Space wrap>
            <CodeTag palette={STATUS_PALETTE[c.status]} code={c.status}>
              {label('commitmentStatus', c.status)}
            </CodeTag>
            <Tag>{label('commitmentKind', c.kind)}</Tag>
            <span>{c.description}</span>
            {c.dueOn && <Typography.Text type="secondary">{fmt.date(c.dueOn)}</Typography.Text>}
          </Space>
        </ItemList.Item>
      )}
    />
  );
}

function NoPlan({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const create = useCreatePlan(accountId);
  const [form] = Form.useForm<{ period: [Dayjs, Dayjs] }>();
  return (
    <Empty description={t('plan.none')}>
      {canEdit && (
        <InlineForm<{ period: [Dayjs, Dayjs] }>
          form={form}
          fields={['period']}
          error={create.error}
          saving={create.isPending}
          submitLabel={t('plan.create')}
          onFinish={(v) =>
            create.mutate({ periodStart: v.period[0].format('YYYY-MM-DD'), periodEnd: v.period[1].format('YYYY-MM-DD') })
          }
        >
          <Form.Item name="period" label={t('plan.period')} rules={[{ required: true, message: t('plan.required') }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        </InlineForm>
      )}
    </Empty>
  );
}

/** The account plan (客户计划): SWOT, objectives vs actuals, actions, joint business plan, concessions (give vs get). */
export default function PlanTab({ accountId, canEdit }: { accountId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const plan = usePlan(accountId);
  if (plan.isPending) return <Skeleton active aria-label={t('common.loading')} />;
  if (plan.isError) return <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  if (plan.data === null) return <NoPlan accountId={accountId} canEdit={canEdit} />;
  return <PlanView plan={plan.data} canEdit={canEdit} />;
}

function PlanView({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const user = useCurrentUser();
  const isManager = hasRole(user, 'MANAGER', 'ADMIN');
  const addObjective = useAddObjective(p.accountId);
  const addAction = useAddAction(p.accountId);
  const updateAction = useUpdateAction(p.accountId);
  const addCommitment = useAddCommitment(p.accountId);
  const addConcession = useAddConcession(p.accountId);
  const [objForm] = Form.useForm<ObjectiveInput>();
  const [actForm] = Form.useForm<{ what: string; dueOn?: Dayjs | null }>();
  const [comForm] = Form.useForm<Omit<CommitmentInput, 'dueOn'> & { dueOn?: Dayjs | null }>();
  const [conForm] = Form.useForm<ConcessionInput>();
  const none = t('common.noValue');
  const value = (metric: string, v: number | undefined) =>
    v === undefined ? none : MONEY_METRICS.has(metric) ? fmt.money(v) : metric === 'SHARE_OF_WALLET' ? `${v}%` : String(v);
  const ledger = giveVsGet(p.concessions.entries);
  const tradable = p.jointBusinessPlan.customerCommitments.filter((c) => TRADABLE.has(c.kind) && c.status !== 'BROKEN');
  const swot = [
    ['strengths', p.swot.strengths],
    ['weaknesses', p.swot.weaknesses],
    ['opportunities', p.swot.opportunities],
    ['threats', p.swot.threats],
  ] as const;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'period', label: t('plan.period'), children: `${fmt.date(p.periodStart)} – ${fmt.date(p.periodEnd)}` },
          { key: 'status', label: t('plan.status'), children: label('planStatus', p.status) },
          { key: 'stage', label: t('accounts.columns.relationshipStage'), children: label('relationshipStage', p.relationshipStage) },
          { key: 'goal', label: t('plan.stageGoal'), children: p.stageGoal ?? none },
          { key: 'strategy', label: t('plan.strategy'), children: p.strategy ?? none, span: 2 },
        ]}
      />

      <Card size="small" title={t('plan.swot.title')}>
        <Row gutter={[12, 12]}>
          {swot.map(([key, items]) => (
            <Col xs={24} md={12} key={key}>
              <Card size="small" type="inner" title={t(`plan.swot.${key}`)}>
                {items.length === 0 ? (
                  <Typography.Text type="secondary">{none}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {items.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ul>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </Card>

      <Card size="small" title={t('plan.objectives')}>
        <Table<PlanObjective>
          size="small"
          rowKey="id"
          pagination={false}
          aria-label={t('plan.objectives')}
          dataSource={p.objectives}
          locale={{ emptyText: t('plan.noObjectives') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'metric', title: t('plan.metric'), render: (_: unknown, o) => label('objectiveMetric', o.metric) },
            { key: 'desc', title: t('plan.description'), render: (_: unknown, o) => o.description ?? none },
            { key: 'target', title: t('plan.target'), align: 'right', render: (_: unknown, o) => value(o.metric, o.targetValue) },
            { key: 'actual', title: t('plan.actual'), align: 'right', render: (_: unknown, o) => value(o.metric, o.actualValue) },
            {
              key: 'progress',
              title: t('plan.attainment'),
              render: (_: unknown, o) => (
                <Progress
                  percent={progressPercent(o.attainmentPct)}
                  format={() => (o.attainmentPct === undefined ? none : `${o.attainmentPct.toFixed(1)}%`)}
                  status={progressPercent(o.attainmentPct) >= 100 ? 'success' : 'normal'}
                  style={{ minWidth: 160 }}
                  aria-label={t('plan.attainment')}
                />
              ),
            },
            { key: 'joint', title: t('plan.jointAgreed'), render: (_: unknown, o) => (o.jointAgreed ? t('plan.yes') : t('plan.no')) },
          ]}
        />
        {canEdit && (
          <InlineForm<ObjectiveInput>
            form={objForm}
            fields={['metric', 'targetValue', 'description', 'jointAgreed']}
            error={addObjective.error}
            saving={addObjective.isPending}
            submitLabel={t('plan.addObjective')}
            initialValues={{ metric: 'REVENUE' }}
            onFinish={(v) => addObjective.mutate({ version: p.version, body: compact(v) }, { onSuccess: () => objForm.resetFields() })}
          >
            <Form.Item name="metric" label={t('plan.metric')}>
              <Select style={{ width: 180 }} options={METRICS.map((m) => ({ value: m, label: label('objectiveMetric', m) }))} />
            </Form.Item>
            <Form.Item name="targetValue" label={t('plan.target')} rules={[{ required: true, message: t('plan.required') }]}>
              <InputNumber min={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="description" label={t('plan.description')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="jointAgreed" valuePropName="checked">
              <Checkbox>{t('plan.jointAgreed')}</Checkbox>
            </Form.Item>
          </InlineForm>
        )}
      </Card>

      <Card size="small" title={t('plan.actions')}>
        <Table<PlanAction>
          size="small"
          rowKey="id"
          pagination={false}
          aria-label={t('plan.actions')}
          dataSource={p.actions}
          locale={{ emptyText: t('plan.noActions') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'what', title: t('plan.what'), dataIndex: 'what' },
            {
              key: 'due',
              title: t('plan.dueOn'),
              render: (_: unknown, a) => (
                <Space>
                  {fmt.date(a.dueOn)}
                  {a.overdue && <CodeTag palette="red">{t('plan.overdue')}</CodeTag>}
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('plan.status'),
              render: (_: unknown, a) =>
                canEdit ? (
                  <Select<PlanAction['status']>
                    size="small"
                    value={a.status}
                    style={{ width: 130 }}
                    aria-label={t('plan.statusOf', { what: a.what })}
                    loading={updateAction.isPending && updateAction.variables.actionId === a.id}
                    onChange={(status) =>
                      updateAction.mutate({ version: p.version, actionId: a.id, body: { what: a.what, dueOn: a.dueOn, ownerId: a.ownerId, status } })
                    }
                    options={ACTION_STATUSES.map((s) => ({ value: s, label: label('actionStatus', s) }))}
                  />
                ) : (
                  label('actionStatus', a.status)
                ),
            },
          ]}
        />
        {updateAction.error !== null && <ProblemAlert error={updateAction.error} />}
        {canEdit && (
          <InlineForm<{ what: string; dueOn?: Dayjs | null }>
            form={actForm}
            fields={['what', 'dueOn']}
            error={addAction.error}
            saving={addAction.isPending}
            submitLabel={t('plan.addAction')}
            onFinish={(v) =>
              addAction.mutate(
                { version: p.version, body: compact({ what: v.what, dueOn: v.dueOn?.format('YYYY-MM-DD') }) },
                { onSuccess: () => actForm.resetFields() },
              )
            }
          >
            <Form.Item name="what" label={t('plan.what')} rules={[{ required: true, whitespace: true, message: t('plan.required') }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('plan.dueOn')}>
              <DatePicker />
            </Form.Item>
          </InlineForm>
        )}
      </Card>

      <Card
        size="small"
        title={t('plan.jbp.title')}
        extra={
          p.jointBusinessPlan.executionPct !== undefined && (
            <span>
              {t('plan.jbp.execution')}: {p.jointBusinessPlan.executionPct.toFixed(1)}%
            </span>
          )
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Typography.Text strong>{t('plan.jbp.targets')}</Typography.Text>
            {p.jointBusinessPlan.targets.length === 0 ? (
              <div>
                <Typography.Text type="secondary">{t('plan.jbp.noTargets')}</Typography.Text>
              </div>
            ) : (
              <ItemList
                size="small"
                dataSource={p.jointBusinessPlan.targets}
                renderItem={(o, i: number) => (
                  <ItemList.Item key={i}>
                    <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                      <span>
                        {label('objectiveMetric', o.metric)} · {value(o.metric, o.targetValue)}
                      </span>
                      <Progress percent={progressPercent(o.attainmentPct)} size="small" aria-label={t('plan.attainment')} />
                    </Space>
                  </ItemList.Item>
                )}
              />
            )}
          </Col>
          <Col xs={24} md={8}>
            <Typography.Text strong>{t('plan.jbp.customer')}</Typography.Text>
            <CommitmentList items={p.jointBusinessPlan.customerCommitments} empty={t('plan.jbp.noCommitments')} />
          </Col>
          <Col xs={24} md={8}>
            <Typography.Text strong>{t('plan.jbp.ours')}</Typography.Text>
            <CommitmentList items={p.jointBusinessPlan.ourCommitments} empty={t('plan.jbp.noCommitments')} />
          </Col>
        </Row>
        {canEdit && (
          <InlineForm<Omit<CommitmentInput, 'dueOn'> & { dueOn?: Dayjs | null }>
            form={comForm}
            fields={['side', 'kind', 'description', 'targetValue', 'dueOn']}
            error={addCommitment.error}
            saving={addCommitment.isPending}
            submitLabel={t('plan.jbp.addCommitment')}
            initialValues={{ side: 'CUSTOMER', kind: 'VOLUME' }}
            onFinish={(v) =>
              addCommitment.mutate(
                { version: p.version, body: compact({ ...v, dueOn: v.dueOn?.format('YYYY-MM-DD') }) },
                { onSuccess: () => comForm.resetFields() },
              )
            }
          >
            <Form.Item name="side" label={t('plan.jbp.side')}>
              <Select style={{ width: 150 }} options={(['CUSTOMER', 'US'] as const).map((s) => ({ value: s, label: label('commitmentSide', s) }))} />
            </Form.Item>
            <Form.Item name="kind" label={t('plan.kind')}>
              <Select style={{ width: 130 }} options={COMMITMENT_KINDS.map((k) => ({ value: k, label: label('commitmentKind', k) }))} />
            </Form.Item>
            <Form.Item name="description" label={t('plan.description')} rules={[{ required: true, whitespace: true, message: t('plan.required') }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="targetValue" label={t('plan.target')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('plan.dueOn')}>
              <DatePicker />
            </Form.Item>
          </InlineForm>
        )}
      </Card>

      <Card size="small" title={t('plan.concessions.title')}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic title={t('plan.concessions.given')} value={fmt.money(p.concessions.given)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('plan.concessions.got')} value={p.concessions.commitmentsTradedFor} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('plan.concessions.kept')} value={`${p.concessions.commitmentsKept} / ${p.concessions.commitmentsTradedFor}`} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('plan.concessions.exceptions')} value={p.concessions.exceptions} />
          </Col>
        </Row>
        {ledger.unbacked > 0 && (
          <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
            {t('plan.concessions.unbacked', { count: ledger.unbacked, amount: fmt.money(ledger.unbackedAmount) })}
          </Typography.Paragraph>
        )}
        <Table<Concession>
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginTop: 12 }}
          aria-label={t('plan.concessions.title')}
          dataSource={p.concessions.entries}
          locale={{ emptyText: t('plan.concessions.empty') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'date', title: t('plan.concessions.grantedOn'), render: (_: unknown, c) => fmt.date(c.grantedOn) },
            { key: 'kind', title: t('plan.kind'), render: (_: unknown, c) => label('concessionKind', c.kind) },
            { key: 'desc', title: t('plan.concessions.give'), dataIndex: 'description' },
            { key: 'amount', title: t('plan.concessions.amount'), align: 'right', render: (_: unknown, c) => fmt.money(c.amount) },
            {
              key: 'get',
              title: t('plan.concessions.get'),
              render: (_: unknown, c) =>
                c.tradedFor ? (
                  <Space wrap>
                    {c.tradedFor.description}
                    <CodeTag palette={STATUS_PALETTE[c.tradedFor.status]}>{label('commitmentStatus', c.tradedFor.status)}</CodeTag>
                  </Space>
                ) : (
                  <Space wrap>
                    <CodeTag palette="gold">{t('plan.concessions.exception')}</CodeTag>
                    {c.exceptionReason}
                  </Space>
                ),
            },
          ]}
        />
        {canEdit && (
          <InlineForm<ConcessionInput>
            form={conForm}
            fields={['kind', 'description', 'amount', 'commitmentId', 'exceptionReason']}
            error={addConcession.error}
            saving={addConcession.isPending}
            submitLabel={t('plan.concessions.add')}
            initialValues={{ kind: 'DISCOUNT' }}
            onFinish={(v) => addConcession.mutate({ version: p.version, body: compact(v) }, { onSuccess: () => conForm.resetFields() })}
          >
            <Form.Item name="kind" label={t('plan.kind')}>
              <Select style={{ width: 140 }} options={CONCESSION_KINDS.map((k) => ({ value: k, label: label('concessionKind', k) }))} />
            </Form.Item>
            <Form.Item name="description" label={t('plan.concessions.give')} rules={[{ required: true, whitespace: true, message: t('plan.required') }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="amount" label={t('plan.concessions.amount')} rules={[{ required: true, message: t('plan.required') }]}>
              <InputNumber min={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="commitmentId" label={t('plan.concessions.get')} extra={t('plan.concessions.getHint')}>
              <Select
                allowClear
                style={{ width: 240 }}
                options={tradable.map((c) => ({ value: c.id, label: `${label('commitmentKind', c.kind)} · ${c.description}` }))}
              />
            </Form.Item>
            {isManager && (
              <Form.Item name="exceptionReason" label={t('plan.concessions.exceptionReason')}>
                <Input style={{ width: 220 }} />
              </Form.Item>
            )}
          </InlineForm>
        )}
      </Card>
    </Space>
  );
}
