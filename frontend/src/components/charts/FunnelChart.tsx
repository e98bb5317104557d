import { Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { biggestLeak, type FunnelStageCount, funnelSteps } from './funnel';

const EChart = lazy(() => import('./EChart'));

export interface FunnelChartProps {
  /** Stages in order, first (widest) first. */
  stages: readonly FunnelStageCount[];
  /** Translates a stage code for display. */
  label: (stage: string) => string;
  height?: number;
  /**
   * Whether each stage is a subset of the one above (a deal funnel). Only then are conversions and the
   * biggest leak meaningful; otherwise (e.g. customer levels) each bar shows its share of the total.
   */
  nested?: boolean;
  /** Called with the stage code when a bar is clicked (drill-down to what is behind it). */
  onStageClick?: (stage: string) => void;
}

const pct = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)}%`);

/** Horizontal bars, widest stage on top, each labelled with its count and conversion (or share). */
export default function FunnelChart({ stages, label, height = 320, nested = true, onStageClick }: FunnelChartProps) {
  const { t } = useTranslation();
  const steps = useMemo(() => funnelSteps(stages), [stages]);
  const leak = nested ? biggestLeak(steps) : undefined;
  const total = stages.reduce((sum, s) => sum + s.count, 0);
  const option = useMemo(() => {
    const text = (i: number) => {
      const s = steps[i];
      if (!s) return '';
      if (!nested) return `${s.count} (${pct(total === 0 ? undefined : s.count / total)})`;
      return s.conversionFromPrevious === undefined
        ? String(s.count)
        : `${s.count} · ${t('charts.funnel.conversion', { rate: pct(s.conversionFromPrevious) })}`;
    };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // containLabel keeps long stage names and the value labels inside the chart's box.
      grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: steps.map((s) => label(s.stage)), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 36,
          cursor: onStageClick ? 'pointer' : 'default',
          label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => text(p.dataIndex) },
          data: steps.map((s) => s.count),
        },
      ],
    };
  }, [steps, label, nested, total, t, onStageClick]);
  const description = steps.map((s) => `${label(s.stage)} ${s.count}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <Suspense fallback={<div style={{ height }} />}>
        <EChart
          option={option}
          label={description}
          height={height}
          {...(onStageClick
            ? {
                onClick: (e: { dataIndex: number }) => {
                  const s = steps[e.dataIndex];
                  if (s) onStageClick(s.stage);
                },
              }
            : {})}
        />
      </Suspense>
      {leak && (
        <Typography.Text type="secondary">
          {t('charts.funnel.biggestLeak', { stage: label(leak.stage), rate: pct(leak.conversionFromPrevious) })}
        </Typography.Text>
      )}
    </figure>
  );
}
