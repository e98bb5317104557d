import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import { fieldErrorsOf } from '../../lib/forms';
import { useFormatters } from '../../lib/useFormatters';
import { type Team, type TeamInput, useCreateTeam, useTeams } from './api';

export function TeamsPanel() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const teams = useTeams();
  const create = useCreateTeam();
  const [form] = Form.useForm<TeamInput>();
  const { fields, unmatched } = fieldErrorsOf(create.error, ['name']);
  const nameError = fields.find((f) => f.name === 'name')?.errors.join('; ');

  const columns: TableColumnsType<Team> = [
    { key: 'name', dataIndex: 'name', title: t('settings.teams.name') },
    { key: 'created', title: t('settings.teams.createdAt'), render: (_: unknown, tm: Team) => fmt.date(tm.createdAt) },
  ];

  return (
    <>
      <Form<TeamInput>
        form={form}
        layout="inline"
        style={{ marginBottom: 12 }}
        onFinish={(values) =>
          create.mutate(
            { name: values.name.trim() },
            {
              onSuccess: () => {
                void message.success(t('settings.teams.created'));
                form.resetFields();
              },
            },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('settings.teams.newName')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          validateStatus={nameError ? 'error' : undefined}
          help={nameError}
        >
          <Input maxLength={120} style={{ width: 260 }} onChange={() => create.reset()} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
            {t('settings.teams.add')}
          </Button>
        </Space>
      </Form>
      {unmatched && create.error && (
        <div style={{ marginBottom: 12 }}>
          <ProblemAlert error={create.error} />
        </div>
      )}
      <QueryBoundary query={teams}>
        {(data) => (
          <Table<Team>
            aria-label={t('settings.teams.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data}
            loading={teams.isFetching}
            pagination={false}
            locale={{ emptyText: t('settings.teams.empty') }}
          />
        )}
      </QueryBoundary>
    </>
  );
}
