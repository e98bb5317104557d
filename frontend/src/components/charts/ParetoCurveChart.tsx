import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const EChart = lazy(() => import('./EChart'));

export interface CurvePoint {
  /** Cumulative share of customers, 0..1, largest first. */
  customerShare: number;
  /** Cumulative share of value, 0..1. */
  valueShare: number;
}

export interface ParetoCurveChartProps {
  /** The server's cumulative curve (it starts at (0, 0) and ends at (1, 1)). */
  points: readonly CurvePoint[];
  /** Where the curve crosses the threshold (0..1), drawn as a vertical line. */
  customerShareAtThreshold?: number;
  /** Accessible name; the headline the page shows next to the chart. */
  label: string;
  /** Axis name of the value, e.g. "Share of revenue". */
  valueLabel?: string;
  threshold?: number;
  height?: number;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The 20/80 curve from server-computed points: cumulative customers (x) against cumulative value (y). */
export default function ParetoCurveChart({
  points,
  customerShareAtThreshold,
  label,
  valueLabel,
  threshold = 0.8,
  height = 320,
}: ParetoCurveChartProps) {
  const { t } = useTranslation();
  const yName = valueLabel ?? t('charts.pareto.valueShare');
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 32, bottom: 48 },
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
      yAxis: { type: 'value', min: 0, max: 100, name: yName, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: yName,
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          data: points.map((p) => [p.customerShare * 100, p.valueShare * 100]),
          markLine: {
            symbol: 'none',
            label: { formatter: pct(threshold) },
            lineStyle: { type: 'dashed', color: '#d4380d' },
            data: [
              { yAxis: threshold * 100 },
              ...(customerShareAtThreshold === undefined ? [] : [{ xAxis: customerShareAtThreshold * 100 }]),
            ],
          },
        },
      ],
    }),
    [points, threshold, customerShareAtThreshold, yName, t],
  );
  return (
    <Suspense fallback={<div style={{ height }} />}>
      <EChart option={option} label={label} height={height} />
    </Suspense>
  );
}
