package io.pareto.team;

import io.pareto.common.ProblemException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A target's period: a month "YYYY-MM" or a quarter "YYYY-Qn", the same notation as the forecast's.
 */
public record TargetPeriod(String code, LocalDate start, LocalDate end) {
  public static final String PATTERN = "\\d{4}-(Q[1-4]|0[1-9]|1[0-2])";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  public static TargetPeriod parse(String code) {
    if (code == null || !VALID.matcher(code).matches()) {
      throw ProblemException.badRequest("period", "'" + code + "' is neither YYYY-Qn nor YYYY-MM");
    }
    if (isQuarter(code)) {
      LocalDate start =
          LocalDate.of(Integer.parseInt(code.substring(0, 4)), (code.charAt(6) - '1') * 3 + 1, 1);
      return new TargetPeriod(code, start, start.plusMonths(3));
    }
    LocalDate start = YearMonth.parse(code).atDay(1);
    return new TargetPeriod(code, start, start.plusMonths(1));
  }

  public boolean quarter() {
    return isQuarter(code);
  }

  /**
   * The month codes a quarter is made of (a quarter's target defaults to their sum); a month is
   * itself.
   */
  public List<String> months() {
    if (!quarter()) return List.of(code);
    YearMonth first = YearMonth.from(start);
    return List.of(
        first.toString(), first.plusMonths(1).toString(), first.plusMonths(2).toString());
  }

  private static boolean isQuarter(String code) {
    return code.charAt(5) == 'Q';
  }
}
