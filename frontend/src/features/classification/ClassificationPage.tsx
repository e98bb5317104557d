import { Card, Col, DatePicker, Empty, Flex, Row, Segmented, Skeleton, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paretoHeadline, paretoTopShare } from '../../components/charts/paretoText';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useEnumLabel } from '../../i18n/enums';
import { hasRole, useCurrentUser } from '../../lib/session';
import { useFormatters } from '../../lib/useFormatters';
import { type ParetoMetricParam, useInputOutput, useLostReasons, usePareto } from './api';
import { PolicyEditor } from './PolicyEditor';
import { QueryBoundary } from '../../components/QueryBoundary';

const ParetoCurveChart = lazy(() => import('../../components/charts/ParetoCurveChart'));
const QuadrantScatter = lazy(() => import('./QuadrantScatter'));

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function useAnalysisParams() {
  const [search, setSearch] = useSearchParams();
  const metric: ParetoMetricParam = search.get('metric') === 'grossProfit' ? 'grossProfit' : 'revenue';
  const rawAsOf = search.get('asOf');
  const asOf = rawAsOf && DAY.test(rawAsOf) ? rawAsOf : undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  return { metric, asOf, setMetric: (m: ParetoMetricParam) => set('metric', m === 'revenue' ? undefined : m), setAsOf: (d?: string) => set('asOf', d) };
}

function ParetoSection({ metric, asOf }: { metric: ParetoMetricParam; asOf?: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = usePareto(metric, asOf);
  return (
    <QueryBoundary query={q}>
      {(p) => {
        const headline = paretoHeadline(t, i18n.language, p);
        if (p.customerCount === 0) return <Empty description={headline} />;
        return (
          <>
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="pareto-headline">
              {headline}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {paretoTopShare(t, i18n.language, p)} ·{' '}
              {t('classification.window', { from: fmt.month(p.windowStart.slice(0, 7)), to: fmt.month(p.windowEnd.slice(0, 7)) })} ·{' '}
              {t('classification.gini', { gini: p.gini.toFixed(2) })}
            </Typography.Paragraph>
            <Suspense fallback={<div style={{ height: 320 }} />}>
              <ParetoCurveChart
                points={p.points}
                customerShareAtThreshold={p.customerShareFor80Percent}
                label={headline}
                valueLabel={t(`classification.metricShare.${metric}`)}
              />
            </Suspense>
          </>
        );
      }}
    </QueryBoundary>
  );
}

function QuadrantSection({ asOf }: { asOf?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const q = useInputOutput(asOf);
  const points = useMemo(
    () => (q.data?.points ?? []).map((p) => ({ id: p.accountId, name: p.name, input: p.input, output: p.output })),
    [q.data],
  );
  const splits = useMemo(
    () => (q.data ? { input: q.data.summary.inputThreshold, output: q.data.summary.outputThreshold } : undefined),
    [q.data],
  );
  if (q.isPending) return <Skeleton active aria-label={t('common.loading')} />;
  if (q.error) return <ProblemAlert error={q.error} onRetry={q.refetch} />;
  if (!q.data || q.data.summary.accountCount === 0) return <Empty description={t('classification.noFacts')} />;
  return (
    <>
      <Suspense fallback={<div style={{ height: 380 }} />}>
        <QuadrantScatter
          points={points}
          splits={splits}
          inputLabel={t('classification.input')}
          outputLabel={t('classification.output')}
          onPointClick={(p) => void navigate(`/accounts/${p.id}`)}
        />
      </Suspense>
      <Table
        size="small"
        rowKey="quadrant"
        pagination={false}
        dataSource={q.data.summary.quadrants}
        columns={[
          { key: 'q', title: t('classification.quadrant'), render: (_: unknown, r) => label('quadrant', r.quadrant) },
          { key: 'count', title: t('classification.accounts'), dataIndex: 'count', align: 'right' },
          { key: 'output', title: t('classification.output'), align: 'right', render: (_: unknown, r) => fmt.money(r.output) },
          { key: 'input', title: t('classification.input'), align: 'right', render: (_: unknown, r) => fmt.money(r.input) },
        ]}
      />
    </>
  );
}

function LostSection() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const q = useLostReasons();
  return (
    <QueryBoundary query={q}>
      {(lost) => {
        if (lost.lostCount === 0) return <Empty description={t('classification.noLost')} />;
        return (
          <>
            <Typography.Paragraph>
              {t('classification.lostSummary', { count: lost.lostCount, without: lost.withoutReason })}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="reason"
              pagination={false}
              dataSource={lost.byReason}
              columns={[
                { key: 'reason', title: t('classification.lostReason'), render: (_: unknown, r) => label('lostReason', r.reason) },
                { key: 'count', title: t('classification.accounts'), dataIndex: 'count', align: 'right' },
                { key: 'notStarted', title: t('classification.winBack.notStarted'), dataIndex: 'notStarted', align: 'right' },
                { key: 'inProgress', title: t('classification.winBack.inProgress'), dataIndex: 'inProgress', align: 'right' },
                { key: 'wonBack', title: t('classification.winBack.wonBack'), dataIndex: 'wonBack', align: 'right' },
                { key: 'abandoned', title: t('classification.winBack.abandoned'), dataIndex: 'abandoned', align: 'right' },
              ]}
            />
          </>
        );
      }}
    </QueryBoundary>
  );
}

/** 客户分类: the 20/80 curve, the input/output quadrants, lost customers, and (ADMIN) the policy. */
export default function ClassificationPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { metric, asOf, setMetric, setAsOf } = useAnalysisParams();
  return (
    <section aria-labelledby="page-title">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} id="page-title" style={{ margin: 0 }}>
          {t('nav.classification')}
        </Typography.Title>
        <Space wrap>
          <Segmented<ParetoMetricParam>
            aria-label={t('classification.metric')}
            value={metric}
            onChange={setMetric}
            options={[
              { value: 'revenue', label: t('classification.metricName.revenue') },
              { value: 'grossProfit', label: t('classification.metricName.grossProfit') },
            ]}
          />
          <DatePicker
            aria-label={t('classification.asOf')}
            placeholder={t('classification.asOfToday')}
            value={asOf ? dayjs(asOf) : null}
            onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Space>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('classification.paretoTitle')}>
            <ParetoSection metric={metric} asOf={asOf} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('classification.quadrantTitle')}>
            <QuadrantSection asOf={asOf} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('classification.lostTitle')}>
            <LostSection />
          </Card>
        </Col>
        {hasRole(user, 'ADMIN') && (
          <Col xs={24}>
            <PolicyEditor />
          </Col>
        )}
      </Row>
    </section>
  );
}
