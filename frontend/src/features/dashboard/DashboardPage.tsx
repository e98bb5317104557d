import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CategoryLabel } from '../../components/CategoryLabel';
import { CATEGORY_COLORS, CATEGORY_ORDER } from '../../components/charts/categoryColors';
import { paretoHeadline, paretoTopShare } from '../../components/charts/paretoText';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryBoundary } from '../../components/QueryBoundary';
import { useEnumLabel } from '../../i18n/enums';
import { last12Months, quarterOf } from '../../lib/period';
import { useFormatters } from '../../lib/useFormatters';
import { useCategoryOverview, useCohortFunnel, useQuarterForecast, useRevenuePareto } from './api';
import { useAttention } from './attentionApi';
import { AttentionTable } from './AttentionTable';

const ParetoCurveChart = lazy(() => import('../../components/charts/ParetoCurveChart'));
const FunnelChart = lazy(() => import('../../components/charts/FunnelChart'));

function CategoryCards() {
  const q = useCategoryOverview();
  return <QueryBoundary query={q}>{(overview) => <CategoryRow categories={overview.categories} />}</QueryBoundary>;
}

type CategoryFigures = NonNullable<ReturnType<typeof useCategoryOverview>['data']>['categories'];

function CategoryRow({ categories }: { categories: CategoryFigures }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const byCode = new Map(categories.map((c) => [c.category, c]));
  return (
    <Row gutter={[16, 16]}>
      {CATEGORY_ORDER.map((code) => {
        const c = byCode.get(code);
        return (
          <Col key={code} xs={24} sm={12} lg={6}>
            <Card size="small" style={{ borderTop: `4px solid ${CATEGORY_COLORS[code]}` }} data-testid={`category-card-${code}`}>
              <Statistic
                title={
                  <Link to={`/accounts?category=${code}`}>
                    <CategoryLabel category={code} />
                  </Link>
                }
                value={c?.count ?? 0}
                suffix={t('dashboard.accountsSuffix')}
              />
              <Typography.Text type="secondary">
                {t('dashboard.revenue12', { amount: fmt.money(c?.revenue12 ?? 0, { compact: true }) })}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function ParetoCard() {
  const { t, i18n } = useTranslation();
  const q = useRevenuePareto();
  return (
    <Card title={t('dashboard.pareto')} extra={<Link to="/classification">{t('dashboard.more')}</Link>}>
      <QueryBoundary query={q} empty={{ when: (p) => p.customerCount === 0, text: (p) => paretoHeadline(t, i18n.language, p) }}>
        {(p) => (
          <>
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="dashboard-pareto-headline">
              {paretoHeadline(t, i18n.language, p)}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{paretoTopShare(t, i18n.language, p)}</Typography.Paragraph>
            <Suspense fallback={<div style={{ height: 260 }} />}>
              <ParetoCurveChart
                points={p.points}
                customerShareAtThreshold={p.customerShareFor80Percent}
                label={paretoHeadline(t, i18n.language, p)}
                height={260}
              />
            </Suspense>
          </>
        )}
      </QueryBoundary>
    </Card>
  );
}

function FunnelCard() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const window = useMemo(() => last12Months(new Date()), []);
  const q = useCohortFunnel(window.from, window.to);
  const stages = useMemo(
    () =>
      (q.data?.cohort?.stages ?? [])
        .filter((s) => s.stage !== 'LOST')
        .map((s) => ({ stage: s.stage, count: s.reached, amount: s.amount })),
    [q.data],
  );
  return (
    <Card title={t('dashboard.funnel')} extra={<Link to="/pipeline">{t('dashboard.more')}</Link>}>
      <QueryBoundary query={q} empty={{ when: (f) => (f.cohort?.deals ?? 0) === 0, text: t('dashboard.noDeals') }}>
        {(f) => (
          <>
            <Typography.Paragraph type="secondary">{t('dashboard.funnelCohort', { count: f.cohort?.deals ?? 0 })}</Typography.Paragraph>
            <Suspense fallback={<div style={{ height: 280 }} />}>
              <FunnelChart
                stages={stages}
                label={(s) => label('stage', s)}
                height={280}
                onStageClick={(stage) => void navigate(`/pipeline?tab=deals&stage=${stage}`)}
              />
            </Suspense>
            <Typography.Text type="secondary">{t('dashboard.funnelClick')}</Typography.Text>
          </>
        )}
      </QueryBoundary>
    </Card>
  );
}

function ForecastCard() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const period = useMemo(() => quarterOf(new Date()), []);
  const q = useQuarterForecast(period);
  return (
    <Card title={t('dashboard.forecast', { period })} extra={<Link to="/pipeline?tab=forecast">{t('dashboard.more')}</Link>}>
      <QueryBoundary query={q}>
        {(forecast) => (
          <Row gutter={[16, 16]}>
            {(['closed', 'commit', 'bestCase', 'pipeline'] as const).map((k) => (
              <Col key={k} xs={12}>
                <Statistic title={t(`forecast.${k}`)} value={fmt.money(forecast.total?.[k] ?? 0, { compact: true })} />
              </Col>
            ))}
            {forecast.slipped.length > 0 && (
              <Col span={24}>
                <Typography.Text type="warning">{t('dashboard.slipped', { count: forecast.slipped.length })}</Typography.Text>
              </Col>
            )}
          </Row>
        )}
      </QueryBoundary>
    </Card>
  );
}

function AttentionCard() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 0, size: 10 });
  const q = useAttention(page);
  return (
    <Card
      title={t('dashboard.attention')}
      data-testid="key-attention"
      extra={<Link to="/attention">{t('dashboard.more')}</Link>}
    >
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      <AttentionTable page={q.data} loading={q.isPending} onPage={(p, size) => setPage({ page: p, size })} />
    </Card>
  );
}

/** The signed-in user's portfolio at a glance: categories, 20/80, funnel, this quarter, KEY accounts to look at. */
export default function DashboardPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" style={{ marginTop: 0 }}>
        {t('nav.dashboard')}
      </Typography.Title>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <CategoryCards />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <ParetoCard />
          </Col>
          <Col xs={24} xl={12}>
            <FunnelCard />
          </Col>
          <Col xs={24} xl={12}>
            <ForecastCard />
          </Col>
          <Col xs={24} xl={12}>
            <AttentionCard />
          </Col>
        </Row>
      </Space>
    </section>
  );
}
