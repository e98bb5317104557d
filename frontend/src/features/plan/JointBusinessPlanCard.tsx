import { Card, Col, DatePicker, Form, Input, InputNumber, Progress, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../components/ItemList';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountPlan, type CommitmentInput, useAddCommitment } from './api';
import { CommitmentList } from './CommitmentList';
import { InlineForm } from './InlineForm';
import { progressPercent } from './ledger';
import { metricValue } from './planValues';

const COMMITMENT_KINDS: readonly CommitmentInput['kind'][] = ['VOLUME', 'TARGET', 'REFERENCE', 'EXCLUSIVITY', 'FOLLOW_UP', 'OTHER'];

/** The joint business plan (联合业务计划): shared targets, the customer's and our commitments, execution. */
export function JointBusinessPlanCard({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const none = t('common.noValue');
  const value = (metric: string, v: number | undefined) => metricValue(metric, v, fmt.money, none);
  const addCommitment = useAddCommitment(p.accountId);
  const [comForm] = Form.useForm<Omit<CommitmentInput, 'dueOn'> & { dueOn?: Dayjs | null }>();
  return (
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
  );
}
