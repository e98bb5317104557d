import { Flex, Segmented, Select, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { useOwnerOptions, useStuck } from './api';
import { type OwnerGroup, stuckByOwner } from './stuck';

const days = (v: number | undefined | null) => (v === undefined || v === null ? '—' : (Math.round(v * 10) / 10).toString());

/** Stuck deals, filterable by owner and grouped per owner for a manager (URL: ownerId, group=owner). */
export function StuckReport() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const [search, setSearch] = useSearchParams();
  const owner = Number(search.get('ownerId')) || undefined;
  const grouped = search.get('group') === 'owner';
  const q = useStuck(owner);
  const users = useOwnerOptions();
  const names = useMemo(() => new Map((users.data?.items ?? []).map((u) => [u.id, u.name])), [users.data]);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  };
  const ownerName = (id: number | undefined | null) => (id ? (names.get(id) ?? `#${id}`) : t('attention.noOwner'));
  type Deal = NonNullable<typeof q.data>[number];
  const dealColumns = [
    { key: 'name', title: t('pipeline.deal'), render: (_: unknown, d: Deal) => <Link to={`/opportunities/${d.id}`}>{d.name}</Link> },
    { key: 'owner', title: t('pipeline.owner'), render: (_: unknown, d: Deal) => ownerName(d.ownerId) },
    { key: 'stage', title: t('pipeline.stage'), render: (_: unknown, d: Deal) => label('stage', d.stage) },
    { key: 'amount', title: t('pipeline.amount'), align: 'right' as const, render: (_: unknown, d: Deal) => fmt.money(d.amount) },
    { key: 'days', title: t('pipeline.daysInStage'), align: 'right' as const, render: (_: unknown, d: Deal) => days(d.daysInStage) },
    { key: 'threshold', title: t('pipeline.thresholdDays'), align: 'right' as const, render: (_: unknown, d: Deal) => days(d.thresholdDays) },
  ];
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Flex gap={12} wrap align="center">
        <Select<number>
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('pipeline.stuckOwner')}
          aria-label={t('pipeline.stuckOwner')}
          value={owner}
          onChange={(v) => set('ownerId', v === undefined ? undefined : String(v))}
          options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          style={{ width: 200 }}
          data-testid="stuck-owner"
        />
        <Segmented<'list' | 'owner'>
          aria-label={t('pipeline.stuckGrouping')}
          value={grouped ? 'owner' : 'list'}
          onChange={(v) => set('group', v === 'owner' ? 'owner' : undefined)}
          options={[
            { value: 'list', label: t('pipeline.stuckList') },
            { value: 'owner', label: t('pipeline.byOwner') },
          ]}
        />
      </Flex>
      <Typography.Text type="secondary">{t('pipeline.stuckHelp')}</Typography.Text>
      <QueryBoundary query={q}>
        {(stuck) =>
          grouped ? (
            <Table<OwnerGroup<Deal>>
              size="small"
              rowKey={(g) => g.ownerId ?? 0}
              pagination={false}
              dataSource={stuckByOwner(stuck)}
              locale={{ emptyText: t('pipeline.noStuck') }}
              data-testid="stuck-by-owner"
              expandable={{
                expandedRowRender: (g) => (
                  <Table<Deal> size="small" rowKey="id" pagination={false} dataSource={g.deals} columns={dealColumns.filter((c) => c.key !== 'owner')} />
                ),
              }}
              columns={[
                { key: 'owner', title: t('pipeline.owner'), render: (_: unknown, g) => ownerName(g.ownerId) },
                { key: 'count', title: t('pipeline.deals'), dataIndex: 'count', align: 'right' },
                { key: 'amount', title: t('pipeline.amount'), align: 'right', render: (_: unknown, g) => fmt.money(g.amount) },
                { key: 'longest', title: t('pipeline.longestStuck'), align: 'right', render: (_: unknown, g) => days(g.longestDays) },
              ]}
            />
          ) : (
            <Table<Deal>
              size="small"
              rowKey="id"
              dataSource={stuck}
              pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
              locale={{ emptyText: t('pipeline.noStuck') }}
              scroll={{ x: 'max-content' }}
              columns={dealColumns}
            />
          )
        }
      </QueryBoundary>
    </Space>
  );
}
