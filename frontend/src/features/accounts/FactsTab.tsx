import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useFormatters } from '../../lib/useFormatters';
import { type AccountFact, useFacts } from './api';

export function FactsTab({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const facts = useFacts(accountId);
  const columns: TableColumnsType<AccountFact> = [
    { key: 'month', title: t('facts.month'), render: (_: unknown, f: AccountFact) => fmt.month(f.month) },
    { key: 'revenue', title: t('facts.revenue'), align: 'right', render: (_: unknown, f: AccountFact) => fmt.money(f.revenue) },
    { key: 'gp', title: t('facts.grossProfit'), align: 'right', render: (_: unknown, f: AccountFact) => fmt.money(f.grossProfit) },
    { key: 'cts', title: t('facts.costToServe'), align: 'right', render: (_: unknown, f: AccountFact) => fmt.money(f.costToServe) },
    { key: 'orders', title: t('facts.orderCount'), align: 'right', dataIndex: 'orderCount' },
  ];
  return (
    <QueryBoundary query={facts} empty={{ when: (page) => page.items.length === 0, text: t('facts.empty') }}>
      {(page) => (
        <Table<AccountFact>
          aria-label={t('facts.tableLabel')}
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={page.items}
          loading={facts.isFetching}
          pagination={false}
        />
      )}
    </QueryBoundary>
  );
}
