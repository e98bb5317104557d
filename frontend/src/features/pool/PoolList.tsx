import { Button, Card, Flex, List, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryLabel } from '../../components/CategoryLabel';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { useIsPhone } from '../../lib/useIsPhone';
import type { PoolAccount } from './api';

interface PoolListProps {
  items: PoolAccount[];
  loading: boolean;
  canAssign: boolean;
  onClaim: (a: PoolAccount) => void;
  onAssign: (a: PoolAccount) => void;
  /** Paging, in the list's terms (0-based page). */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** The pool's accounts: a table on a desktop, cards on a phone, each with claim / assign. */
export function PoolList({ items, loading, canAssign, onClaim, onAssign, page, pageSize, total, onPage }: PoolListProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const phone = useIsPhone();

  const actions = (a: PoolAccount) => (
    <Space wrap>
      <Popconfirm
        title={t('pool.claimConfirm', { name: a.name })}
        okText={t('pool.claim')}
        cancelText={t('common.cancel')}
        onConfirm={() => onClaim(a)}
      >
        <Button type="primary" size="small" data-testid={`pool-claim-${a.id}`}>
          {t('pool.claim')}
        </Button>
      </Popconfirm>
      {canAssign && (
        <Button size="small" onClick={() => onAssign(a)} data-testid={`pool-assign-${a.id}`}>
          {t('pool.assign')}
        </Button>
      )}
    </Space>
  );
  const since = (a: PoolAccount) => (a.pooledAt ? fmt.date(a.pooledAt) : t('common.noValue'));
  const pagination = {
    current: page + 1,
    pageSize,
    total,
    showSizeChanger: false,
    onChange: (p: number) => onPage(p - 1),
  };

  if (phone) {
    return (
      <List
        loading={loading}
        dataSource={items}
        pagination={{ ...pagination, simple: true }}
        locale={{ emptyText: t('pool.empty') }}
        renderItem={(a) => (
          <List.Item key={a.id} style={{ padding: '6px 0' }}>
            <Card size="small" style={{ width: '100%' }} data-testid="pool-card">
              <Flex justify="space-between" align="start" gap={8}>
                <Typography.Text strong>{a.name}</Typography.Text>
                <CategoryLabel category={a.category} />
              </Flex>
              <div>
                {label('poolReason', a.reason)} · {since(a)}
              </div>
              <Typography.Text type="secondary">
                {t('pool.previousOwner')}: {a.previousOwnerName ?? t('common.noValue')} · {t('pool.lastActivity')}:{' '}
                {a.lastActivityOn ? fmt.date(a.lastActivityOn) : t('common.noValue')}
              </Typography.Text>
              <div style={{ marginTop: 8 }}>{actions(a)}</div>
            </Card>
          </List.Item>
        )}
      />
    );
  }

  const columns: TableColumnsType<PoolAccount> = [
    { key: 'name', title: t('pool.columns.name'), dataIndex: 'name' },
    { key: 'category', title: t('pool.columns.category'), render: (_, a) => <CategoryLabel category={a.category} /> },
    { key: 'reason', title: t('pool.columns.reason'), render: (_, a) => label('poolReason', a.reason) },
    { key: 'pooledAt', title: t('pool.columns.pooledAt'), render: (_, a) => since(a) },
    {
      key: 'previousOwner',
      title: t('pool.previousOwner'),
      render: (_, a) => a.previousOwnerName ?? t('common.noValue'),
    },
    {
      key: 'lastActivity',
      title: t('pool.lastActivity'),
      render: (_, a) => (a.lastActivityOn ? fmt.date(a.lastActivityOn) : t('common.noValue')),
    },
    { key: 'team', title: t('pool.columns.team'), render: (_, a) => a.teamName ?? t('pool.companyPool') },
    { key: 'actions', title: t('pool.columns.actions'), render: (_, a) => actions(a) },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={pagination}
      locale={{ emptyText: t('pool.empty') }}
      data-testid="pool-table"
    />
  );
}
