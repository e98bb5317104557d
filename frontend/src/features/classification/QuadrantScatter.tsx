import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartClick } from '../../components/charts/EChart';
import { type Quadrant, type QuadrantPoint, quadrantOf, quadrantSplits } from './quadrant';

const EChart = lazy(() => import('../../components/charts/EChart'));

export interface QuadrantScatterProps {
  points: readonly QuadrantPoint[];
  /** Where the axes split; defaults to the medians. */
  splits?: { input?: number; output?: number };
  inputLabel?: string;
  outputLabel?: string;
  onPointClick?: (point: QuadrantPoint) => void;
  height?: number;
}

const COLORS: Record<Quadrant, string> = {
  PROTECT_AND_GROW: '#389e0d',
  OPTIMISE_COST: '#1668dc',
  MAINTAIN: '#8c8c8c',
  FIX_OR_REDUCE: '#d4380d',
};
const QUADRANTS = Object.keys(COLORS) as Quadrant[];

/** Output (A) against input (B); one series per quadrant so the legend names the action. */
export default function QuadrantScatter({
  points,
  splits,
  inputLabel,
  outputLabel,
  onPointClick,
  height = 380,
}: QuadrantScatterProps) {
  const { t } = useTranslation();
  const s = useMemo(() => quadrantSplits(points, splits), [points, splits]);
  const byQuadrant = useMemo(() => {
    const groups = new Map<Quadrant, QuadrantPoint[]>(QUADRANTS.map((q) => [q, []]));
    for (const p of points) groups.get(quadrantOf(p, s.input, s.output))?.push(p);
    return groups;
  }, [points, s]);

  const option = useMemo(
    () => ({
      grid: { left: 64, right: 24, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { name: string; value: [number, number] } }) =>
          `${p.data.name}<br/>${inputLabel ?? t('charts.quadrant.input')}: ${p.data.value[0]}<br/>${outputLabel ?? t('charts.quadrant.output')}: ${p.data.value[1]}`,
      },
      xAxis: { type: 'value', name: inputLabel ?? t('charts.quadrant.input'), nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', name: outputLabel ?? t('charts.quadrant.output') },
      series: QUADRANTS.map((q, i) => ({
        type: 'scatter',
        name: t(`charts.quadrant.${q}`),
        itemStyle: { color: COLORS[q] },
        symbolSize: 12,
        data: (byQuadrant.get(q) ?? []).map((p) => ({ name: p.name, value: [p.input, p.output], id: String(p.id) })),
        ...(i === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#999' },
                label: { show: false },
                data: [{ xAxis: s.input }, { yAxis: s.output }],
              },
            }
          : {}),
      })),
    }),
    [byQuadrant, s, t, inputLabel, outputLabel],
  );

  const onClick = useCallback(
    (e: EChartClick) => {
      const q = QUADRANTS[e.seriesIndex ?? -1];
      const point = q ? byQuadrant.get(q)?.[e.dataIndex] : undefined;
      if (point) onPointClick?.(point);
    },
    [byQuadrant, onPointClick],
  );

  return (
    <Suspense fallback={<div style={{ height }} />}>
      <EChart option={option} label={t('charts.quadrant.label', { count: points.length })} height={height} onClick={onClick} />
    </Suspense>
  );
}
