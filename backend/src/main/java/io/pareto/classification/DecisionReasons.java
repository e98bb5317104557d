package io.pareto.classification;

import static io.pareto.classification.ExplanationReason.Code.*;

import io.pareto.classification.ExplanationReason.Code;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The reasons of a decision as codes with parameters: the rule that fired and the smallest change
 * that would flip it. Pure, unit-tested; the web app writes the sentences.
 */
public final class DecisionReasons {
  private DecisionReasons() {}

  /** The rule that fired, for a rule code stored with the result. */
  public static ExplanationReason rule(
      String ruleCode,
      BigDecimal score,
      BigDecimal threshold,
      Integer rank,
      Integer cap,
      String lastRevenueMonth,
      String lostSince) {
    Code code = Code.valueOf(ruleCode);
    return switch (code) {
      case KEY_SELECTED, OVER_CAP ->
          ExplanationReason.with(code)
              .score(score)
              .threshold(threshold)
              .rank(rank)
              .cap(cap)
              .build();
      case BELOW_THRESHOLD ->
          ExplanationReason.with(code).score(score).threshold(threshold).build();
      case NO_RECENT_REVENUE ->
          ExplanationReason.with(code).months(lastRevenueMonth, lostSince).build();
      default -> ExplanationReason.of(code);
    };
  }

  /**
   * The smallest rise (or fall) of the highest-weight factor's percentile that moves the score
   * across the threshold, all else equal; percentiles are in [0, 1] so it may be out of reach.
   * Empty when there is no factor to speak of.
   */
  public static Optional<ExplanationReason> whatWouldChange(
      String ruleCode,
      BigDecimal score,
      BigDecimal threshold,
      List<ExplanationDto.Factor> factors,
      BigDecimal lowestKeyScore) {
    switch (ruleCode) {
      case "NO_REVENUE":
        return Optional.of(ExplanationReason.of(FIRST_REVENUE));
      case "NO_RECENT_REVENUE":
        return Optional.of(ExplanationReason.of(REVENUE_IN_WINDOW));
      case "OVER_CAP":
        return Optional.of(
            ExplanationReason.with(RANK_WITHIN_CAP)
                .lowestKeyScore(lowestKeyScore == null ? threshold : lowestKeyScore)
                .build());
      default:
        break;
    }
    ExplanationDto.Factor top =
        factors.stream()
            .filter(f -> f.percentile() != null)
            .reduce((a, b) -> b.weight().compareTo(a.weight()) > 0 ? b : a)
            .orElse(null);
    if (top == null || top.weight().signum() == 0 || score == null) return Optional.empty();
    BigDecimal p = top.percentile();
    if (!"KEY_SELECTED".equals(ruleCode)) {
      BigDecimal needed =
          p.add(threshold.subtract(score).divide(top.weight(), 6, RoundingMode.CEILING));
      if (needed.compareTo(BigDecimal.ONE) > 0) {
        return Optional.of(
            ExplanationReason.with(FACTOR_ALONE_NOT_ENOUGH)
                .threshold(threshold)
                .factor(top.name(), p, null)
                .build());
      }
      return Optional.of(
          ExplanationReason.with(RAISE_FACTOR)
              .threshold(threshold)
              .factor(top.name(), p, needed)
              .build());
    }
    BigDecimal below =
        p.subtract(score.subtract(threshold).divide(top.weight(), 6, RoundingMode.FLOOR));
    if (below.signum() <= 0) {
      return Optional.of(
          ExplanationReason.with(ONLY_CAP_CAN_DEMOTE).factor(top.name(), p, null).build());
    }
    return Optional.of(
        ExplanationReason.with(DROPS_IF_FACTOR_FALLS)
            .threshold(threshold)
            .factor(top.name(), p, below)
            .build());
  }
}
