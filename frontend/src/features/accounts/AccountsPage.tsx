import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { AccountForm } from './AccountForm';
import { type Account, type AccountListQuery, useAccounts, useUsers } from './api';
import { CategoryTag } from './CategoryTag';
import { useIndustryNames } from './industryNames';
import {
  CATEGORIES,
  exportHref,
  hasFilters,
  KA_KINDS,
  PAGE_SIZES,
  queryFromSearch,
  searchFromQuery,
  type SortableField,
  SORTABLE_FIELDS,
  sortFor,
  sortOrderOf,
  viewOf,
} from './listParams';
import { SavedViews } from './SavedViews';

// The import dialog (antd Upload, the XHR upload) loads when someone opens it.
const ImportDialog = lazy(() => import('./ImportDialog'));

function isSortable(value: unknown): value is SortableField {
  return typeof value === 'string' && (SORTABLE_FIELDS as readonly string[]).includes(value);
}

export default function AccountsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormatters();
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromSearch(search), [search]);
  const accounts = useAccounts(query);
  const industries = useIndustryNames();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canCreate = user !== null && !hasRole(user, 'READONLY');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const users = useUsers();
  // A manager or rep filters by the people of their own team; an ADMIN or READONLY user by anyone.
  const owners = (users.data?.items ?? []).filter((u) => hasRole(user, 'ADMIN', 'READONLY') || user?.teamId === undefined || u.teamId === user.teamId);

  /** Applies a change to the query; any change other than paging goes back to the first page. */
  const update = (patch: Partial<AccountListQuery>, keepPage = false) => {
    // From the URL as it is now: an input's handler may hold the query of an earlier render.
    setSearch((current) => {
      const next: AccountListQuery = { ...queryFromSearch(current), ...patch };
      if (!keepPage) next.page = 0;
      return searchFromQuery(next);
    });
  };

  const columns: TableColumnsType<Account> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('accounts.columns.name'),
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      render: (_: unknown, a: Account) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/accounts/${a.id}`} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {a.name}
            </Typography.Text>
          </Link>
          {a.externalId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.externalId}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'category',
      dataIndex: 'category',
      title: t('accounts.columns.category'),
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'category'),
      render: (_: unknown, a: Account) => <CategoryTag category={a.category} />,
    },
    {
      key: 'kaKind',
      title: t('accounts.columns.kaKind'),
      render: (_: unknown, a: Account) => label('kaKind', a.kaKind),
    },
    {
      key: 'relationshipStage',
      title: t('accounts.columns.relationshipStage'),
      responsive: ['xxl'],
      render: (_: unknown, a: Account) => label('relationshipStage', a.relationshipStage),
    },
    {
      key: 'industry',
      title: t('accounts.columns.industry'),
      responsive: ['lg'],
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'industry'),
      render: (_: unknown, a: Account) => industries.name(a.industryCode) ?? t('common.noValue'),
    },
    {
      key: 'region',
      title: t('accounts.columns.region'),
      responsive: ['lg'],
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'region'),
      render: (_: unknown, a: Account) => a.region ?? t('common.noValue'),
    },
    {
      key: 'owner',
      title: t('accounts.columns.owner'),
      render: (_: unknown, a: Account) => a.ownerName ?? t('common.noValue'),
    },
    {
      key: 'estimatedAnnualPotential',
      title: t('accounts.columns.potential'),
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'estimatedAnnualPotential'),
      render: (_: unknown, a: Account) => fmt.money(a.estimatedAnnualPotential),
    },
    {
      key: 'strategicValue',
      title: t('accounts.columns.strategicValue'),
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'strategicValue'),
      render: (_: unknown, a: Account) => (a.strategicValue === undefined ? t('common.noValue') : `${a.strategicValue} / 5`),
    },
    {
      key: 'updatedAt',
      title: t('accounts.columns.updatedAt'),
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'updatedAt'),
      render: (_: unknown, a: Account) => fmt.date(a.updatedAt),
    },
  ];

  const onTableChange: TableProps<Account>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = isSortable(s?.columnKey) ? s.columnKey : undefined;
      update({ sort: sortFor(field, s?.order) });
    } else if (extra.action === 'paginate') {
      const size = pagination.pageSize ?? query.size;
      const sizeChanged = size !== query.size;
      update({ page: sizeChanged ? 0 : (pagination.current ?? 1) - 1, size }, true);
    }
  };

  const page = accounts.data;
  const filtered = hasFilters(query);

  return (
    <section aria-labelledby="page-title">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Space>
          {page && <Typography.Text type="secondary">{t('accounts.total', { count: page.total })}</Typography.Text>}
          <Button icon={<DownloadOutlined />} href={exportHref(query)} download data-testid="accounts-export">
            {filtered ? t('imports.exportFiltered') : t('imports.export')}
          </Button>
          {hasRole(user, 'ADMIN') && (
            <Link to="/accounts/duplicates" data-testid="accounts-duplicates">
              {t('nav.duplicates')}
            </Link>
          )}
          {canCreate && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('imports.open')}
            </Button>
          )}
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('accounts.new')}
            </Button>
          )}
        </Space>
      </Flex>

      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          key={`q-${query.q ?? ''}`}
          aria-label={t('accounts.searchLabel')}
          placeholder={t('accounts.searchPlaceholder')}
          defaultValue={query.q}
          allowClear
          style={{ width: 280 }}
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
        <Select
          aria-label={t('accounts.filterCategory')}
          style={{ width: 180 }}
          value={query.category ?? ''}
          onChange={(value: string) => update({ category: CATEGORIES.find((c) => c === value) })}
          options={[
            { value: '', label: `${t('accounts.filterCategory')}: ${t('accounts.all')}` },
            ...CATEGORIES.map((c) => ({ value: c, label: label('category', c) })),
          ]}
        />
        <Select
          aria-label={t('accounts.filterKaKind')}
          style={{ width: 200 }}
          value={query.kaKind ?? ''}
          onChange={(value: string) => update({ kaKind: KA_KINDS.find((k) => k === value) })}
          options={[
            { value: '', label: `${t('accounts.filterKaKind')}: ${t('accounts.all')}` },
            ...KA_KINDS.map((k) => ({ value: k, label: label('kaKind', k) })),
          ]}
        />
        <Select
          aria-label={t('accounts.filterIndustry')}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          loading={industries.loading}
          value={query.industry ?? ''}
          onChange={(value: string) => update({ industry: value || undefined })}
          options={[{ value: '', label: `${t('accounts.filterIndustry')}: ${t('accounts.all')}` }, ...industries.options]}
        />
        <Select
          aria-label={t('accounts.filterOwner')}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.isPending}
          value={query.ownerId ?? ''}
          onChange={(value: number | '') => update({ ownerId: value === '' ? undefined : value })}
          options={[{ value: '', label: `${t('accounts.filterOwner')}: ${t('accounts.all')}` }, ...owners.map((u) => ({ value: u.id, label: u.name }))]}
          data-testid="filter-owner"
        />
        <Input.Search
          key={`region-${query.region ?? ''}`}
          aria-label={t('accounts.filterRegion')}
          placeholder={t('accounts.filterRegionPlaceholder')}
          defaultValue={query.region}
          allowClear
          style={{ width: 180 }}
          onSearch={(value) => update({ region: value.trim() || undefined })}
          data-testid="filter-region"
        />
        {filtered && <Button onClick={() => setSearch(new URLSearchParams())}>{t('common.reset')}</Button>}
        <SavedViews screen="ACCOUNTS" current={viewOf(query)} onPick={(q) => setSearch(new URLSearchParams(q))} canSave={canCreate} />
      </Flex>

      {accounts.isError && !page ? (
        <ProblemAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Table<Account>
          aria-label={t('accounts.tableLabel')}
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={page?.items ?? []}
          loading={accounts.isFetching}
          onChange={onTableChange}
          onRow={(a) => ({ onClick: () => void navigate(`/accounts/${a.id}`), style: { cursor: 'pointer' } })}
          showSorterTooltip={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: accounts.isPending ? t('common.loading') : filtered ? t('accounts.emptyFiltered') : t('accounts.empty') }}
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size,
            total: page?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            hideOnSinglePage: false,
          }}
        />
      )}
      {accounts.isError && page && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
        </div>
      )}
      <AccountForm open={creating} onClose={() => setCreating(false)} />
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog open onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}
