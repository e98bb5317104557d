package io.pareto.analytics;

/** Input/output portfolio quadrants (docs/method.md §3); "high" means at or above the threshold. */
public enum Quadrant {
  /** High output, low input: protect and grow. */
  PROTECT_AND_GROW,
  /** High output, high input: optimise the cost to serve. */
  OPTIMISE_COST_TO_SERVE,
  /** Low output, low input: maintain cheaply. */
  MAINTAIN_CHEAPLY,
  /** Low output, high input: fix or reduce. */
  FIX_OR_REDUCE
}
