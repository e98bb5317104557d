import { App, Flex, Input, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { hasRole, useCurrentUser } from '../../lib/session';
import { AssignModal } from './AssignModal';
import { type PoolAccount, type PoolQuery, useAssign, useClaim, usePool } from './api';
import { PoolList } from './PoolList';
import { PoolRulesPanel } from './PoolRulesPanel';
import { POOL_CATEGORIES, POOL_REASONS, POOL_SORTS, poolQueryFromSearch, searchFromPoolQuery } from './poolParams';

/** 公海: the team's unowned accounts, to claim (领取) or assign (分配); and its 回收规则. */
export default function PoolPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'rules' ? 'rules' : 'pool';
  const user = useCurrentUser();
  const canAssign = hasRole(user, 'MANAGER', 'ADMIN');

  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('pool.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'rules' ? new URLSearchParams({ tab: 'rules' }) : new URLSearchParams())}
        destroyOnHidden
        items={[
          { key: 'pool', label: t('pool.tabs.pool'), children: <PoolAccounts canAssign={canAssign} /> },
          { key: 'rules', label: t('pool.tabs.rules'), children: <PoolRulesPanel /> },
        ]}
      />
    </section>
  );
}

function PoolAccounts({ canAssign }: { canAssign: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => poolQueryFromSearch(search), [search]);
  const pool = usePool(query);
  const claim = useClaim();
  const assign = useAssign();
  const [assigning, setAssigning] = useState<PoolAccount | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const update = (patch: Partial<PoolQuery>, keepPage = false) => {
    const next = { ...query, ...patch };
    if (!keepPage) next.page = 0;
    setSearch(searchFromPoolQuery(next));
  };
  const onClaim = (a: PoolAccount) => {
    setFailure(null);
    claim.mutate(
      { account: a },
      {
        onSuccess: () => void message.success(t('pool.claimed', { name: a.name })),
        onError: (e) => setFailure(e),
      },
    );
  };
  const onAssign = (a: PoolAccount, userId: number) => {
    setFailure(null);
    setAssigning(null);
    assign.mutate(
      { account: a, userId },
      {
        onSuccess: () => void message.success(t('pool.assigned', { name: a.name })),
        onError: (e) => setFailure(e),
      },
    );
  };

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          placeholder={t('pool.searchPlaceholder')}
          aria-label={t('pool.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 240, maxWidth: '100%' }}
          data-testid="pool-search"
        />
        <Select
          allowClear
          placeholder={t('pool.columns.category')}
          aria-label={t('pool.columns.category')}
          value={query.category}
          onChange={(category) => update({ category })}
          options={POOL_CATEGORIES.map((c) => ({ value: c, label: label('category', c) }))}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          placeholder={t('pool.columns.reason')}
          aria-label={t('pool.columns.reason')}
          value={query.reason}
          onChange={(reason) => update({ reason })}
          options={POOL_REASONS.map((r) => ({ value: r, label: label('poolReason', r) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('pool.sortLabel')}
          value={query.sort}
          onChange={(sort) => update({ sort })}
          options={POOL_SORTS.map((s) => ({ value: s, label: t(`pool.sort.${s.replace('-', '')}`) }))}
          style={{ width: 160 }}
        />
      </Flex>
      {failure !== null && <ProblemAlert error={failure} />}
      <QueryBoundary query={pool}>
        {(data) => (
          <>
            <Typography.Text type="secondary" data-testid="pool-total">
              {t('pool.total', { count: data.total })}
            </Typography.Text>
            <PoolList
              items={data.items}
              loading={pool.isFetching}
              canAssign={canAssign}
              onClaim={onClaim}
              onAssign={setAssigning}
              page={query.page ?? 0}
              pageSize={query.size ?? 20}
              total={data.total}
              onPage={(page) => update({ page }, true)}
            />
          </>
        )}
      </QueryBoundary>
      <AssignModal account={assigning} onAssign={onAssign} onClose={() => setAssigning(null)} />
    </>
  );
}
