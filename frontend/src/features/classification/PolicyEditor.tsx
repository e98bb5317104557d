import { CodeTag } from '../../components/CodeTag';
import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { LongRunProgress } from '../../components/LongRunProgress';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { type Policy, type RunSummary, useActivateAndRun, useCreatePolicy, usePolicies, useRunClassification } from './api';
import { DryRunPreview } from './DryRunPreview';
import { FACTORS, type FactorName, type PolicyForm, type PolicyIssue, toPolicyForm, toPolicyInput, validatePolicy, weightSumPercent } from './policy';

const pct = (v: number) => `${Math.round(v * 10000) / 100}%`;

/** The form field a problem's field path belongs to (`weights.revenue12` → ['weights', 'revenue12']). */
type FieldName = ['weights', FactorName] | [Exclude<keyof PolicyForm, 'weights'>];

function formName(field: string): FieldName | undefined {
  const parts = field.split('.').filter((p) => p !== 'input' && p !== 'body');
  const last = parts.at(-1);
  if (!last) return undefined;
  const factor = FACTORS.find((f) => f === last);
  if (factor) return ['weights', factor];
  const plain = (['keyThreshold', 'keyCapShare', 'windowMonths', 'description'] as const).find((f) => f === last);
  if (plain) return [plain];
  return undefined;
}

function issueText(t: (k: string, o?: Record<string, unknown>) => string, issue: PolicyIssue): string {
  if (issue.code === 'SUM') return t('policy.issue.SUM', { sum: issue.sum });
  return t(`policy.issue.${issue.code}.${issue.field.startsWith('weights.') ? 'weight' : issue.field}`);
}

function PolicyFormCard({
  initial,
  basedOn,
  onCancel,
  onPreview,
}: {
  initial: PolicyForm;
  basedOn: number | undefined;
  onCancel: () => void;
  onPreview: (policy: Policy, summary: RunSummary) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PolicyForm>();
  const weights = Form.useWatch('weights', form) ?? initial.weights;
  const create = useCreatePolicy();
  const run = useRunClassification();
  const [error, setError] = useState<unknown>(null);
  const [sumIssue, setSumIssue] = useState<string | undefined>();
  const sum = weightSumPercent(weights);

  const submit = async (values: PolicyForm) => {
    setError(null);
    const issues = validatePolicy(values);
    const sumProblem = issues.find((i) => i.code === 'SUM');
    setSumIssue(sumProblem ? issueText(t, sumProblem) : undefined);
    if (issues.length > 0) {
      form.setFields(
        issues
          .filter((i) => i.code !== 'SUM')
          .flatMap((i) => {
            const name = formName(i.field);
            return name ? [{ name, errors: [issueText(t, i)] }] : [];
          }),
      );
      return;
    }
    try {
      const policy = await create.mutateAsync(toPolicyInput(values));
      const summary = await run.mutateAsync({ policyVersion: policy.version, dryRun: true });
      onPreview(policy, summary);
    } catch (e) {
      if (e instanceof ProblemError && e.problem.errors) {
        const fields = e.problem.errors.flatMap((fe) => {
          const name = formName(fe.field);
          return name ? [{ name, errors: [fe.message] }] : [];
        });
        form.setFields(fields);
        const weightsError = e.problem.errors.find((fe) => fe.field === 'weights' || fe.field.endsWith('.weights'));
        if (weightsError) setSumIssue(weightsError.message);
        if (fields.length + (weightsError ? 1 : 0) < e.problem.errors.length) setError(e);
      } else {
        setError(e);
      }
    }
  };

  const busy = create.isPending || run.isPending;
  return (
    <Card
      type="inner"
      title={basedOn === undefined ? t('policy.newVersion') : t('policy.newFrom', { version: basedOn })}
      data-testid="policy-form"
    >
      <Form<PolicyForm>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => setSumIssue(undefined)}
        requiredMark={false}
      >
        <Typography.Text strong>{t('policy.weights')}</Typography.Text>
        <Row gutter={12}>
          {FACTORS.map((f) => (
            <Col key={f} xs={12} md={8} lg={4}>
              <Form.Item name={['weights', f]} label={t(`classificationTab.factor.${f}`)} rules={[{ required: true, message: t('policy.required') }]}>
                <InputNumber min={0} max={100} step={5} precision={2} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={12} md={8} lg={4}>
            <div style={{ paddingTop: 30 }} aria-live="polite" data-testid="weight-sum">
              <Typography.Text type={sum === 100 ? 'success' : 'danger'}>{t('policy.sum', { sum })}</Typography.Text>
            </div>
          </Col>
        </Row>
        {sumIssue && <Alert type="error" showIcon title={sumIssue} style={{ marginBottom: 12 }} role="alert" />}
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="keyThreshold" label={t('policy.keyThreshold')} extra={t('policy.keyThresholdHelp')} rules={[{ required: true, message: t('policy.required') }]}>
              <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="keyCapShare" label={t('policy.keyCapShare')} extra={t('policy.keyCapShareHelp')} rules={[{ required: true, message: t('policy.required') }]}>
              <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="windowMonths" label={t('policy.windowMonths')} rules={[{ required: true, message: t('policy.required') }]}>
              <InputNumber min={1} max={36} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="description" label={t('policy.description')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        {error !== null && <ProblemAlert error={error} />}
        {run.isPending && (
          <div style={{ marginBottom: 12 }}>
            <LongRunProgress label={t('policy.dryRunning', { version: run.variables.policyVersion })} testId="run-progress" />
          </div>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('policy.createAndPreview')}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** ADMIN: policy versions; a new version is previewed with a dry run before it is activated and run. */
export function PolicyEditor() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const policies = usePolicies();
  const run = useRunClassification();
  const activate = useActivateAndRun();
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<{ policy: Policy; summary: RunSummary } | null>(null);
  const [done, setDone] = useState<RunSummary | null>(null);
  // The last run's duration estimates the next one (same accounts, same work).
  const [lastMs, setLastMs] = useState<number | undefined>();
  const busy = run.isPending || activate.isPending;

  if (policies.isPending) return <Skeleton active aria-label={t('common.loading')} />;
  if (policies.isError) return <ProblemAlert error={policies.error} onRetry={() => void policies.refetch()} />;
  const active = policies.data.find((p) => p.status === 'ACTIVE');

  const previewVersion = (policy: Policy) => {
    setDone(null);
    run.mutate(
      { policyVersion: policy.version, dryRun: true },
      {
        onSuccess: (summary) => {
          setLastMs(summary.durationMs);
          setPreview({ policy, summary });
        },
      },
    );
  };

  const runActiveNow = (version: number) => {
    setDone(null);
    setPreview(null);
    run.mutate(
      { policyVersion: version, dryRun: false },
      {
        onSuccess: (summary) => {
          setLastMs(summary.durationMs);
          setDone(summary);
        },
      },
    );
  };

  const runningLabel = run.isPending
    ? run.variables.dryRun
      ? t('policy.dryRunning', { version: run.variables.policyVersion })
      : t('policy.runningNow', { version: run.variables.policyVersion })
    : activate.isPending
      ? t('policy.activating', { version: activate.variables })
      : undefined;

  return (
    <Card
      title={t('policy.title')}
      extra={
        <Space>
          {active && (
            <Popconfirm
              title={t('policy.runNowConfirm', { version: active.version })}
              okText={t('policy.runNow')}
              cancelText={t('common.cancel')}
              onConfirm={() => runActiveNow(active.version)}
              disabled={busy}
            >
              <Button icon={<PlayCircleOutlined />} disabled={busy} data-testid="run-now">
                {t('policy.runNow')}
              </Button>
            </Popconfirm>
          )}
          {!editing && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing(true)} disabled={busy}>
              {t('policy.newVersion')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Table
          size="small"
          rowKey="version"
          pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true }}
          dataSource={policies.data}
          columns={[
            { key: 'v', title: t('policy.version'), render: (_: unknown, p) => `v${p.version}` },
            {
              key: 'status',
              title: t('policy.status'),
              render: (_: unknown, p) => (
                <CodeTag palette={p.status === 'ACTIVE' ? 'green' : p.status === 'DRAFT' ? 'blue' : 'grey'} code={p.status}>{label('policyStatus', p.status)}</CodeTag>
              ),
            },
            {
              key: 'weights',
              title: t('policy.weights'),
              render: (_: unknown, p) =>
                FACTORS.map((f) => `${t(`classificationTab.factor.${f}`)} ${pct(p.weights[f])}`).join(' · '),
            },
            { key: 'th', title: t('policy.keyThreshold'), render: (_: unknown, p) => pct(p.keyThreshold) },
            { key: 'cap', title: t('policy.keyCapShare'), render: (_: unknown, p) => pct(p.keyCapShare) },
            { key: 'w', title: t('policy.windowMonths'), dataIndex: 'windowMonths' },
            { key: 'created', title: t('policy.created'), render: (_: unknown, p) => `${fmt.date(p.createdAt)} ${p.createdBy ?? ''}` },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_: unknown, p) => (
                <Space>
                  <Button
                    size="small"
                    onClick={() => previewVersion(p)}
                    disabled={busy && !(run.isPending && run.variables.policyVersion === p.version)}
                    loading={run.isPending && run.variables.dryRun && run.variables.policyVersion === p.version}
                  >
                    {t('policy.preview')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        {editing && (
          <PolicyFormCard
            initial={active ? toPolicyForm(active) : { weights: { revenue12: 35, grossProfit12: 30, growth: 10, potential: 15, strategicValue: 10 }, keyThreshold: 70, keyCapShare: 20, windowMonths: 12 }}
            basedOn={active?.version}
            onCancel={() => setEditing(false)}
            onPreview={(policy, summary) => {
              setLastMs(summary.durationMs);
              setEditing(false);
              setDone(null);
              setPreview({ policy, summary });
            }}
          />
        )}
        {runningLabel !== undefined && (
          <LongRunProgress label={runningLabel} expectedMs={lastMs} testId="run-progress" />
        )}
        {run.isError && <ProblemAlert error={run.error} />}
        {preview && (
          <Card
            type="inner"
            title={t('policy.previewTitle', { version: preview.policy.version })}
            extra={
              preview.policy.status !== 'ACTIVE' && (
                <Popconfirm
                  title={t('policy.activateConfirm', { version: preview.policy.version })}
                  okText={t('policy.activate')}
                  cancelText={t('common.cancel')}
                  disabled={busy}
                  onConfirm={() =>
                    activate.mutate(preview.policy.version, {
                      onSuccess: (summary) => {
                        setLastMs(summary.durationMs);
                        setPreview(null);
                        setDone(summary);
                      },
                    })
                  }
                >
                  <Button type="primary" danger loading={activate.isPending} disabled={run.isPending}>
                    {t('policy.activate')}
                  </Button>
                </Popconfirm>
              )
            }
          >
            {activate.isError && <ProblemAlert error={activate.error} />}
            <DryRunPreview summary={preview.summary} />
          </Card>
        )}
        {done && (
          <Card type="inner" title={t('policy.doneTitle', { version: done.policyVersion })}>
            <Alert type="success" showIcon title={t('policy.done', { changed: done.changedCount })} style={{ marginBottom: 12 }} />
            <DryRunPreview summary={done} />
          </Card>
        )}
      </Space>
    </Card>
  );
}
