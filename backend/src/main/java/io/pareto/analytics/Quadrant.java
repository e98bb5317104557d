package io.pareto.analytics;

/** Input/output portfolio quadrants (docs/method.md §3); "high" means at or above the threshold. */
public enum Quadrant {
  /** High output, low input: protect and grow. */
  PROTECT_AND_GROW(true, false),
  /** High output, high input: optimise the cost to serve. */
  OPTIMISE_COST_TO_SERVE(true, true),
  /** Low output, low input: maintain cheaply. */
  MAINTAIN_CHEAPLY(false, false),
  /** Low output, high input: fix or reduce. */
  FIX_OR_REDUCE(false, true);

  private final boolean highOutput;
  private final boolean highInput;

  Quadrant(boolean highOutput, boolean highInput) {
    this.highOutput = highOutput;
    this.highInput = highInput;
  }

  /**
   * The quadrant as a predicate over output and input columns against the :ot / :it thresholds:
   * plain range conditions, so an index on the output can serve a page of one quadrant.
   */
  String sql(String output, String input) {
    return output
        + (highOutput ? " >= :ot" : " < :ot")
        + " AND "
        + input
        + (highInput ? " >= :it" : " < :it");
  }
}
