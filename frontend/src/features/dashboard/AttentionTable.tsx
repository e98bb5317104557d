import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeTag } from '../../components/CodeTag';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import type { AttentionItem, AttentionPage } from './attentionApi';

const PALETTE: Record<AttentionItem['kind'], 'volcano' | 'orange' | 'red' | 'gold'> = {
  KEY_WITHOUT_MANAGER: 'red',
  KEY_WITHOUT_PLAN: 'gold',
  WEAK_MAP: 'volcano',
  STALE_MAP: 'orange',
  OVERDUE_COMMITMENTS: 'red',
  NOT_VISITED: 'orange',
  LOST_WITHOUT_REASON: 'gold',
  STUCK_DEAL: 'volcano',
};

function Detail({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  switch (item.kind) {
    case 'WEAK_MAP':
      return <>{t('attention.detail.WEAK_MAP', { score: item.score ?? 0 })}</>;
    case 'STALE_MAP':
      return <>{t('attention.detail.STALE_MAP', { count: item.count ?? 0 })}</>;
    case 'OVERDUE_COMMITMENTS':
      return <>{t('attention.detail.OVERDUE_COMMITMENTS', { count: item.count ?? 0, date: fmt.date(item.date) })}</>;
    case 'NOT_VISITED':
      return item.days === null || item.days === undefined ? (
        <>{t('attention.detail.NEVER_VISITED')}</>
      ) : (
        <>{t('attention.detail.NOT_VISITED', { count: item.days, rule: item.thresholdDays ?? 0 })}</>
      );
    case 'STUCK_DEAL':
      return <>{t('attention.detail.STUCK_DEAL', { count: item.days ?? 0, threshold: item.thresholdDays ?? 0 })}</>;
    default:
      return null;
  }
}

/** One row per item: why, which account or deal (linked), whose, and the figure that triggered it. */
export function AttentionTable({
  page,
  loading,
  onPage,
  showOwner = true,
}: {
  page: AttentionPage | undefined;
  loading: boolean;
  onPage: (page: number, size: number) => void;
  showOwner?: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const columns: TableColumnsType<AttentionItem> = [
    {
      key: 'kind',
      title: t('attention.kind'),
      render: (_: unknown, item) => <CodeTag palette={PALETTE[item.kind]}>{t(`attention.kinds.${item.kind}`)}</CodeTag>,
    },
    {
      key: 'what',
      title: t('attention.what'),
      render: (_: unknown, item) =>
        item.dealId ? (
          <Typography.Text>
            <Link to={item.link} style={{ fontWeight: 500 }}>
              {item.dealName}
            </Link>
            {' · '}
            <Link to={`/accounts/${item.accountId}`}>{item.accountName}</Link>
          </Typography.Text>
        ) : (
          <Link to={item.link} style={{ fontWeight: 500 }}>
            {item.accountName}
          </Link>
        ),
    },
    ...(showOwner
      ? [
          {
            key: 'owner',
            title: t('attention.owner'),
            render: (_: unknown, item: AttentionItem) => item.ownerName ?? t('attention.noOwner'),
          },
        ]
      : []),
    {
      key: 'detail',
      title: t('attention.detailTitle'),
      render: (_: unknown, item) => (
        <Typography.Text type="secondary">
          <Detail item={item} />
          {item.stage && ` · ${label('stage', item.stage)} · ${fmt.money(item.amount ?? 0, { compact: true })}`}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<AttentionItem>
      size="small"
      rowKey={(item) => `${item.kind}-${item.accountId}-${item.dealId ?? ''}`}
      loading={loading}
      dataSource={page?.items ?? []}
      columns={columns}
      locale={{ emptyText: t('attention.empty') }}
      pagination={
        page && page.total > page.size
          ? { current: page.page + 1, pageSize: page.size, total: page.total, size: 'small', onChange: (p, s) => onPage(p - 1, s) }
          : false
      }
    />
  );
}
