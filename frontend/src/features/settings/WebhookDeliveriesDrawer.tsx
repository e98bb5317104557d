import { ReloadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Drawer, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { DELIVERIES_PAGE_SIZE, useReplayDelivery, useWebhookDeliveries, type WebhookDelivery, type WebhookEndpoint } from './webhooksApi';

// a badge's dot carries the colour; its text stays at full contrast (a coloured tag's text does not)
const STATUS_BADGE = { PENDING: 'processing', DELIVERED: 'success', FAILED: 'error' } as const satisfies Record<WebhookDelivery['status'], string>;

/** One endpoint's delivery log, newest first: status, attempts, last answer, next retry; replay one. */
export function WebhookDeliveriesDrawer({
  endpoint,
  onClose,
  eventLabel,
}: {
  endpoint: WebhookEndpoint | undefined;
  onClose: () => void;
  eventLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const [page, setPage] = useState(0);
  const deliveries = useWebhookDeliveries(endpoint?.id, page);
  const replay = useReplayDelivery(endpoint?.id ?? 0);

  const columns: TableColumnsType<WebhookDelivery> = [
    { key: 'id', dataIndex: 'id', title: t('settings.webhooks.deliveryId') },
    {
      key: 'event',
      title: t('settings.webhooks.event'),
      render: (_: unknown, d: WebhookDelivery) =>
        d.eventType === 'webhook.test' ? t('settings.webhooks.testEvent') : eventLabel(d.eventType),
    },
    { key: 'status', title: t('settings.webhooks.status'), render: (_: unknown, d: WebhookDelivery) => <Badge status={STATUS_BADGE[d.status]} text={label('webhookStatus', d.status)} /> },
    { key: 'attempts', dataIndex: 'attempts', title: t('settings.webhooks.attempts') },
    {
      key: 'last',
      title: t('settings.webhooks.lastResponse'),
      render: (_: unknown, d: WebhookDelivery) =>
        d.lastAttemptAt ? (
          <Flex vertical>
            <span>{d.lastStatusCode ?? t('settings.webhooks.noAnswer')}</span>
            <Typography.Text type="secondary">{fmt.dateTime(d.lastAttemptAt)}</Typography.Text>
          </Flex>
        ) : (
          t('common.noValue')
        ),
    },
    { key: 'next', title: t('settings.webhooks.nextAttempt'), render: (_: unknown, d: WebhookDelivery) => fmt.dateTime(d.nextAttemptAt) },
    { key: 'created', title: t('settings.webhooks.createdAt'), render: (_: unknown, d: WebhookDelivery) => fmt.dateTime(d.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, d: WebhookDelivery) => (
        <Button
          type="link"
          loading={replay.isPending && replay.variables === d.id}
          aria-label={t('settings.webhooks.replayNamed', { id: d.id })}
          onClick={() =>
            replay.mutate(d.id, {
              onSuccess: () => void message.success(t('settings.webhooks.replayed')),
              onError: (err) => void message.error(err instanceof Error ? err.message : String(err)),
            })
          }
        >
          {t('settings.webhooks.replay')}
        </Button>
      ),
    },
  ];

  return (
    <Drawer
      open={endpoint !== undefined}
      title={t('settings.webhooks.deliveriesTitle')}
      size={960}
      onClose={() => {
        setPage(0);
        onClose();
      }}
      destroyOnHidden
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void deliveries.refetch()} aria-label={t('settings.webhooks.refresh')}>
          {t('settings.webhooks.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-all' }}>
        {endpoint?.url}
      </Typography.Paragraph>
      {deliveries.isError && !deliveries.data ? (
        <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : (
        <Table<WebhookDelivery>
          aria-label={t('settings.webhooks.deliveriesTitle')}
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={deliveries.data?.items ?? []}
          loading={deliveries.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: deliveries.isPending ? t('common.loading') : t('settings.webhooks.noDeliveries') }}
          pagination={{
            current: page + 1,
            pageSize: DELIVERIES_PAGE_SIZE,
            total: deliveries.data?.total ?? 0,
            onChange: (p) => setPage(p - 1),
            showSizeChanger: false,
          }}
        />
      )}
    </Drawer>
  );
}
