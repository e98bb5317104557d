import { Card, Checkbox, Form, Input, InputNumber, Progress, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountPlan, type ObjectiveInput, type PlanObjective, useAddObjective } from './api';
import { InlineForm } from './InlineForm';
import { progressPercent } from './ledger';
import { METRICS, metricValue } from './planValues';

/** Objectives against actuals, with attainment; an editor adds one. */
export function ObjectivesCard({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const none = t('common.noValue');
  const value = (metric: string, v: number | undefined) => metricValue(metric, v, fmt.money, none);
  const addObjective = useAddObjective(p.accountId);
  const [objForm] = Form.useForm<ObjectiveInput>();
  return (
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
  );
}
