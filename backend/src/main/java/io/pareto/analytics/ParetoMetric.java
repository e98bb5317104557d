package io.pareto.analytics;

/** What the Pareto curve measures: revenue or gross profit over the window. */
public enum ParetoMetric {
  REVENUE("revenue"),
  GROSS_PROFIT("gross_profit");

  final String column;

  ParetoMetric(String column) {
    this.column = column;
  }

  /** Accepts the query values revenue / grossProfit (and the enum codes). */
  public static ParetoMetric parse(String s) {
    if (s == null || s.isBlank() || s.equalsIgnoreCase("revenue")) return REVENUE;
    if (s.equalsIgnoreCase("grossProfit") || s.equalsIgnoreCase("GROSS_PROFIT"))
      return GROSS_PROFIT;
    throw io.pareto.common.ProblemException.badRequest("metric", "must be revenue or grossProfit");
  }
}
