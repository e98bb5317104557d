package io.pareto.merge;

/**
 * A field of an account whose value a merge may take from the duplicate instead of the survivor.
 */
public enum AccountField {
  NAME,
  EXTERNAL_ID,
  CREDIT_CODE,
  INDUSTRY,
  REGION,
  OWNER,
  KA_KIND,
  RELATIONSHIP_STAGE,
  PROCUREMENT_MODE,
  PURCHASE_PATTERN,
  ESTIMATED_ANNUAL_POTENTIAL,
  STRATEGIC_VALUE
}
