import { Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CodeTag } from '../../components/CodeTag';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountPlan, type PlanAction, useAddAction, useUpdateAction } from './api';
import { InlineForm } from './InlineForm';

const ACTION_STATUSES: readonly PlanAction['status'][] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** The plan's actions: due dates (overdue flagged), a status an editor changes in place, and a form to add one. */
export function ActionsCard({ plan: p, canEdit }: { plan: AccountPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const addAction = useAddAction(p.accountId);
  const updateAction = useUpdateAction(p.accountId);
  const [actForm] = Form.useForm<{ what: string; dueOn?: Dayjs | null }>();
  return (
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
  );
}
