import type { AccountField, MergePreview } from './api';

type MergeAccount = MergePreview['survivor'];

/** The account fields a merge chooses between, in screen order, with the value each compares by. */
export const MERGE_FIELDS: { field: AccountField; value: (a: MergeAccount) => string | number | undefined }[] = [
  { field: 'NAME', value: (a) => a.name },
  { field: 'EXTERNAL_ID', value: (a) => a.externalId },
  { field: 'CREDIT_CODE', value: (a) => a.creditCode },
  { field: 'INDUSTRY', value: (a) => a.industryCode },
  { field: 'REGION', value: (a) => a.region },
  { field: 'OWNER', value: (a) => a.ownerId },
  { field: 'KA_KIND', value: (a) => a.kaKind },
  { field: 'RELATIONSHIP_STAGE', value: (a) => a.relationshipStage },
  { field: 'PROCUREMENT_MODE', value: (a) => a.procurementMode },
  { field: 'PURCHASE_PATTERN', value: (a) => a.purchasePattern },
  { field: 'ESTIMATED_ANNUAL_POTENTIAL', value: (a) => a.estimatedAnnualPotential },
  { field: 'STRATEGIC_VALUE', value: (a) => a.strategicValue },
];

export type FieldChoice = 'SAME' | 'FILLED' | 'CHOICE';

/**
 * What the user may decide for a field: nothing when both hold the same value, nothing when the
 * survivor has none (the server fills it from the duplicate), else which of the two to keep.
 */
export function choiceOf(survivor: MergeAccount, duplicate: MergeAccount, field: AccountField): FieldChoice {
  const f = MERGE_FIELDS.find((m) => m.field === field);
  const kept = f?.value(survivor) ?? undefined;
  const other = f?.value(duplicate) ?? undefined;
  if (kept === other || other === undefined) return 'SAME';
  if (kept === undefined) return 'FILLED';
  return 'CHOICE';
}
