package io.pareto.analytics;

import java.time.LocalDate;

/** The 12 calendar months ending with the as-of date's month (the same window W as classification). */
record Window(LocalDate asOf, LocalDate start, LocalDate lastMonth, LocalDate end) {
  static Window of(LocalDate asOf) {
    LocalDate d = asOf == null ? LocalDate.now() : asOf;
    LocalDate month = d.withDayOfMonth(1);
    return new Window(d, month.minusMonths(11), month, month.plusMonths(1));
  }
}
