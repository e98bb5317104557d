import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney, formatMonth } from './format';

/** The formatters bound to the active UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      money: (value: number | null | undefined, options?: { compact?: boolean }) =>
        formatMoney(value, locale, 'CNY', options),
      date: (value: string | Date | null | undefined) => formatDate(value, locale),
      dateTime: (value: string | Date | null | undefined) => formatDateTime(value, locale),
      month: (value: string | Date | null | undefined) => formatMonth(value, locale),
    }),
    [locale],
  );
}
