package io.pareto.plan;

/** What we give (docs/method.md §8): each must be traded for a written customer commitment. */
public enum ConcessionKind {
  DISCOUNT,
  REBATE,
  FREE_SERVICE,
  PAYMENT_TERMS
}
