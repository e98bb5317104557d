package io.pareto.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Words for a decision: the rule that fired and the smallest change that would flip it. Pure,
 * unit-tested.
 */
public final class DecisionText {
  private DecisionText() {}

  static String two(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static String rule(
      String code,
      BigDecimal score,
      BigDecimal threshold,
      Integer rank,
      Integer cap,
      String lastRevenueMonth,
      String lostSince) {
    return switch (code) {
      case "KEY_SELECTED" ->
          "score " + two(score) + " ≥ " + two(threshold) + " and rank " + rank + " ≤ cap " + cap;
      case "OVER_CAP" ->
          "score " + two(score) + " ≥ " + two(threshold) + " but rank " + rank + " > cap " + cap;
      case "BELOW_THRESHOLD" -> "score " + two(score) + " < " + two(threshold);
      case "NO_REVENUE" -> "no month with revenue > 0 up to the as-of month: a prospect";
      case "NO_RECENT_REVENUE" ->
          "revenue12 = 0 but revenue before the window (last in "
              + lastRevenueMonth
              + "), lost since "
              + lostSince;
      case "OVERRIDE" -> "manual override";
      default -> code;
    };
  }

  /**
   * The smallest rise (or fall) of the highest-weight factor's percentile that moves the score
   * across the threshold, all else equal; percentiles are in [0, 1] so it may be out of reach.
   */
  public static String whatWouldChange(
      String code,
      BigDecimal score,
      BigDecimal threshold,
      List<ExplanationDto.Factor> factors,
      BigDecimal lastKeyScore) {
    switch (code) {
      case "NO_REVENUE":
        return "a first month with revenue > 0 makes it an active account (NORMAL or KEY)";
      case "NO_RECENT_REVENUE":
        return "any revenue within the window makes it active again";
      case "OVER_CAP":
        return "needs a rank within the cap: a score above "
            + two(lastKeyScore == null ? threshold : lastKeyScore)
            + " (the lowest KEY score) or a larger cap share";
      default:
        break;
    }
    ExplanationDto.Factor top =
        factors.stream()
            .filter(f -> f.percentile() != null)
            .reduce((a, b) -> b.weight().compareTo(a.weight()) > 0 ? b : a)
            .orElse(null);
    if (top == null || top.weight().signum() == 0 || score == null) return "";
    BigDecimal p = top.percentile();
    if (!"KEY_SELECTED".equals(code)) {
      BigDecimal needed =
          p.add(threshold.subtract(score).divide(top.weight(), 6, RoundingMode.CEILING));
      if (needed.compareTo(BigDecimal.ONE) > 0) {
        return "needs score ≥ "
            + two(threshold)
            + ": even the top "
            + top.name()
            + " percentile (1.00) is not enough alone; other factors must rise too";
      }
      return "needs score ≥ "
          + two(threshold)
          + ": "
          + top.name()
          + " percentile would have to rise from "
          + two(p)
          + " to "
          + needed.setScale(2, RoundingMode.CEILING).toPlainString();
    }
    BigDecimal below =
        p.subtract(score.subtract(threshold).divide(top.weight(), 6, RoundingMode.FLOOR));
    if (below.signum() <= 0) {
      return "stays KEY on score even at the lowest "
          + top.name()
          + " percentile; only the cap can push it out";
    }
    return "drops below "
        + two(threshold)
        + " if "
        + top.name()
        + " percentile falls from "
        + two(p)
        + " below "
        + below.setScale(2, RoundingMode.FLOOR).toPlainString()
        + ", or if more accounts outrank it than the cap allows";
  }
}
