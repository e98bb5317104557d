import { useTranslation } from 'react-i18next';
import { type ExplanationReason, reasonText } from '../lib/reasons';

/** The sentences of a classification explanation, one per line; "—" when there are none. */
export function ReasonList({ reasons, testId }: { reasons: readonly ExplanationReason[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (reasons.length === 0) return <span data-testid={testId}>{t('common.noValue')}</span>;
  return (
    <span data-testid={testId}>
      {reasons.map((r, i) => (
        <span key={`${r.code}-${i}`} style={{ display: 'block' }}>
          {reasonText(t, i18n.language, r)}
        </span>
      ))}
    </span>
  );
}
