import type { TFunction } from 'i18next';
import type { components } from '../api/schema';
import { enumLabel } from '../i18n/enums';
import { formatDate, formatMonth } from './format';

export type ExplanationReason = components['schemas']['ExplanationReason'];
export type ExplanationCode = components['schemas']['ExplanationCode'];

/** Fractions on the wire (score, threshold, percentiles) read as percentages, one decimal at most. */
function percent(value: number | undefined, locale: string): string {
  if (value === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/**
 * One explanation sentence in the UI language: `reason.<CODE>` with the code's parameters formatted
 * (percentages, months, dates, translated categories and factors). An unknown code reads "Unknown".
 */
export function reasonText(t: TFunction, locale: string, reason: ExplanationReason): string {
  const p = reason.params;
  const values = {
    score: percent(p.score, locale),
    threshold: percent(p.threshold, locale),
    lowestKeyScore: percent(p.lowestKeyScore, locale),
    percentile: percent(p.percentile, locale),
    target: percent(p.targetPercentile, locale),
    rank: p.rank,
    cap: p.cap,
    factor: p.factor ? t(`classificationTab.factor.${p.factor}`, { defaultValue: t('enum.unknown') }) : '',
    lastRevenueMonth: formatMonth(p.lastRevenueMonth, locale),
    lostSince: formatMonth(p.lostSince, locale),
    category: enumLabel(t, 'category', p.category),
    policyCategory: enumLabel(t, 'category', p.policyCategory),
    overrideReason: p.overrideReason ?? '',
    expiresOn: formatDate(p.expiresOn, locale),
    context: reason.code === 'OVERRIDDEN' && p.expiresOn ? 'until' : undefined,
    interpolation: { escapeValue: false },
  };
  return t(`reason.${reason.code}`, { ...values, defaultValue: t('enum.unknown') });
}
