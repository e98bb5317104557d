package io.pareto.team;

import io.pareto.common.Problem.RowError;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.dataio.RowSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CSV file of sales targets (userEmail, period, amount), read and checked row by row without the
 * database: every bad cell becomes a {@link RowError}, so one 422 lists them all.
 */
final class TargetFile {
  static final List<String> COLUMNS = List.of("userEmail", "period", "amount");

  /** Targets are a few per user and period: a larger file is a mistake, not a dataset. */
  static final int MAX_ROWS = 10_000;

  private static final Pattern PERIOD = Pattern.compile(TargetPeriod.PATTERN);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /** A well-formed row; the email lower-cased, the amount in cents. */
  record Row(long number, String email, String period, BigDecimal amount) {}

  final List<Row> rows = new ArrayList<>();
  final List<RowError> errors = new ArrayList<>();

  static TargetFile read(List<String> header, RowSource source) throws IOException {
    TargetFile f = new TargetFile();
    if (!f.header(header)) return f;
    Set<String> keys = new HashSet<>();
    for (RowSource.Row r = source.next(); r != null; r = source.next()) {
      if (r.number() > MAX_ROWS) {
        f.errors.add(
            new RowError(
                r.number(),
                null,
                null,
                Code.TOO_LARGE,
                "at most " + MAX_ROWS + " rows",
                String.valueOf(MAX_ROWS)));
        return f;
      }
      Row row = f.row(r);
      if (row != null && !keys.add(row.email() + ' ' + row.period())) {
        f.errors.add(
            new RowError(
                r.number(),
                "userEmail",
                row.email(),
                Code.DUPLICATE_KEY,
                "duplicate key: an earlier row of this file has the same userEmail + period",
                "userEmail + period"));
      } else if (row != null) f.rows.add(row);
    }
    return f;
  }

  private boolean header(List<String> header) {
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (!COLUMNS.contains(h))
        errors.add(new RowError(0, h, null, Code.UNKNOWN_COLUMN, "unknown column", columns()));
      else if (!seen.add(h))
        errors.add(new RowError(0, h, null, Code.DUPLICATE_COLUMN, "column appears twice"));
    }
    for (String c : COLUMNS)
      if (!header.contains(c))
        errors.add(new RowError(0, c, null, Code.MISSING_COLUMN, "required column is missing"));
    return errors.isEmpty();
  }

  private Row row(RowSource.Row r) {
    int before = errors.size();
    r.problems()
        .forEach(
            p -> errors.add(new RowError(r.number(), p.column(), null, p.code(), p.message())));
    String email = required(r, "userEmail");
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(
          new RowError(r.number(), "userEmail", email, Code.NOT_EMAIL, "must be an email address"));
    }
    String period = required(r, "period");
    if (period != null && !PERIOD.matcher(period).matches()) {
      errors.add(
          new RowError(
              r.number(),
              "period",
              period,
              Code.NOT_ALLOWED,
              "must be a month YYYY-MM or a quarter YYYY-Qn",
              "YYYY-MM, YYYY-Qn"));
    }
    BigDecimal amount = amount(r, required(r, "amount"));
    if (errors.size() > before) return null;
    return new Row(r.number(), email.toLowerCase(Locale.ROOT), period, amount);
  }

  private String required(RowSource.Row r, String column) {
    String v = r.cells().get(column);
    if (v == null || v.isBlank()) {
      errors.add(new RowError(r.number(), column, v, Code.REQUIRED, "required"));
      return null;
    }
    return v.trim();
  }

  /** The same limits as the JSON input: at least 0, 17 digits before the point, 2 after. */
  private BigDecimal amount(RowSource.Row r, String raw) {
    if (raw == null) return null;
    BigDecimal v;
    try {
      v = new BigDecimal(raw);
    } catch (NumberFormatException e) {
      errors.add(new RowError(r.number(), "amount", raw, Code.NOT_NUMBER, "must be a number"));
      return null;
    }
    Code bad =
        v.signum() < 0
            ? Code.NEGATIVE
            : v.scale() > 2
                ? Code.TOO_MANY_DECIMALS
                : v.precision() - v.scale() > 17 ? Code.TOO_MANY_DIGITS : null;
    if (bad != null) {
      String expected =
          bad == Code.TOO_MANY_DECIMALS ? "2" : bad == Code.TOO_MANY_DIGITS ? "17" : "0";
      errors.add(
          new RowError(
              r.number(),
              "amount",
              raw,
              bad,
              "at most 17 digits and 2 decimals, not negative",
              expected));
      return null;
    }
    return v.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String columns() {
    return String.join(", ", COLUMNS);
  }
}
