package io.pareto.common;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months travel as "YYYY-MM" and are stored as their first day. */
public final class Months {
  public static final String PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";

  private Months() {}

  public static LocalDate parse(String month) {
    return YearMonth.parse(month).atDay(1);
  }

  public static String format(LocalDate firstDay) {
    return YearMonth.from(firstDay).toString();
  }
}
