package io.pareto.contact;

/** Buying roles a key person can hold (docs/method.md §6); a contact may hold several. */
public enum BuyingRole {
  DECISION_MAKER,
  INFLUENCER,
  TECHNICAL_EVALUATOR,
  PURCHASER,
  USER,
  GATEKEEPER,
  /** The insider (内线) who tells us what really goes on. */
  COACH
}
