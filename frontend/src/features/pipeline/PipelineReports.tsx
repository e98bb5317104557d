import { DatePicker, Empty, Flex, Segmented, Select, Skeleton, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { last12Months, quarterOf, shiftQuarter } from '../../lib/period';
import { useFormatters } from '../../lib/useFormatters';
import { type ForecastRowSource, forecastRows } from './forecast';
import { type FunnelQuery, useCustomerFunnel, useForecast, useFunnel } from './api';
import { QueryBoundary } from '../../components/QueryBoundary';
import { hasRole, useCurrentUser } from '../../lib/session';
import { TargetForecastTable } from './TargetForecastTable';

const FunnelChart = lazy(() => import('../../components/charts/FunnelChart'));

const pct = (v: number | undefined) => (v === undefined || v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const days = (v: number | undefined) => (v === undefined || v === null ? '—' : (Math.round(v * 10) / 10).toString());

function Loading() {
  const { t } = useTranslation();
  return <Skeleton active aria-label={t('common.loading')} />;
}

export function FunnelReport() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'cohort' | 'snapshot'>('cohort');
  const [range, setRange] = useState(() => last12Months(new Date()));
  const query: FunnelQuery = mode === 'cohort' ? { mode, from: range.from, to: range.to } : { mode };
  const q = useFunnel(query);
  const cohort = q.data?.cohort;
  const snapshot = q.data?.snapshot;
  const stages = useMemo(() => {
    if (mode === 'cohort') return (cohort?.stages ?? []).filter((s) => s.stage !== 'LOST').map((s) => ({ stage: s.stage, count: s.reached, amount: s.amount }));
    return (snapshot?.stages ?? []).map((s) => ({ stage: s.stage, count: s.count, amount: s.amount }));
  }, [mode, cohort, snapshot]);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex gap={12} wrap align="center">
        <Segmented<'cohort' | 'snapshot'>
          aria-label={t('pipeline.funnelMode')}
          value={mode}
          onChange={setMode}
          options={[
            { value: 'cohort', label: t('pipeline.cohort') },
            { value: 'snapshot', label: t('pipeline.snapshot') },
          ]}
        />
        {mode === 'cohort' && (
          <DatePicker.RangePicker
            aria-label={t('pipeline.createdBetween')}
            value={[dayjs(range.from), dayjs(range.to)]}
            allowClear={false}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
            }}
          />
        )}
        <Typography.Text type="secondary">{mode === 'cohort' ? t('pipeline.cohortHelp') : t('pipeline.snapshotHelp')}</Typography.Text>
      </Flex>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : stages.every((s) => s.count === 0) ? (
        <Empty description={t('dashboard.noDeals')} />
      ) : (
        <>
          <Suspense fallback={<div style={{ height: 320 }} />}>
            <FunnelChart stages={stages} label={(s) => label('stage', s)} onStageClick={(stage) => void navigate(`/pipeline?tab=deals&stage=${stage}`)} />
          </Suspense>
          {mode === 'cohort' && cohort ? (
            <Table
              size="small"
              rowKey="stage"
              pagination={false}
              dataSource={cohort.stages}
              columns={[
                { key: 'stage', title: t('pipeline.stage'), render: (_: unknown, s) => label('stage', s.stage) },
                { key: 'reached', title: t('pipeline.reached'), dataIndex: 'reached', align: 'right' },
                { key: 'prev', title: t('pipeline.conversionPrevious'), align: 'right', render: (_: unknown, s) => pct(s.conversionFromPrevious) },
                { key: 'lead', title: t('pipeline.conversionLead'), align: 'right', render: (_: unknown, s) => pct(s.conversionFromLead) },
                { key: 'amount', title: t('pipeline.amount'), align: 'right', render: (_: unknown, s) => fmt.money(s.amount) },
                { key: 'lost', title: t('pipeline.lostHere'), dataIndex: 'lost', align: 'right' },
                { key: 'avg', title: t('pipeline.avgDays'), align: 'right', render: (_: unknown, s) => days(s.averageDays) },
                { key: 'median', title: t('pipeline.medianDays'), align: 'right', render: (_: unknown, s) => days(s.medianDays) },
              ]}
            />
          ) : snapshot ? (
            <Table
              size="small"
              rowKey="stage"
              pagination={false}
              dataSource={snapshot.stages}
              columns={[
                { key: 'stage', title: t('pipeline.stage'), render: (_: unknown, s) => label('stage', s.stage) },
                { key: 'count', title: t('pipeline.deals'), dataIndex: 'count', align: 'right' },
                { key: 'amount', title: t('pipeline.amount'), align: 'right', render: (_: unknown, s) => fmt.money(s.amount) },
                { key: 'weighted', title: t('forecast.weighted'), align: 'right', render: (_: unknown, s) => fmt.money(s.weightedAmount) },
                { key: 'age', title: t('pipeline.avgAge'), align: 'right', render: (_: unknown, s) => days(s.averageAgeDays) },
              ]}
            />
          ) : null}
        </>
      )}
    </Space>
  );
}

export function ForecastReport() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const current = useMemo(() => quarterOf(new Date()), []);
  const [period, setPeriod] = useState(current);
  const [by, setBy] = useState<'owner' | 'team'>('owner');
  const managing = hasRole(useCurrentUser(), 'ADMIN', 'MANAGER', 'READONLY');
  const q = useForecast(period);
  const rows = useMemo(() => (q.data ? forecastRows(q.data, by, t('pipeline.noTeam')) : []), [q.data, by, t]);
  const figureColumns = (['closed', 'commit', 'bestCase', 'pipeline', 'weighted'] as const).map((k) => ({
    key: k,
    title: t(`forecast.${k}`),
    align: 'right' as const,
    render: (_: unknown, r: ForecastRowSource) => fmt.money(r.figures[k]),
  }));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex gap={12} wrap align="center">
        <Select
          aria-label={t('pipeline.period')}
          value={period}
          onChange={setPeriod}
          style={{ width: 140 }}
          options={[-2, -1, 0, 1, 2].map((o) => ({ value: shiftQuarter(current, o), label: shiftQuarter(current, o) }))}
        />
        <Segmented<'owner' | 'team'>
          aria-label={t('pipeline.forecastBy')}
          value={by}
          onChange={setBy}
          options={[
            { value: 'owner', label: t('pipeline.byOwner') },
            { value: 'team', label: t('pipeline.byTeam') },
          ]}
        />
      </Flex>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Table<ForecastRowSource>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            data-testid="forecast-table"
            columns={[{ key: 'name', title: by === 'owner' ? t('pipeline.owner') : t('pipeline.team'), dataIndex: 'name' }, ...figureColumns]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('pipeline.total')}</strong>
                </Table.Summary.Cell>
                {figureColumns.map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                    <strong>{fmt.money(q.data.total[c.key])}</strong>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          />
          {managing && <TargetForecastTable period={period} />}
          {q.data.slipped.length > 0 && (
            <>
              <Typography.Title level={5}>{t('pipeline.slipped', { count: q.data.slipped.length })}</Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
                dataSource={q.data.slipped}
                columns={[
                  { key: 'name', title: t('pipeline.deal'), render: (_: unknown, d) => <Link to={`/opportunities/${d.id}`}>{d.name}</Link> },
                  { key: 'stage', title: t('pipeline.stage'), render: (_: unknown, d) => label('stage', d.stage) },
                  { key: 'amount', title: t('pipeline.amount'), align: 'right', render: (_: unknown, d) => fmt.money(d.amount) },
                  { key: 'date', title: t('pipeline.expectedClose'), render: (_: unknown, d) => fmt.date(d.expectedCloseDate) },
                  { key: 'overdue', title: t('pipeline.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Space>
  );
}

const LEVELS = ['C', 'B', 'A'] as const;

export function CustomerFunnelReport() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const q = useCustomerFunnel();
  const levelName = (l: string) => t(`pipeline.level.${l}`, { defaultValue: l });
  const stages = useMemo(
    () => LEVELS.map((l) => ({ stage: l, count: q.data?.levels.find((x) => x.level === l)?.accounts ?? 0 })),
    [q.data],
  );
  return (
    <QueryBoundary query={q}>
      {(funnel) => {
        return (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('pipeline.customerFunnelHelp')}</Typography.Text>
            <Suspense fallback={<div style={{ height: 280 }} />}>
              <FunnelChart stages={stages} label={levelName} height={200} nested={false} />
            </Suspense>
            <Table
              size="small"
              rowKey="level"
              pagination={false}
              dataSource={funnel.levels}
              columns={[
                { key: 'level', title: t('pipeline.levelTitle'), render: (_: unknown, l) => levelName(l.level) },
                { key: 'accounts', title: t('classification.accounts'), dataIndex: 'accounts', align: 'right' },
                { key: 'revenue', title: t('pipeline.revenue12'), align: 'right', render: (_: unknown, l) => fmt.money(l.revenue) },
                { key: 'open', title: t('pipeline.openAmount'), align: 'right', render: (_: unknown, l) => fmt.money(l.openAmount) },
              ]}
            />
            <Typography.Title level={5}>{t('pipeline.flows', { from: fmt.date(funnel.from), to: fmt.date(funnel.asOf) })}</Typography.Title>
            <Table
              size="small"
              rowKey={(f) => `${f.from}-${f.to}`}
              pagination={false}
              dataSource={funnel.flows}
              locale={{ emptyText: t('pipeline.noFlows') }}
              columns={[
                { key: 'from', title: t('policy.from'), render: (_: unknown, f) => levelName(f.from) },
                { key: 'to', title: t('policy.to'), render: (_: unknown, f) => levelName(f.to) },
                { key: 'n', title: t('classification.accounts'), dataIndex: 'accounts', align: 'right' },
              ]}
            />
          </Space>
        );
      }}
    </QueryBoundary>
  );
}
