import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Form, Input, Select, Switch, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../components/FormDrawer';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { compact } from '../../lib/forms';
import { ROLES, type User, type UserInput, useSaveUser, useTeams, useUserPage } from './api';

const FIELDS = ['email', 'name', 'role', 'teamId', 'active', 'password', 'externalId'] as const;

export function UsersPanel() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [page, setPage] = useState(0);
  const [q, setQ] = useState<string | undefined>();
  const users = useUserPage(page, q);
  const teams = useTeams();
  const save = useSaveUser();
  const [editing, setEditing] = useState<User | 'new' | undefined>();
  const [form] = Form.useForm<UserInput>();
  const current = editing === 'new' ? undefined : editing;

  const close = () => {
    save.reset();
    setEditing(undefined);
  };

  const columns: TableColumnsType<User> = [
    { key: 'name', dataIndex: 'name', title: t('settings.users.name') },
    { key: 'email', dataIndex: 'email', title: t('settings.users.email') },
    { key: 'role', title: t('settings.users.role'), render: (_: unknown, u: User) => <Tag>{label('role', u.role)}</Tag> },
    { key: 'team', title: t('settings.users.team'), render: (_: unknown, u: User) => u.teamName ?? t('common.noValue') },
    {
      key: 'active',
      title: t('settings.users.active'),
      render: (_: unknown, u: User) => (
        <Badge status={u.active ? 'success' : 'default'} text={u.active ? t('settings.users.isActive') : t('settings.users.inactive')} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, u: User) => (
        <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label={t('settings.users.editNamed', { name: u.name })} />
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('settings.users.search')}
          placeholder={t('settings.users.search')}
          allowClear
          style={{ width: 280 }}
          onSearch={(v) => {
            setPage(0);
            setQ(v.trim() || undefined);
          }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('settings.users.add')}
        </Button>
      </Flex>
      <QueryBoundary query={users}>
        {(data) => (
          <Table<User>
            aria-label={t('settings.users.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.items}
            loading={users.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('settings.users.empty') }}
            pagination={{ current: page + 1, pageSize: 20, total: data.total, onChange: (p) => setPage(p - 1), showSizeChanger: false }}
          />
        )}
      </QueryBoundary>
      <FormDrawer<UserInput>
        open={editing !== undefined}
        title={current ? t('settings.users.editNamed', { name: current.name }) : t('settings.users.add')}
        form={form}
        fields={FIELDS}
        initialValues={
          current
            ? { email: current.email, name: current.name, role: current.role, teamId: current.teamId, active: current.active, externalId: current.externalId }
            : { role: 'REP', active: true }
        }
        saving={save.isPending}
        error={save.error}
        onClose={close}
        onSubmit={(values) =>
          save.mutate(
            { id: current?.id, version: current?.version, body: compact(values) },
            {
              onSuccess: () => {
                void message.success(t('settings.users.saved'));
                close();
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('settings.users.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t('settings.users.email')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={254} type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('settings.users.role')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: label('role', r) }))} />
        </Form.Item>
        <Form.Item name="teamId" label={t('settings.users.team')}>
          <Select allowClear loading={teams.isPending} options={(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name }))} />
        </Form.Item>
        <Form.Item name="active" label={t('settings.users.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('settings.users.password')}
          extra={current ? t('settings.users.passwordKeep') : t('settings.users.passwordHint')}
          rules={[{ min: 10, message: t('settings.users.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
