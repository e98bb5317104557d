package io.pareto.classification;

/** Why a customer was lost (docs/method.md §2: first understand why, so it does not recur). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    name = "AccountLostReason",
    description = "Why a customer stopped buying")
public enum AccountLostReason {
  PRICE,
  QUALITY,
  SERVICE,
  RELATIONSHIP,
  COMPETITOR,
  BUDGET,
  NO_NEED,
  OTHER
}
