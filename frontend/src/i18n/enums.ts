import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Enum families translated under `enum.<family>.<CODE>` in both language files. */
export type EnumFamily =
  | 'category'
  | 'kaKind'
  | 'relationshipStage'
  | 'procurementMode'
  | 'purchasePattern'
  | 'layer'
  | 'stage'
  | 'role'
  | 'auditAction'
  | 'entityType'
  | 'lostReason'
  | 'quadrant'
  | 'policyStatus'
  | 'classificationSource'
  | 'gapRule'
  | 'attitude'
  | 'buyingRole'
  | 'severity'
  | 'tokenScope'
  | 'activityKind'
  | 'commitmentSide'
  | 'commitmentStatus'
  | 'commitmentKind'
  | 'objectiveMetric'
  | 'actionStatus'
  | 'concessionKind'
  | 'planStatus'
  | 'poolReason'
  | 'webhookStatus';

/**
 * Label for an enum code from the API. Codes are never shown raw: an unknown code
 * (e.g. a value the backend added before the UI learned it) reads "Unknown".
 */
export function enumLabel(t: TFunction, family: EnumFamily, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return t('common.noValue');
  const key = `enum.${family}.${code}`;
  return t(key, { defaultValue: t('enum.unknown') });
}

export function useEnumLabel(): (family: EnumFamily, code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (family, code) => enumLabel(t, family, code);
}
