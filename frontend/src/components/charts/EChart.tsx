import { BarChart, FunnelChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only the pieces the screens use are registered, so the chart chunk stays small.
echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
  SVGRenderer,
]);

export interface EChartClick {
  seriesIndex?: number;
  dataIndex: number;
  data: unknown;
}

interface EChartProps {
  option: EChartsCoreOption;
  /** Accessible name of the figure; charts are also described in text next to them. */
  label: string;
  height?: number;
  style?: CSSProperties;
  onClick?: (event: EChartClick) => void;
}

/** A thin React wrapper over echarts/core: one instance per element, resized with its box. */
export default function EChart({ option, label, height = 320, style, onClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);

  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      const params = p as { seriesIndex?: number; dataIndex: number; data: unknown };
      clickRef.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex, data: params.data });
    });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  // ECharts writes its own aria-label on the element it draws into, so the accessible name sits
  // on a wrapper it does not touch.
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height, ...style }}>
      <div ref={ref} style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
