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
}

const pct = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)}%`);

/** Stages with their counts and the conversion from the stage above. */
export default function FunnelChart({ stages, label, height = 320 }: FunnelChartProps) {
  const { t } = useTranslation();
  const steps = useMemo(() => funnelSteps(stages), [stages]);
  const leak = biggestLeak(steps);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '8%',
          gap: 2,
          label: { show: true, position: 'inside', color: '#fff', formatter: '{b}' },
          data: steps.map((s) => ({
            // Funnel widths follow counts; a zero stage still shows as a thin band.
            value: s.count,
            name: `${label(s.stage)}: ${s.count}${s.conversionFromPrevious === undefined ? '' : ` (${pct(s.conversionFromPrevious)})`}`,
          })),
        },
      ],
    }),
    [steps, label],
  );
  const description = steps.map((s) => `${label(s.stage)} ${s.count}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <Suspense fallback={<div style={{ height }} />}>
        <EChart option={option} label={description} height={height} />
      </Suspense>
      {leak && (
        <Typography.Text type="secondary">
          {t('charts.funnel.biggestLeak', { stage: label(leak.stage), rate: pct(leak.conversionFromPrevious) })}
        </Typography.Text>
      )}
    </figure>
  );
}
