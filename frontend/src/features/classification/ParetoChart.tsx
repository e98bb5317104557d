import { Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ParetoItem, paretoCurve } from './pareto';

const EChart = lazy(() => import('../../components/charts/EChart'));

export interface ParetoChartProps {
  items: readonly ParetoItem[];
  /** The line to read the headline at; 0.8 for the 20/80 rule. */
  threshold?: number;
  height?: number;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Cumulative customer share (x) against cumulative value share (y), with the 80% line. */
export default function ParetoChart({ items, threshold = 0.8, height = 340 }: ParetoChartProps) {
  const { t } = useTranslation();
  const curve = useMemo(() => paretoCurve(items, threshold), [items, threshold]);
  const headline =
    curve.customersForThreshold === undefined
      ? t('charts.pareto.noValue')
      : t('charts.pareto.headline', { customers: pct(curve.customersForThreshold), value: pct(threshold) });

  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : String(v)),
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        name: t('charts.pareto.customerShare'),
        nameLocation: 'middle',
        nameGap: 30,
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: { type: 'value', min: 0, max: 100, name: t('charts.pareto.valueShare'), axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('charts.pareto.valueShare'),
          smooth: false,
          showSymbol: curve.points.length <= 60,
          areaStyle: { opacity: 0.12 },
          data: [[0, 0], ...curve.points.map((p) => [p.customerShare * 100, p.valueShare * 100])],
          markLine: {
            symbol: 'none',
            label: { formatter: pct(threshold) },
            lineStyle: { type: 'dashed', color: '#d4380d' },
            data: [
              { yAxis: threshold * 100 },
              ...(curve.customersForThreshold === undefined ? [] : [{ xAxis: curve.customersForThreshold * 100 }]),
            ],
          },
        },
      ],
    }),
    [curve, threshold, t],
  );

  return (
    <figure style={{ margin: 0 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="pareto-headline">
        {headline}
      </Typography.Title>
      <Suspense fallback={<div style={{ height }} />}>
        <EChart option={option} label={headline} height={height} />
      </Suspense>
    </figure>
  );
}
