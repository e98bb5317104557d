import { CopyOutlined, EditOutlined, PlusOutlined, SendOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Checkbox, Flex, Form, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../components/FormDrawer';
import { ProblemAlert } from '../../components/ProblemAlert';
import '../../i18n/kam';
import { useFormatters } from '../../lib/useFormatters';
import { WebhookDeliveriesDrawer } from './WebhookDeliveriesDrawer';
import { EVENT_TYPES, useSaveWebhook, useSendTestEvent, useWebhooks, type WebhookEndpoint, type WebhookInput } from './webhooksApi';

const FIELDS = ['url', 'eventTypes', 'enabled'] as const;

/** ADMIN: webhook endpoints — register (secret shown once), edit, pause, send a test, read the delivery log. */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const endpoints = useWebhooks();
  const save = useSaveWebhook();
  const test = useSendTestEvent();
  const [editing, setEditing] = useState<WebhookEndpoint | 'new' | undefined>();
  const [log, setLog] = useState<WebhookEndpoint | undefined>();
  const [secret, setSecret] = useState<string | undefined>();
  const [form] = Form.useForm<WebhookInput>();
  const current = editing === 'new' ? undefined : editing;
  const eventLabel = (code: string) => t(`settings.webhooks.events.${code.replace('.', '_')}`, { defaultValue: t('enum.unknown') });

  const close = () => {
    save.reset();
    setEditing(undefined);
  };

  const columns: TableColumnsType<WebhookEndpoint> = [
    {
      key: 'url',
      title: t('settings.webhooks.url'),
      render: (_: unknown, e: WebhookEndpoint) => (
        <Typography.Text style={{ maxWidth: 320, wordBreak: 'break-all' }}>{e.url}</Typography.Text>
      ),
    },
    {
      key: 'events',
      title: t('settings.webhooks.eventTypes'),
      render: (_: unknown, e: WebhookEndpoint) => (
        <Flex wrap gap={4} style={{ maxWidth: 360 }}>
          {e.eventTypes.map((code) => (
            <Tag key={code} style={{ marginInlineEnd: 0 }}>
              {eventLabel(code)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('settings.webhooks.status'),
      render: (_: unknown, e: WebhookEndpoint) =>
        e.enabled ? (
          <Badge status="success" text={t('settings.webhooks.enabled')} />
        ) : e.disabledReason === 'DELIVERY_FAILED' ? (
          <Badge status="error" text={t('settings.webhooks.disabledByFailures')} />
        ) : (
          <Badge status="default" text={t('settings.webhooks.paused')} />
        ),
    },
    { key: 'updated', title: t('settings.webhooks.updatedAt'), render: (_: unknown, e: WebhookEndpoint) => fmt.date(e.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, e: WebhookEndpoint) => (
        <Space size={0}>
          <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(e)} aria-label={t('settings.webhooks.editNamed', { url: e.url })} />
          <Button type="link" icon={<UnorderedListOutlined />} onClick={() => setLog(e)} aria-label={t('settings.webhooks.deliveriesNamed', { url: e.url })}>
            {t('settings.webhooks.deliveries')}
          </Button>
          <Button
            type="link"
            icon={<SendOutlined />}
            loading={test.isPending && test.variables === e.id}
            aria-label={t('settings.webhooks.sendTestNamed', { url: e.url })}
            onClick={() =>
              test.mutate(e.id, {
                onSuccess: () => void message.success(t('settings.webhooks.testQueued')),
                onError: (err) => void message.error(err instanceof Error ? err.message : String(err)),
              })
            }
          >
            {t('settings.webhooks.sendTest')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 720 }}>
          {t('settings.webhooks.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('settings.webhooks.add')}
        </Button>
      </Flex>
      {endpoints.isError && !endpoints.data ? (
        <ProblemAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : (
        <Table<WebhookEndpoint>
          aria-label={t('settings.webhooks.tableLabel')}
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={endpoints.data ?? []}
          loading={endpoints.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: endpoints.isPending ? t('common.loading') : t('settings.webhooks.empty') }}
        />
      )}
      <FormDrawer<WebhookInput>
        open={editing !== undefined}
        title={current ? t('settings.webhooks.edit') : t('settings.webhooks.add')}
        form={form}
        fields={FIELDS}
        initialValues={current ? { url: current.url, eventTypes: current.eventTypes, enabled: current.enabled } : { eventTypes: [], enabled: true }}
        saving={save.isPending}
        error={save.error}
        onClose={close}
        onSubmit={(values) =>
          save.mutate(
            { current, body: { url: values.url.trim(), eventTypes: values.eventTypes, enabled: values.enabled } },
            {
              onSuccess: (saved) => {
                void message.success(t('settings.webhooks.saved'));
                close();
                if (saved.secret) setSecret(saved.secret);
              },
            },
          )
        }
      >
        <Form.Item
          name="url"
          label={t('settings.webhooks.url')}
          extra={t('settings.webhooks.urlHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { type: 'url', message: t('settings.webhooks.urlInvalid') }]}
        >
          <Input maxLength={2000} placeholder="https://erp.example.com/hooks/pareto" inputMode="url" />
        </Form.Item>
        <Form.Item name="eventTypes" label={t('settings.webhooks.eventTypes')} rules={[{ required: true, type: 'array', min: 1, message: t('settings.webhooks.eventTypesRequired') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {EVENT_TYPES.map((code) => (
              <Checkbox key={code} value={code}>
                {eventLabel(code)} <Typography.Text type="secondary" code>{code}</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="enabled" label={t('settings.webhooks.active')} valuePropName="checked" extra={t('settings.webhooks.activeHint')}>
          <Switch />
        </Form.Item>
      </FormDrawer>
      <WebhookDeliveriesDrawer endpoint={log} onClose={() => setLog(undefined)} eventLabel={eventLabel} />
      <Modal
        open={secret !== undefined}
        title={t('settings.webhooks.secretTitle')}
        onCancel={() => setSecret(undefined)}
        onOk={() => setSecret(undefined)}
        okText={t('tokens.secretDone')}
        cancelButtonProps={{ style: { display: 'none' } }}
        maskClosable={false}
      >
        <Alert type="warning" showIcon title={t('settings.webhooks.secretOnce')} style={{ marginBottom: 12 }} />
        <Space.Compact style={{ width: '100%' }}>
          <Input readOnly value={secret} aria-label={t('settings.webhooks.secret')} data-testid="webhook-secret" />
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
