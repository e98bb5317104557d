import { fieldErrorText } from '../../lib/problemText';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { LongRunProgress } from '../../components/LongRunProgress';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type Policy, type RunSummary, useCreatePolicy, useRunClassification } from './api';
import { FACTORS, type FactorName, type PolicyForm, type PolicyIssue, toPolicyInput, validatePolicy, weightSumPercent } from './policy';

/** The form field a problem's field path belongs to (`weights.revenue12` → ['weights', 'revenue12']). */
type FieldName = ['weights', FactorName] | [Exclude<keyof PolicyForm, 'weights'>];

export function formName(field: string): FieldName | undefined {
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

/** A new policy version: weights that sum to 100 %, thresholds; saved as a draft and dry-run at once. */
export function PolicyFormCard({
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
  const { t, i18n } = useTranslation();
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
          return name ? [{ name, errors: [fieldErrorText(t, e.problem, fe, i18n.language)] }] : [];
        });
        form.setFields(fields);
        const weightsError = e.problem.errors.find((fe) => fe.field === 'weights' || fe.field.endsWith('.weights'));
        if (weightsError) setSumIssue(fieldErrorText(t, e.problem, weightsError, i18n.language));
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
