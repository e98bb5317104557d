package io.pareto.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one range of dates and instants the API accepts, in query parameters and bodies alike: years
 * 1900 to 2200 (UTC for instants). Wider values parse in Java but break date arithmetic and the
 * databases (year 999999999); nothing a customer relationship needs lies outside.
 */
public final class DateRange {
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2200;
  public static final LocalDate MIN = LocalDate.of(MIN_YEAR, 1, 1);
  public static final LocalDate MAX = LocalDate.of(MAX_YEAR, 12, 31);

  /** What a refused value is told. */
  public static final String MESSAGE =
      "must lie between " + MIN + " and " + MAX + " (years " + MIN_YEAR + "–" + MAX_YEAR + ")";

  private DateRange() {}

  public static boolean contains(LocalDate d) {
    return d == null || (!d.isBefore(MIN) && !d.isAfter(MAX));
  }

  private static final Instant FIRST = MIN.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST =
      MAX.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** Compared as instants: Instant.MIN's year lies outside what a date-time can even hold. */
  public static boolean contains(Instant i) {
    return i == null || (!i.isBefore(FIRST) && i.isBefore(AFTER_LAST));
  }

  /** 400 naming {@code field} unless the date lies in the range. */
  public static LocalDate require(String field, LocalDate d) {
    if (!contains(d)) throw ProblemException.badRequest(field, MESSAGE + "; got " + d);
    return d;
  }

  public static Instant require(String field, Instant i) {
    if (!contains(i)) throw ProblemException.badRequest(field, MESSAGE + "; got " + i);
    return i;
  }
}
