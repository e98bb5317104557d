package io.pareto.analytics;

import java.time.LocalDate;

/**
 * The 12 calendar months ending with the as-of date's month (the same window W as classification);
 * the figures over it come from the fact summary of lastMonth (io.pareto.fact.FactSummaries).
 */
record Window(LocalDate asOf, LocalDate start, LocalDate lastMonth) {
  static Window of(LocalDate asOf) {
    LocalDate d = asOf == null ? LocalDate.now() : asOf;
    LocalDate month = d.withDayOfMonth(1);
    return new Window(d, month.minusMonths(11), month);
  }
}
