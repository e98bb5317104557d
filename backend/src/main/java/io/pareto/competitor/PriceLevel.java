package io.pareto.competitor;

/** Where a competitor prices itself against us. */
public enum PriceLevel {
  LOW,
  MEDIUM,
  HIGH,
  PREMIUM
}
