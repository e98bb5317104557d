import { problemMessage } from '../../lib/problemText';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { fieldErrorsOf } from '../../lib/forms';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type ApiToken, expiryInstant, type TokenScope, useCreateToken, useMyTokens, useRevokeToken } from './tokensApi';

const SCOPES: readonly TokenScope[] = ['READ_ONLY', 'READ_WRITE'];
type Values = { name: string; scope: TokenScope; expiresOn?: Dayjs | null };

/** The caller's own API tokens: create (secret shown once), list, revoke. */
export function TokensPanel() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const tokens = useMyTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [form] = Form.useForm<Values>();
  const [secret, setSecret] = useState<string | undefined>();
  // READONLY users may list their tokens but not create or revoke any (the API answers 403).
  const mayWrite = !hasRole(useCurrentUser(), 'READONLY');
  const { fields, unmatched } = fieldErrorsOf(create.error, ['name', 'scope', 'expiresAt']);
  useEffect(() => {
    if (fields.length > 0)
      form.setFields(fields.map((f) => ({ name: (f.name === 'expiresAt' ? 'expiresOn' : f.name) as keyof Values, errors: f.errors })));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [create.error]);

  const columns: TableColumnsType<ApiToken> = [
    { key: 'name', dataIndex: 'name', title: t('tokens.name') },
    { key: 'prefix', title: t('tokens.prefix'), render: (_: unknown, k: ApiToken) => <Typography.Text code>{`${k.prefix}…`}</Typography.Text> },
    { key: 'scope', title: t('tokens.scope'), render: (_: unknown, k: ApiToken) => label('tokenScope', k.scope) },
    { key: 'expires', title: t('tokens.expiresAt'), render: (_: unknown, k: ApiToken) => fmt.date(k.expiresAt) },
    { key: 'created', title: t('tokens.createdAt'), render: (_: unknown, k: ApiToken) => fmt.date(k.createdAt) },
    ...(mayWrite ? [{
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, k: ApiToken) => (
        <Popconfirm
          title={t('tokens.revokeConfirm', { name: k.name })}
          okText={t('tokens.revoke')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            revoke.mutateAsync(k.id).then(
              () => void message.success(t('tokens.revoked')),
              (e: unknown) => void message.error(problemMessage(t, e)),
            )
          }
        >
          <Button type="link" danger aria-label={t('tokens.revokeNamed', { name: k.name })}>
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    }] : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
      {!mayWrite && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('repDay.tokens.readOnlyUser')} data-testid="tokens-readonly" />}
      {mayWrite && (
      <Form<Values>
        form={form}
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        initialValues={{ scope: 'READ_ONLY' }}
        onFinish={(v) =>
          create.mutate(
            { name: v.name.trim(), scope: v.scope, expiresAt: expiryInstant(v.expiresOn?.format('YYYY-MM-DD')) },
            {
              onSuccess: (created) => {
                setSecret(created.secret);
                form.resetFields();
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }, { max: 120 }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="scope" label={t('tokens.scope')}>
          <Select style={{ width: 160 }} options={SCOPES.map((s) => ({ value: s, label: label('tokenScope', s) }))} />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('tokens.expiresAt')} extra={t('tokens.expiryHint')}>
          <DatePicker
            disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(2, 'year'), 'day')}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Form.Item>
      </Form>
      )}
      {unmatched && create.error !== null && <ProblemAlert error={create.error} />}
      <QueryBoundary query={tokens}>
        {(data) => (
          <Table<ApiToken>
            aria-label={t('tokens.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data}
            loading={tokens.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('tokens.empty') }}
          />
        )}
      </QueryBoundary>
      <Modal
        open={secret !== undefined}
        title={t('tokens.secretTitle')}
        onCancel={() => setSecret(undefined)}
        onOk={() => setSecret(undefined)}
        okText={t('tokens.secretDone')}
        cancelButtonProps={{ style: { display: 'none' } }}
        maskClosable={false}
      >
        <Alert type="warning" showIcon message={t('tokens.secretOnce')} style={{ marginBottom: 12 }} />
        <Space.Compact style={{ width: '100%' }}>
          <Input readOnly value={secret} aria-label={t('tokens.secret')} data-testid="token-secret" />
          <Button
            icon={<CopyOutlined />}
            aria-label={t('tokens.copy')}
            onClick={() => void navigator.clipboard?.writeText(secret ?? '').then(() => message.success(t('tokens.copied')))}
          />
        </Space.Compact>
      </Modal>
    </>
  );
}
