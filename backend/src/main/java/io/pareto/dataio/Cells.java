package io.pareto.dataio;

import io.pareto.common.Months;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.duplicate.CreditCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a cell's text as a column's value, reads the stored value back, and compares the two. */
final class Cells {
  // compiled once: a 1M-row import reads a million months
  private static final Pattern MONTH_TEXT = Pattern.compile(Months.PATTERN);
  private static final Pattern EMAIL_TEXT = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final ClassValue<Set<String>> ENUM_NAMES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getEnumConstants())
              .map(v -> ((Enum<?>) v).name())
              .collect(Collectors.toSet());
        }
      };

  private Cells() {}

  /**
   * A cell that cannot be read; code, message and what is accepted go into the 422 problem's row
   * errors.
   */
  static final class Invalid extends Exception {
    final Code code;
    final String expected;

    Invalid(Code code, String message) {
      this(code, message, null);
    }

    Invalid(Code code, String message, String expected) {
      super(message, null, false, false);
      this.code = code;
      this.expected = expected;
    }
  }

  /** Plain typed value (references are resolved by the import run, not here). */
  static Object parse(Column c, String raw) throws Invalid {
    if (JsonRows.NOT_SCALAR.equals(raw)) {
      throw new Invalid(Code.NOT_SCALAR, "must be a single value, not an object or array");
    }
    String s = raw.trim();
    return switch (c.type()) {
      case TEXT, INDUSTRY, TEAM, ACCOUNT -> {
        if (c.maxLength() > 0 && s.length() > c.maxLength()) {
          throw new Invalid(
              Code.TOO_LONG,
              "at most " + c.maxLength() + " characters",
              String.valueOf(c.maxLength()));
        }
        yield s;
      }
      case CREDIT_CODE -> {
        String code = CreditCode.canonical(s);
        String why = code == null ? null : CreditCode.problem(code).orElse(null);
        if (why != null) throw new Invalid(Code.NOT_CREDIT_CODE, why);
        yield code;
      }
      case EMAIL, USER -> {
        if (s.length() > 254 || !EMAIL_TEXT.matcher(s).matches()) {
          throw new Invalid(Code.NOT_EMAIL, "must be an email address");
        }
        yield s;
      }
      case ENUM -> {
        if (!ENUM_NAMES.get(c.enumType()).contains(s)) {
          String allowed =
              Arrays.stream(c.enumType().getEnumConstants())
                  .map(v -> ((Enum<?>) v).name())
                  .collect(Collectors.joining(", "));
          throw new Invalid(Code.NOT_ALLOWED, "must be one of " + allowed, allowed);
        }
        yield s;
      }
      case DECIMAL -> {
        BigDecimal d;
        try {
          d = new BigDecimal(s);
        } catch (NumberFormatException e) {
          throw new Invalid(Code.NOT_NUMBER, "must be a number like 1200000.00");
        }
        if (d.scale() > 2)
          throw new Invalid(Code.TOO_MANY_DECIMALS, "at most 2 decimal places", "2");
        if (d.precision() - d.scale() > 17) {
          throw new Invalid(
              Code.TOO_MANY_DIGITS, "at most 17 digits before the decimal point", "17");
        }
        if (c.nonNegative() && d.signum() < 0)
          throw new Invalid(Code.NEGATIVE, "must not be negative");
        yield d;
      }
      case INT -> {
        int i;
        try {
          i = Integer.parseInt(s);
        } catch (NumberFormatException e) {
          throw new Invalid(Code.NOT_WHOLE_NUMBER, "must be a whole number");
        }
        if (c.nonNegative() && i < 0) throw new Invalid(Code.NEGATIVE, "must not be negative");
        if (c.maxLength() > 0 && i > c.maxLength()) {
          throw new Invalid(
              Code.TOO_LARGE, "must be at most " + c.maxLength(), String.valueOf(c.maxLength()));
        }
        yield i;
      }
      case DATE -> {
        try {
          yield LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          throw new Invalid(Code.NOT_DATE, "must be a date as YYYY-MM-DD", "YYYY-MM-DD");
        }
      }
      case MONTH -> {
        if (!MONTH_TEXT.matcher(s).matches())
          throw new Invalid(Code.NOT_MONTH, "must be a month as YYYY-MM", "YYYY-MM");
        yield Months.parse(s);
      }
      case BOOL ->
          switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new Invalid(Code.NOT_BOOLEAN, "must be true or false", "true, false");
          };
      case ID, INSTANT -> null; // read-only: ignored on import
    };
  }

  /** The stored value in the same Java type {@link #parse} and reference resolution produce. */
  static Object read(ResultSet rs, int index, Column c) throws SQLException {
    Object v =
        switch (c.type()) {
          case DECIMAL -> rs.getBigDecimal(index);
          case INT -> {
            int i = rs.getInt(index);
            yield rs.wasNull() ? null : i;
          }
          case DATE, MONTH -> rs.getObject(index, LocalDate.class);
          case BOOL -> {
            boolean b = rs.getBoolean(index);
            yield rs.wasNull() ? null : b;
          }
          case ACCOUNT, USER, TEAM, ID -> {
            long l = rs.getLong(index);
            yield rs.wasNull() ? null : l;
          }
          default -> rs.getString(index);
        };
    return v;
  }

  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    return Objects.equals(a, b);
  }
}
