package io.pareto.plan;

/**
 * What an objective measures. Actuals of REVENUE, GROSS_PROFIT, ORDER_COUNT and SHARE_OF_WALLET
 * come from monthly facts, NEW_DECISION_CONTACTS from contacts; CUSTOM objectives carry a manual
 * actual.
 */
public enum ObjectiveMetric {
  REVENUE,
  GROSS_PROFIT,
  ORDER_COUNT,
  SHARE_OF_WALLET,
  NEW_DECISION_CONTACTS,
  CUSTOM
}
