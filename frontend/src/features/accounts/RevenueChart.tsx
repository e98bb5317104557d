import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import type { AccountFact } from './api';

const EChart = lazy(() => import('../../components/charts/EChart'));

/** Months oldest first, for a left-to-right time axis. */
export function chronological(facts: readonly AccountFact[]): AccountFact[] {
  return [...facts].sort((a, b) => a.month.localeCompare(b.month));
}

/** Revenue per month as bars, gross profit as a line. */
export default function RevenueChart({ facts }: { facts: readonly AccountFact[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows = useMemo(() => chronological(facts), [facts]);
  const option = useMemo(
    () => ({
      grid: { left: 80, right: 24, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatMoney(v, locale) : String(v)),
      },
      xAxis: { type: 'category', data: rows.map((f) => f.month) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatMoney(v, locale, 'CNY', { compact: true }) },
      },
      series: [
        { type: 'bar', name: t('facts.revenue'), data: rows.map((f) => f.revenue), itemStyle: { color: '#1668dc' } },
        { type: 'line', name: t('facts.grossProfit'), data: rows.map((f) => f.grossProfit), itemStyle: { color: '#d48806' } },
      ],
    }),
    [rows, t, locale],
  );
  return (
    <Suspense fallback={<div style={{ height: 300 }} />}>
      <EChart option={option} label={t('account.revenueChartLabel', { count: rows.length })} height={300} />
    </Suspense>
  );
}
