import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { type DealListQuery, type Opportunity, type Stage, useDealList } from './api';

const STAGES = ['LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'COLLECTED', 'LOST'] as const satisfies readonly Stage[];
const PAGE_SIZE = 20;

/** The list's filters from the URL (stage, ownerId, page 1-based), so a chart's click-through can be shared. */
export function dealQueryFromSearch(search: URLSearchParams): DealListQuery {
  const stage = search.get('stage');
  const owner = Number(search.get('ownerId'));
  const page = Number(search.get('page'));
  return {
    size: PAGE_SIZE,
    sort: '-updatedAt',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    ...(STAGES.find((s) => s === stage) ? { stage: stage as Stage } : {}),
    ...(Number.isInteger(owner) && owner > 0 ? { ownerId: owner } : {}),
  };
}

/** The deals behind a figure: a funnel stage clicked on the dashboard or the funnel report, an owner's open deals. */
export function DealList() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const [search, setSearch] = useSearchParams();
  const query = dealQueryFromSearch(search);
  const q = useDealList(query);
  const clear = (key: string) => {
    const next = new URLSearchParams(search);
    next.delete(key);
    next.delete('page');
    setSearch(next);
  };
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center" data-testid="deal-filters">
        <Typography.Text type="secondary">{t('pipeline.dealList.filters')}</Typography.Text>
        {query.stage && (
          <Tag closable onClose={() => clear('stage')} data-testid="deal-filter-stage">
            {t('pipeline.dealList.stage', { stage: label('stage', query.stage) })}
          </Tag>
        )}
        {query.ownerId && (
          <Tag closable onClose={() => clear('ownerId')}>
            {t('pipeline.dealList.owner', { name: q.data?.items[0]?.ownerName ?? `#${query.ownerId}` })}
          </Tag>
        )}
        {!query.stage && !query.ownerId && <Typography.Text>{t('pipeline.dealList.all')}</Typography.Text>}
        {q.data && <Typography.Text type="secondary">{t('pipeline.dealList.total', { count: q.data.total })}</Typography.Text>}
      </Flex>
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      <Table<Opportunity>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="deal-list"
        pagination={{
          current: (query.page ?? 0) + 1,
          pageSize: PAGE_SIZE,
          total: q.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (page) => {
            const next = new URLSearchParams(search);
            next.set('page', String(page));
            setSearch(next);
          },
        }}
        columns={[
          { key: 'name', title: t('pipeline.deal'), render: (_: unknown, d) => <Link to={`/opportunities/${d.id}`}>{d.name}</Link> },
          { key: 'account', title: t('pipeline.account'), render: (_: unknown, d) => <Link to={`/accounts/${d.accountId}`}>{d.accountName}</Link> },
          { key: 'stage', title: t('pipeline.stage'), render: (_: unknown, d) => label('stage', d.stage) },
          { key: 'amount', title: t('pipeline.amount'), align: 'right', render: (_: unknown, d) => fmt.money(d.amount) },
          { key: 'owner', title: t('pipeline.owner'), render: (_: unknown, d) => d.ownerName ?? t('attention.noOwner') },
          { key: 'close', title: t('pipeline.expectedClose'), render: (_: unknown, d) => (d.expectedCloseDate ? fmt.date(d.expectedCloseDate) : '—') },
        ]}
      />
    </Flex>
  );
}
