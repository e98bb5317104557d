import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeTag, type TagPalette } from '../../components/CodeTag';
import { FormDrawer } from '../../components/FormDrawer';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { type Account, fetchOpportunity, type Opportunity, type OpportunityInput, type Stage, useOpportunities, useSaveOpportunity, useUsers } from './api';
import { STAGES } from './options';

const FIELDS = ['name', 'amount', 'stage', 'expectedCloseDate', 'ownerId', 'externalId', 'accountId'] as const;
type OpportunityFormValues = Omit<OpportunityInput, 'expectedCloseDate' | 'accountId'> & { expectedCloseDate?: Dayjs | null };

const STAGE_COLORS: Record<Stage, TagPalette> = {
  LEAD: 'grey',
  QUALIFIED: 'cyan',
  PROPOSAL: 'blue',
  NEGOTIATION: 'purple',
  WON: 'green',
  COLLECTED: 'gold',
  LOST: 'red',
};

const dealValues = (d: Opportunity): Partial<OpportunityFormValues> => ({
  name: d.name,
  amount: d.amount,
  stage: d.stage,
  ownerId: d.ownerId,
  externalId: d.externalId,
  expectedCloseDate: d.expectedCloseDate ? dayjs(d.expectedCloseDate) : undefined,
});

export function OpportunitiesTab({ account, canEdit }: { account: Account; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const opportunities = useOpportunities(account.id);
  const save = useSaveOpportunity(account.id);
  const [editing, setEditing] = useState<Opportunity | 'new' | undefined>();
  const users = useUsers(editing !== undefined);
  const [form] = Form.useForm<OpportunityFormValues>();
  const current = editing === 'new' ? undefined : editing;

  const close = () => {
    save.reset();
    setEditing(undefined);
  };

  const columns: TableColumnsType<Opportunity> = [
    { key: 'name', title: t('opportunities.name'), render: (_: unknown, o: Opportunity) => <Link to={`/opportunities/${o.id}`}>{o.name}</Link> },
    {
      key: 'stage',
      title: t('opportunities.stage'),
      render: (_: unknown, o: Opportunity) => <CodeTag palette={STAGE_COLORS[o.stage]} code={o.stage}>
          {label('stage', o.stage)}
        </CodeTag>,
    },
    { key: 'amount', title: t('opportunities.amount'), align: 'right', render: (_: unknown, o: Opportunity) => fmt.money(o.amount) },
    { key: 'close', title: t('opportunities.expectedCloseDate'), render: (_: unknown, o: Opportunity) => fmt.date(o.expectedCloseDate) },
    { key: 'owner', title: t('opportunities.owner'), render: (_: unknown, o: Opportunity) => o.ownerName ?? t('common.noValue') },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, o: Opportunity) => (
              <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(o)} aria-label={t('opportunities.editNamed', { name: o.name })} />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {canEdit && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('opportunities.add')}
          </Button>
        </Flex>
      )}
      <QueryBoundary query={opportunities}>
        {(data) => (
          <Table<Opportunity>
            aria-label={t('opportunities.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.items}
            loading={opportunities.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('opportunities.empty') }}
          />
        )}
      </QueryBoundary>
      <FormDrawer<OpportunityFormValues>
        open={editing !== undefined}
        title={current ? t('opportunities.editTitle', { name: current.name }) : t('opportunities.add')}
        form={form}
        fields={FIELDS}
        initialValues={current ? dealValues(current) : { stage: 'LEAD' }}
        reload={
          current
            ? async () => {
                const latest = await fetchOpportunity(current.id);
                setEditing(latest);
                return dealValues(latest);
              }
            : undefined
        }
        saving={save.isPending}
        error={save.error}
        onClose={close}
        onSubmit={(values) => {
          const body: OpportunityInput = compact({
            ...values,
            accountId: account.id,
            expectedCloseDate: values.expectedCloseDate ? values.expectedCloseDate.format('YYYY-MM-DD') : undefined,
          });
          save.mutate(
            { id: current?.id, version: current?.version, body },
            {
              onSuccess: () => {
                void message.success(t('opportunities.saved'));
                close();
              },
            },
          );
        }}
      >
        <Form.Item name="name" label={t('opportunities.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="amount" label={t('opportunities.amount')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber min={0} step={10000} style={{ width: '100%' }} prefix="¥" />
        </Form.Item>
        <Form.Item name="stage" label={t('opportunities.stage')}>
          <Select options={STAGES.map((s) => ({ value: s, label: label('stage', s) }))} />
        </Form.Item>
        <Form.Item name="expectedCloseDate" label={t('opportunities.expectedCloseDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('opportunities.owner')} extra={current ? undefined : t('accountForm.ownerDefault')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            options={(users.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
