import type { TFunction } from 'i18next';

export interface ParetoSummary {
  metric: string;
  customerCount: number;
  customersFor80Percent: number;
  customerShareFor80Percent: number;
  top20PercentCount: number;
  top20PercentValueShare: number;
}

/** A share 0..1 as a percentage in the locale: whole percent, one decimal below 10%. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share);
}

const metricKey = (metric: string) => (metric === 'GROSS_PROFIT' || metric === 'grossProfit' ? 'GROSS_PROFIT' : 'REVENUE');

/** "18% of customers make 80% of revenue" — or that there is no value in the window. */
export function paretoHeadline(t: TFunction, locale: string, p: ParetoSummary): string {
  if (p.customerCount === 0) return t(`analytics.noValue.${metricKey(p.metric)}`);
  return t(`analytics.headline.${metricKey(p.metric)}`, {
    share: formatShare(p.customerShareFor80Percent, locale),
    count: p.customersFor80Percent,
    total: p.customerCount,
  });
}

/** "The top 20% (24 customers) make 81% of revenue". */
export function paretoTopShare(t: TFunction, locale: string, p: ParetoSummary): string {
  return t(`analytics.top20.${metricKey(p.metric)}`, {
    count: p.top20PercentCount,
    share: formatShare(p.top20PercentValueShare, locale),
  });
}
