import { Alert, Descriptions, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CategoryLabel } from '../../components/CategoryLabel';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { useFormatters } from '../../lib/useFormatters';
import { type RunSummary, useRunChanges } from './api';
import { transitionMatrix } from './policy';

/** A run's outcome: counts per category, the from × to matrix and the accounts that change. */
export function DryRunPreview({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const matrix = transitionMatrix(summary.transitions);
  const counts = summary.counts as Record<string, number | undefined>;
  // A stored run pages its changes on the server; a dry run only has the first page.
  const [page, setPage] = useState(0);
  const pageSize = summary.changes.size || 50;
  const stored = summary.id !== undefined;
  const later = useRunChanges(summary.id, page, pageSize);
  const changes = page > 0 && later.data ? later.data : summary.changes;
  return (
    <div data-testid="run-summary">
      {summary.dryRun && <Alert type="info" showIcon title={t('policy.dryRunNote')} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'v', label: t('policy.version'), children: `v${summary.policyVersion}` },
          { key: 'asOf', label: t('classification.asOf'), children: fmt.date(summary.asOf) },
          { key: 'active', label: t('policy.activeCount'), children: summary.activeCount },
          { key: 'cap', label: t('policy.keyCap'), children: `${summary.policyKeyCount} / ${summary.keyCap}` },
          ...matrix.categories.map((c) => ({
            key: `count-${c}`,
            label: <CategoryLabel category={c} />,
            children: counts[c] ?? 0,
          })),
          { key: 'changed', label: t('policy.changedCount'), children: summary.changedCount },
        ]}
      />
      <Typography.Title level={5}>{t('policy.matrix')}</Typography.Title>
      <Table
        data-testid="transition-matrix"
        size="small"
        bordered
        pagination={false}
        rowKey="from"
        dataSource={matrix.categories.map((from) => ({ from }))}
        columns={[
          {
            key: 'from',
            title: t('policy.fromTo'),
            render: (_: unknown, r: { from: string }) => <CategoryLabel category={r.from} />,
          },
          ...matrix.categories.map((to) => ({
            key: to,
            title: label('category', to),
            align: 'right' as const,
            render: (_: unknown, r: { from: string }) => {
              const n = matrix.cell(r.from, to);
              return r.from !== to && n > 0 ? <strong>{n}</strong> : n;
            },
          })),
        ]}
      />
      <Typography.Title level={5}>
        {t('policy.changes', { shown: summary.changes.items.length, total: summary.changes.total })}
      </Typography.Title>
      {later.isError && <ProblemAlert error={later.error} onRetry={() => void later.refetch()} />}
      <Table
        size="small"
        rowKey="accountId"
        dataSource={changes.items}
        loading={page > 0 && later.isFetching}
        pagination={
          stored
            ? { current: page + 1, pageSize, total: summary.changes.total, size: 'small', hideOnSinglePage: true, showSizeChanger: false, onChange: (p) => setPage(p - 1) }
            : { pageSize: 10, size: 'small', hideOnSinglePage: true }
        }
        locale={{ emptyText: t('policy.noChanges') }}
        columns={[
          {
            key: 'name',
            title: t('dashboard.account'),
            render: (_: unknown, c) => <Link to={`/accounts/${c.accountId}?tab=classification`}>{c.accountName}</Link>,
          },
          { key: 'from', title: t('policy.from'), render: (_: unknown, c) => <CategoryLabel category={c.from} /> },
          { key: 'to', title: t('policy.to'), render: (_: unknown, c) => <CategoryLabel category={c.to} /> },
          {
            key: 'score',
            title: t('classificationTab.score'),
            align: 'right',
            render: (_: unknown, c) => (c.score === undefined ? t('common.noValue') : c.score.toFixed(3)),
          },
          { key: 'source', title: t('classificationTab.source'), render: (_: unknown, c) => label('classificationSource', c.source) },
        ]}
      />
    </div>
  );
}
