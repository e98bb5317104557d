import { DatePicker, Descriptions, Empty, Form, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/QueryBoundary';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { ActionsCard } from './ActionsCard';
import { type AccountPlan, useCreatePlan, usePlan } from './api';
import { ConcessionsCard } from './ConcessionsCard';
import { InlineForm } from './InlineForm';
import { JointBusinessPlanCard } from './JointBusinessPlanCard';
import { ObjectivesCard } from './ObjectivesCard';
import { SwotCard } from './SwotCard';

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
  const plan = usePlan(accountId);
  return (
    <QueryBoundary query={plan}>
      {(p) => (p === null ? <NoPlan accountId={accountId} canEdit={canEdit} /> : <PlanView plan={p} canEdit={canEdit} />)}
    </QueryBoundary>
  );
}

/** The plan's header (period, status, stage goal, strategy) above its sections. */
function PlanView({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const none = t('common.noValue');
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
      <SwotCard swot={p.swot} />
      <ObjectivesCard plan={p} canEdit={canEdit} />
      <ActionsCard plan={p} canEdit={canEdit} />
      <JointBusinessPlanCard plan={p} canEdit={canEdit} />
      <ConcessionsCard plan={p} canEdit={canEdit} />
    </Space>
  );
}
