import { Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeTag } from '../../components/CodeTag';
import { QueryBoundary } from '../../components/QueryBoundary';
import '../../i18n/kam';
import { useEnumLabel } from '../../i18n/enums';
import { type PortfolioQuery, type PortfolioRow, useDecisionMapPortfolio } from './api';
import { scoreColor } from './DecisionMapTab';

type Category = NonNullable<PortfolioQuery['category']>;
const CATEGORIES: readonly Category[] = ['KEY', 'TARGET', 'NORMAL', 'LOST'];

/** Portfolio of decision maps: the weakest accounts first, with their gaps by severity. */
export default function DecisionMapsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [category, setCategory] = useState<Category>('KEY');
  const [page, setPage] = useState(0);
  const query: PortfolioQuery = { category, sort: 'score', page, size: 20 };
  const rows = useDecisionMapPortfolio(query);

  const columns: TableColumnsType<PortfolioRow> = [
    {
      key: 'account',
      title: t('decisionMap.portfolio.account'),
      render: (_: unknown, r: PortfolioRow) => <Link to={`/accounts/${r.accountId}?tab=decisionMap`}>{r.accountName}</Link>,
    },
    { key: 'category', title: t('accounts.columns.category'), render: (_: unknown, r: PortfolioRow) => label('category', r.category) },
    {
      key: 'score',
      title: t('decisionMap.score'),
      render: (_: unknown, r: PortfolioRow) => (
        <Typography.Text strong style={{ color: scoreColor(r.score) }}>
          {r.score}
        </Typography.Text>
      ),
    },
    {
      key: 'gaps',
      title: t('decisionMap.portfolio.gaps'),
      render: (_: unknown, r: PortfolioRow) => (
        <Space size={4} wrap>
          <CodeTag palette="red" code="HIGH">{`${label('severity', 'HIGH')} ${r.highGaps}`}</CodeTag>
          <CodeTag palette="gold" code="MEDIUM">{`${label('severity', 'MEDIUM')} ${r.mediumGaps}`}</CodeTag>
          <CodeTag palette="grey" code="LOW">{`${label('severity', 'LOW')} ${r.lowGaps}`}</CodeTag>
        </Space>
      ),
    },
    {
      key: 'top',
      title: t('decisionMap.portfolio.topGap'),
      render: (_: unknown, r: PortfolioRow) => (r.topGap ? label('gapRule', r.topGap) : t('common.noValue')),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('nav.decisionMaps')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('decisionMap.portfolio.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Select<Category>
          aria-label={t('accounts.columns.category')}
          value={category}
          style={{ width: 160 }}
          onChange={(v) => {
            setCategory(v);
            setPage(0);
          }}
          options={CATEGORIES.map((c) => ({ value: c, label: label('category', c) }))}
        />
      </Space>
      <QueryBoundary query={rows}>
        {(data) => (
          <Table<PortfolioRow>
            aria-label={t('nav.decisionMaps')}
            rowKey="accountId"
            size="middle"
            columns={columns}
            dataSource={data.items}
            loading={rows.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page + 1,
              pageSize: 20,
              total: data.total,
              showSizeChanger: false,
              onChange: (p) => setPage(p - 1),
            }}
            locale={{ emptyText: t('decisionMap.portfolio.empty') }}
          />
        )}
      </QueryBoundary>
    </section>
  );
}
